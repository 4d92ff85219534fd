// Who is reminded of what, and when (Section IV of the plan: every unit reports monthly to the
// committee). A unit whose report of an open month is not sent is reminded from REMINDER_DAYS_BEFORE_DUE
// days before the due day, and again from the day after it; a returned report and a task past its
// deadline notify the unit that owns them. Each reminder has a key that names it once and for all,
// so storing it under a unique key sends it exactly once, however many processes ask, and a server
// that was down on the day still sends it the next time it looks.
import { formatDate, type Locale } from "../format.ts";

/** Days before the due day that a unit with no report sent is first reminded. */
export const REMINDER_DAYS_BEFORE_DUE = 3;
/** How long after its due day a missing report is still worth a reminder (not every past month). */
export const OVERDUE_REMINDER_WINDOW_DAYS = 31;

export const REMINDER_KINDS = ["REPORT_DUE_SOON", "REPORT_OVERDUE", "REPORT_RETURNED", "TASK_OVERDUE"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** A monthly period with the units expected to report on it and those whose report is sent. */
export interface ReminderPeriod {
  id: string;
  label: string;
  status: "UPCOMING" | "OPEN" | "CLOSED";
  /** YYYY-MM-DD */
  dueOn: string;
  expectedUnitIds: readonly string[];
  /** Units whose report is SUBMITTED or APPROVED. */
  sentUnitIds: readonly string[];
}

export interface ReminderFacts {
  /** Today in Vietnam, YYYY-MM-DD. */
  today: string;
  periods: readonly ReminderPeriod[];
  returnedReports: readonly {
    id: string;
    unitId: string;
    periodLabel: string;
    returnedAt: string;
    reason: string | null;
  }[];
  /** Tasks not finished, with their lead unit. */
  openTasks: readonly { id: string; code: string; title: string; leadUnitId: string; deadline: string | null }[];
}

/** What a reminder says, kept as data so each reader sees it in their language. */
export interface ReminderParams {
  periodLabel?: string;
  dueOn?: string;
  reason?: string | null;
  taskCode?: string;
  taskTitle?: string;
  deadline?: string;
}

export interface Reminder {
  /** Unique for ever: the same reminder is never made twice. */
  key: string;
  kind: ReminderKind;
  unitId: string;
  periodId: string | null;
  reportId: string | null;
  taskId: string | null;
  params: ReminderParams;
}

function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/** Every reminder due today (and those of earlier days not yet made: their keys tell them apart). */
export function remindersDue(facts: ReminderFacts): Reminder[] {
  const today = dayNumber(facts.today);
  const found: Reminder[] = [];
  for (const period of facts.periods) {
    if (period.status === "UPCOMING") continue;
    const due = dayNumber(period.dueOn);
    const sent = new Set(period.sentUnitIds);
    const kind: ReminderKind | null =
      period.status === "OPEN" && today >= due - REMINDER_DAYS_BEFORE_DUE && today <= due
        ? "REPORT_DUE_SOON"
        : today > due && today <= due + OVERDUE_REMINDER_WINDOW_DAYS
          ? "REPORT_OVERDUE"
          : null;
    if (!kind) continue;
    for (const unitId of new Set(period.expectedUnitIds)) {
      if (sent.has(unitId)) continue;
      found.push({
        key: `${kind}:${period.id}:${unitId}`,
        kind,
        unitId,
        periodId: period.id,
        reportId: null,
        taskId: null,
        params: { periodLabel: period.label, dueOn: period.dueOn },
      });
    }
  }
  for (const report of facts.returnedReports) {
    found.push({
      key: `REPORT_RETURNED:${report.id}:${report.returnedAt}`,
      kind: "REPORT_RETURNED",
      unitId: report.unitId,
      periodId: null,
      reportId: report.id,
      taskId: null,
      params: { periodLabel: report.periodLabel, reason: report.reason },
    });
  }
  for (const task of facts.openTasks) {
    if (!task.deadline || dayNumber(task.deadline) >= today) continue;
    found.push({
      key: `TASK_OVERDUE:${task.id}:${task.deadline}`,
      kind: "TASK_OVERDUE",
      unitId: task.leadUnitId,
      periodId: null,
      reportId: null,
      taskId: task.id,
      params: { taskCode: task.code, taskTitle: task.title, deadline: task.deadline },
    });
  }
  return found;
}

/** A reminder's title and text in a language (also the e-mail's subject and body). */
export function reminderText(kind: ReminderKind, p: ReminderParams, locale: Locale): { title: string; body: string } {
  const date = (iso: string | undefined) => (iso ? formatDate(iso, locale) : "");
  const vi = locale === "vi";
  switch (kind) {
    case "REPORT_DUE_SOON":
      return vi
        ? {
            title: `Sắp đến hạn gửi báo cáo ${p.periodLabel}`,
            body: `Đơn vị chưa gửi báo cáo ${p.periodLabel}; hạn gửi là ngày ${date(p.dueOn)}.`,
          }
        : {
            title: `Report for ${p.periodLabel} due soon`,
            body: `Your unit has not sent its report for ${p.periodLabel}; it is due on ${date(p.dueOn)}.`,
          };
    case "REPORT_OVERDUE":
      return vi
        ? {
            title: `Quá hạn gửi báo cáo ${p.periodLabel}`,
            // The day after the due day the period closes on schedule: only the office can reopen it.
            body: `Đơn vị chưa gửi báo cáo ${p.periodLabel}, hạn gửi ngày ${date(p.dueOn)} đã qua và kỳ đã khóa sổ. Liên hệ Văn phòng HĐND và UBND để được mở lại kỳ rồi gửi báo cáo.`,
          }
        : {
            title: `Report for ${p.periodLabel} overdue`,
            body: `Your unit has not sent its report for ${p.periodLabel}, due on ${date(p.dueOn)}, and the period is closed. Ask the People's Council and Committee office to reopen it, then send the report.`,
          };
    case "REPORT_RETURNED":
      return vi
        ? {
            title: `Báo cáo ${p.periodLabel} bị trả lại`,
            body: `Báo cáo ${p.periodLabel} của đơn vị đã bị trả lại${p.reason ? `: ${p.reason}` : ""}. Sửa rồi gửi lại.`,
          }
        : {
            title: `Report for ${p.periodLabel} returned`,
            body: `Your unit's report for ${p.periodLabel} was returned${p.reason ? `: ${p.reason}` : ""}. Correct it and send it again.`,
          };
    case "TASK_OVERDUE":
      return vi
        ? {
            title: `Nhiệm vụ ${p.taskCode} quá hạn`,
            body: `Nhiệm vụ ${p.taskCode}. ${p.taskTitle} đã quá hạn ngày ${date(p.deadline)} mà chưa hoàn thành.`,
          }
        : {
            title: `Task ${p.taskCode} overdue`,
            body: `Task ${p.taskCode}. ${p.taskTitle} passed its deadline of ${date(p.deadline)} without being finished.`,
          };
  }
}
