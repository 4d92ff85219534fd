// Where a reminder takes its reader: a returned report to that report, an overdue task to that task,
// a report due or overdue to the unit's monthly report form on that period — or, for those who do
// not fill the form in, to the unit's reports of the period. False when what it was about is gone.
import type { CreatePathParams } from "react-admin";
import type { NotificationRecord } from "../dataProvider/notifications.ts";

export function notificationTarget(
  notification: NotificationRecord,
  createPath: (params: CreatePathParams) => string,
  fillsReport: boolean,
): string | false {
  switch (notification.kind) {
    case "REPORT_RETURNED":
      return notification.report
        ? createPath({ resource: "progressReports", id: notification.report.id, type: "show" })
        : false;
    case "TASK_OVERDUE":
      return notification.task ? createPath({ resource: "tasks", id: notification.task.id, type: "show" }) : false;
    case "REPORT_DUE_SOON":
    case "REPORT_OVERDUE": {
      const period = notification.period;
      if (!period) return false;
      if (fillsReport) return `/monthly-report?period=${encodeURIComponent(period.id)}`;
      const filter = encodeURIComponent(JSON.stringify({ periodId: period.id }));
      return `${createPath({ resource: "progressReports", type: "list" })}?filter=${filter}`;
    }
  }
}
