// Makes the reminders due now (packages/domain remindersDue) and e-mails each to the people of its
// unit. A reminder is stored under its unique key first: of several API processes running this at
// once, exactly one stores it, and only that one sends its e-mail, then records when it did.
import type { Database } from "@kehoach/db";
import { type Clock, type Reminder, remindersDue, reminderText } from "@kehoach/domain";
import type { Logger } from "pino";
import { bumpGeneration } from "../cache/writeGeneration.ts";
import { isUniqueViolation } from "../write.ts";
import type { Mailer } from "./mailer.ts";
import { reminderFacts } from "./reminderFacts.ts";

/** Stores the reminder unless another process already has; its id when this call stored it. */
async function store(db: Database, reminder: Reminder, jurisdictionId: string, now: Date): Promise<string | null> {
  try {
    const row = await db.prisma.notification.create({
      data: {
        key: reminder.key,
        kind: reminder.kind,
        jurisdictionId,
        unitId: reminder.unitId,
        periodId: reminder.periodId,
        reportId: reminder.reportId,
        taskId: reminder.taskId,
        params: { ...reminder.params },
        createdAt: now,
      },
      select: { id: true },
    });
    return row.id;
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/** The e-mail addresses of the people who report for a unit (its staff and head; the office's staff). */
async function recipients(db: Database, unitId: string): Promise<string[]> {
  const users = await db.prisma.user.findMany({
    where: { archivedAt: null, email: { not: null }, roleGrants: { some: { unitId } } },
    select: { email: true },
  });
  return [...new Set(users.map((u) => u.email as string))];
}

/** Makes and sends today's reminders; returns how many this call made. */
export async function sendReminders(
  db: Database,
  clock: Clock,
  o: { mailer?: Mailer; logger?: Logger } = {},
): Promise<number> {
  const now = clock.now();
  const facts = await reminderFacts(db, now);
  const due = remindersDue(facts);
  const existing = new Set(
    (
      await db.prisma.notification.findMany({
        where: { key: { in: due.map((r) => r.key) } },
        select: { key: true },
      })
    ).map((n) => n.key),
  );
  let made = 0;
  for (const reminder of due) {
    if (existing.has(reminder.key)) continue;
    const jurisdictionId = facts.jurisdictionOfUnit.get(reminder.unitId);
    if (!jurisdictionId) continue;
    const id = await store(db, reminder, jurisdictionId, now);
    if (!id) continue;
    made += 1;
    if (!o.mailer) continue;
    const to = await recipients(db, reminder.unitId);
    if (to.length === 0) continue;
    const { title, body } = reminderText(reminder.kind, reminder.params, "vi");
    try {
      await o.mailer({ to, subject: title, text: `${body}\n\n— Kế hoạch, phần mềm theo dõi kế hoạch của UBND` });
      await db.prisma.notification.update({ where: { id }, data: { emailedAt: clock.now() } });
    } catch (error) {
      o.logger?.error({ err: error, key: reminder.key }, "Không gửi được thư nhắc việc");
    }
  }
  if (made > 0) bumpGeneration();
  return made;
}
