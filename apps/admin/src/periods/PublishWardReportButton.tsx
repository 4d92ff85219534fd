// Publishes a month's final compiled report on the public page after a confirmation (OFFICE: the
// policy's wardReport.publish), as the office posts it to the ward's website.
import PublicIcon from "@mui/icons-material/Public";
import { usePermissions, useRecordContext } from "react-admin";
import { canDo, type Permissions } from "../auth/permissions.ts";
import type { ReportingPeriodRecord } from "../dataProvider/reportingPeriods.ts";
import { ConfirmedPeriodUpdate } from "./ConfirmedPeriodUpdate.tsx";

export function PublishWardReportButton() {
  const period = useRecordContext<ReportingPeriodRecord>();
  const { permissions } = usePermissions<Permissions>();
  if (!period?.wardReportFinalizedAt || period.wardReportPublishedAt || !canDo(permissions, "wardReport.publish")) {
    return null;
  }
  return (
    <ConfirmedPeriodUpdate
      label="app.period.publish"
      title="app.period.publish_title"
      content="app.period.publish_content"
      done="app.period.published"
      icon={<PublicIcon />}
      data={{ wardReportPublished: true }}
    />
  );
}
