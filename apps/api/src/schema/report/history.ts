// Quá trình xử lý of a progress report (ProgressReport.history): created, each submission, each
// return with its reason, each resubmission, each approval with the figures it wrote and each
// reopening with its reason and the approved figures it kept, oldest first, with who and when.
// Built from the report's audit events — the record of every transition — and readable by whoever
// may read the report (the audit log itself is for admins and the office only).
import type { UserModel as User } from "@kehoach/db";
import type { AuditEventName } from "@kehoach/domain";
import DataLoader from "dataloader";
import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { MeasurementKindEnum } from "../enums.ts";
import { UserRef } from "../user/user.ts";
import { type ApprovedFigure, figuresIn } from "./approvedFigures.ts";
import { ProgressReportRef } from "./types.ts";

const ACTIONS = ["CREATED", "SUBMITTED", "RETURNED", "RESUBMITTED", "APPROVED", "REOPENED"] as const;
type ReportAction = (typeof ACTIONS)[number];

/** The audit events that are steps of the history (draft saves and comments are not). */
const STEPS = {
  "report.draftCreated": "CREATED",
  "report.submitted": "SUBMITTED",
  "report.returned": "RETURNED",
  "report.approved": "APPROVED",
  "report.reopened": "REOPENED",
} as const satisfies Partial<Record<AuditEventName, ReportAction>>;
type StepEvent = keyof typeof STEPS;

export interface ReportHistoryEntry {
  action: ReportAction;
  at: Date;
  actor: User | null;
  reason: string | null;
  figures: ApprovedFigure[];
}

interface StepRow {
  name: string;
  createdAt: Date;
  before: unknown;
  after: unknown;
  actorUser: User | null;
}

/**
 * The steps of one report's events, oldest first: a submission after a return or a reopening is a
 * resubmission. An approval shows the figures it wrote; a reopening those approved until then.
 */
export function historyOf(events: readonly StepRow[]): ReportHistoryEntry[] {
  let returned = false;
  return events.flatMap((event) => {
    const step = STEPS[event.name as StepEvent];
    if (!step) return [];
    const action = step === "SUBMITTED" && returned ? "RESUBMITTED" : step;
    const sentBack = step === "RETURNED" || step === "REOPENED";
    if (sentBack) returned = true;
    const reason = sentBack ? returnReasonOf(event.after) : null;
    const figures = step === "APPROVED" ? figuresIn(event.after) : step === "REOPENED" ? figuresIn(event.before) : [];
    return [{ action, at: event.createdAt, actor: event.actorUser, reason, figures }];
  });
}

function returnReasonOf(after: unknown): string | null {
  const reason = (after as { returnReason?: unknown } | null)?.returnReason;
  return typeof reason === "string" ? reason : null;
}

const loaders = new WeakMap<Context, DataLoader<string, ReportHistoryEntry[]>>();

/** The history of every report a request reads, in one statement. */
function reportHistories(ctx: Context): DataLoader<string, ReportHistoryEntry[]> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (reportIds: readonly string[]) => {
      const rows = await ctx.prisma.auditEvent.findMany({
        where: { entityType: "ProgressReport", entityId: { in: [...reportIds] }, name: { in: Object.keys(STEPS) } },
        select: { entityId: true, name: true, createdAt: true, before: true, after: true, actorUser: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
      return reportIds.map((id) => historyOf(rows.filter((row) => row.entityId === id)));
    });
    loaders.set(ctx, loader);
  }
  return loader;
}

const ReportActionEnum = builder.enumType("ReportAction", {
  description: "Một bước trong quá trình xử lý báo cáo.",
  values: {
    CREATED: { description: "Lập báo cáo (lưu nháp lần đầu)." },
    SUBMITTED: { description: "Gửi báo cáo." },
    RETURNED: { description: "Trả lại báo cáo để bổ sung, kèm lý do." },
    RESUBMITTED: { description: "Gửi lại báo cáo sau khi bị trả lại." },
    APPROVED: { description: "Duyệt báo cáo." },
    REOPENED: { description: "Mở lại báo cáo đã duyệt để đơn vị sửa và gửi lại, kèm lý do." },
  } satisfies Record<ReportAction, { description: string }>,
});

const ReportHistoryFigureRef = builder.objectRef<ApprovedFigure>("ReportHistoryFigure").implement({
  description: "Một số liệu chính thức do một lần duyệt ghi, như lúc được duyệt (giữ lại cả khi đã được thay).",
  fields: (t) => ({
    indicatorCode: t.exposeString("indicatorCode", { description: "Mã chỉ tiêu (1, 15.3…)." }),
    indicatorName: t.exposeString("indicatorName", { description: "Tên chỉ tiêu." }),
    kind: t.field({ type: MeasurementKindEnum, description: "Thực hiện hoặc ước thực hiện.", resolve: (f) => f.kind }),
    value: t.field({ type: "Decimal", nullable: true, description: "Giá trị.", resolve: (f) => f.value }),
    periodValue: t.field({
      type: "Decimal",
      nullable: true,
      description: "Thực hiện riêng trong kỳ.",
      resolve: (f) => f.periodValue ?? null,
    }),
    samePeriodLastYear: t.field({
      type: "Decimal",
      nullable: true,
      description: "Cùng kỳ năm trước.",
      resolve: (f) => f.samePeriodLastYear ?? null,
    }),
    achieved: t.exposeBoolean("achieved", { nullable: true, description: "Đạt / không đạt (chỉ tiêu định tính)." }),
    eventCount: t.exposeInt("eventCount", { nullable: true, description: "Số lần xảy ra (chỉ tiêu đếm sự việc)." }),
    source: t.exposeString("source", { description: "Nguồn số liệu." }),
  }),
});

const ReportHistoryEntryRef = builder.objectRef<ReportHistoryEntry>("ReportHistoryEntry").implement({
  description:
    "Một bước trong quá trình xử lý báo cáo: việc gì, ai làm, lúc nào (lý do khi trả lại, mở lại; số liệu khi duyệt, mở lại).",
  fields: (t) => ({
    action: t.field({ type: ReportActionEnum, description: "Việc đã làm.", resolve: (entry) => entry.action }),
    at: t.field({ type: "DateTime", description: "Thời điểm.", resolve: (entry) => entry.at }),
    actor: t.field({
      type: UserRef,
      nullable: true,
      description: "Người thực hiện (không còn khi tài khoản đã bị xóa).",
      resolve: (entry) => entry.actor,
    }),
    reason: t.exposeString("reason", {
      nullable: true,
      description: "Lý do trả lại hoặc mở lại (chỉ có ở hai bước đó).",
    }),
    figures: t.field({
      type: [ReportHistoryFigureRef],
      description:
        "Số liệu chính thức: do bước duyệt ghi, hoặc đã duyệt đến lúc mở lại (giữ lại khi lần duyệt sau thay chúng). Rỗng ở các bước khác.",
      resolve: (entry) => entry.figures,
    }),
  }),
});

builder.objectField(ProgressReportRef, "history", (t) =>
  t.field({
    type: [ReportHistoryEntryRef],
    description:
      "Quá trình xử lý báo cáo, cũ trước: lập, mỗi lần gửi, mỗi lần trả lại (kèm lý do), mỗi lần gửi lại, duyệt (kèm số liệu), mở lại (kèm lý do và số liệu đã duyệt).",
    resolve: (report, _args, ctx) => reportHistories(ctx).load(report.id),
  }),
);
