// The report mutations ask packages/domain's table (reportTransitions.ts) whether a step may happen,
// and turn a refusal into the typed error the client acts on: PeriodClosed for a closed period, a
// ValidationError that says why otherwise.
import { type ReportStatus, type ReportTransition, reportTransitionRefusal } from "@kehoach/domain";
import { PeriodClosedError, ValidationError } from "../../errors.ts";

const WRONG_STATUS: Record<ReportTransition, string> = {
  SAVE: "Báo cáo đã gửi, đang chờ duyệt: không sửa được.",
  SUBMIT: "Báo cáo đã gửi, đang chờ duyệt.",
  APPROVE: "Chỉ duyệt được báo cáo đã gửi, đang chờ duyệt.",
  RETURN: "Chỉ trả lại được báo cáo đã gửi, đang chờ duyệt.",
  REOPEN: "Chỉ mở lại được báo cáo đã duyệt.",
};

/** What the unit is told when it tries to change or resend an approved report. */
const APPROVED: Partial<Record<ReportTransition, string>> = {
  SAVE: "Báo cáo đã được duyệt, không sửa được.",
  SUBMIT: "Báo cáo đã được duyệt.",
};

/** Throws unless the report (`null`: not yet created) may take `transition` in its period now. */
export function assertReportTransition(
  transition: ReportTransition,
  status: ReportStatus | null,
  period: { status: "UPCOMING" | "OPEN" | "CLOSED"; label: string },
  path: string[],
): void {
  const refusal = reportTransitionRefusal(transition, status, period.status);
  if (refusal === null) return;
  if (refusal === "PERIOD_CLOSED") throw new PeriodClosedError(period.label);
  const message =
    refusal === "PERIOD_NOT_OPEN"
      ? `Kỳ ${period.label} chưa mở: chưa ${transition === "SUBMIT" ? "gửi" : "xử lý"} được báo cáo.`
      : ((status === "APPROVED" ? APPROVED[transition] : undefined) ?? WRONG_STATUS[transition]);
  throw new ValidationError([{ path, message }]);
}
