// The owner of evidence files, shared by the upload route and the GraphQL types and mutation: a
// report line or a task output, named by its global ID, stored on the file as owner columns. A
// report line is stored as its report and indicator (or task), not as the line's row: saving a
// draft writes the lines anew, and the files must stay with the line.
import type { PrismaNamespace } from "@kehoach/db";
import { type AttachmentOwnerFacts, attachmentRefusal } from "@kehoach/domain";
import { readGuard } from "../access/guards.ts";
import type { Context } from "../context.ts";
import { NotAuthorizedError, type NotFoundError } from "../errors.ts";
import { decodeId } from "../schema/globalId.ts";
import type { Tx } from "../write.ts";

/** The owner columns of an Attachment row: exactly one owner (ownerKeyOf makes no other). */
export interface OwnerKey {
  reportId: string | null;
  indicatorId: string | null;
  taskId: string | null;
  taskOutputId: string | null;
}

type Db = Pick<Tx, "progressReportIndicatorLine" | "progressReportTaskLine" | "taskOutput" | "progressReport">;

const NO_OWNER: OwnerKey = { reportId: null, indicatorId: null, taskId: null, taskOutputId: null };

/** The owner a global ID names (an indicator line, a task line, a task output); null when it names none. */
export async function ownerKeyOf(db: Db, globalId: string): Promise<OwnerKey | null> {
  const indicatorLineId = decodeId(globalId, "ProgressReportIndicatorLine");
  if (indicatorLineId) {
    const line = await db.progressReportIndicatorLine.findUnique({
      where: { id: indicatorLineId },
      select: { reportId: true, indicatorId: true },
    });
    return line && { ...NO_OWNER, ...line };
  }
  const taskLineId = decodeId(globalId, "ProgressReportTaskLine");
  if (taskLineId) {
    const line = await db.progressReportTaskLine.findUnique({
      where: { id: taskLineId },
      select: { reportId: true, taskId: true },
    });
    return line && { ...NO_OWNER, ...line };
  }
  const taskOutputId = decodeId(globalId, "TaskOutput");
  if (taskOutputId) {
    const output = await db.taskOutput.findUnique({ where: { id: taskOutputId }, select: { id: true } });
    return output && { ...NO_OWNER, taskOutputId: output.id };
  }
  return null;
}

/** May the viewer read the owner (and so its files)? Read outside a write: the guards read with their own client. */
export function ownerReadable(ctx: Context, key: OwnerKey): Promise<boolean> {
  return readGuard.Attachment(key, ctx);
}

/** What the domain rule reads of a report line's report: selected here, and by the line types for `mayAttach`. */
export const reportFactsSelect = {
  status: true,
  unit: { select: { id: true, kind: true, name: true } },
  period: { select: { status: true, jurisdictionId: true } },
} as const satisfies PrismaNamespace.ProgressReportSelect;

export function reportLineFacts(
  report: PrismaNamespace.ProgressReportGetPayload<{ select: typeof reportFactsSelect }>,
): AttachmentOwnerFacts {
  return {
    kind: "REPORT_LINE",
    jurisdictionId: report.period.jurisdictionId,
    unit: report.unit,
    reportStatus: report.status,
    periodStatus: report.period.status,
  };
}

/** What the domain rule reads of a task output: selected here, and by TaskOutput for `mayAttach`. */
export const taskOutputFactsSelect = {
  task: { select: { plan: { select: { jurisdictionId: true } }, assignment: { select: { leadUnitId: true } } } },
} as const satisfies PrismaNamespace.TaskOutputSelect;

export function taskOutputFacts(
  output: PrismaNamespace.TaskOutputGetPayload<{ select: typeof taskOutputFactsSelect }>,
): AttachmentOwnerFacts {
  return {
    kind: "TASK_OUTPUT",
    jurisdictionId: output.task.plan.jurisdictionId,
    leadUnitId: output.task.assignment?.leadUnitId ?? null,
  };
}

/** What the domain rule reads about the owner, read in the write's transaction. */
export async function ownerFacts(db: Db, key: OwnerKey): Promise<AttachmentOwnerFacts | null> {
  if (key.reportId) {
    const report = await db.progressReport.findUnique({ where: { id: key.reportId }, select: reportFactsSelect });
    return report && reportLineFacts(report);
  }
  if (!key.taskOutputId) return null;
  const output = await db.taskOutput.findUnique({ where: { id: key.taskOutputId }, select: taskOutputFactsSelect });
  return output && taskOutputFacts(output);
}

/**
 * The owner's facts when the viewer may change its files now; otherwise NotFound for an owner it may
 * not read (as for an unknown one), NotAuthorized saying why for one it reads.
 */
export async function ownerForChange(
  tx: Db,
  ctx: Context,
  key: OwnerKey,
  readable: boolean,
  notFound: () => NotFoundError,
): Promise<AttachmentOwnerFacts> {
  const facts = readable ? await ownerFacts(tx, key) : null;
  if (!facts) throw notFound();
  const refusal = attachmentRefusal(ctx.viewer, facts);
  if (refusal) throw new NotAuthorizedError(refusal.message);
  return facts;
}
