// Quá hạn (overdue): a task whose deadline has passed (in Vietnam's calendar) and that is neither done
// nor cancelled. Derived, never stored.
import type { PrismaNamespace } from "@kehoach/db";
import { vietnamDate } from "@kehoach/domain";

/** Today in Vietnam as the midnight-UTC Date that a @db.Date column holds. */
export function vietnamToday(now: Date): Date {
  return new Date(`${vietnamDate(now)}T00:00:00.000Z`);
}

const FINISHED = ["DONE", "CANCELLED"] as const;

export function isOverdue(task: { deadline: Date | null; status: string }, today: Date): boolean {
  return (
    task.deadline !== null &&
    task.deadline.getTime() < today.getTime() &&
    !FINISHED.includes(task.status as (typeof FINISHED)[number])
  );
}

/** The `where` of overdue tasks (or of the others when `overdue` is false). */
export function overdueWhere(overdue: boolean, today: Date): PrismaNamespace.TaskWhereInput {
  const late: PrismaNamespace.TaskWhereInput = {
    deadline: { lt: today },
    status: { notIn: [...FINISHED] },
  };
  // Spelled out rather than NOT(late): NOT over a NULL deadline would drop the row in SQL.
  return overdue ? late : { OR: [{ deadline: null }, { deadline: { gte: today } }, { status: { in: [...FINISHED] } }] };
}
