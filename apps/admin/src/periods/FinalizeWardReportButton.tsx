// Makes a month's compiled report final after a confirmation (LEADER, OFFICE: the policy's
// wardReport.finalize). From then on its downloads give the report as it was at that moment.
import VerifiedIcon from "@mui/icons-material/Verified";
import { usePermissions, useRecordContext } from "react-admin";
import { canDo, type Permissions } from "../auth/permissions.ts";
import type { ReportingPeriodRecord } from "../dataProvider/reportingPeriods.ts";
import { ConfirmedPeriodUpdate } from "./ConfirmedPeriodUpdate.tsx";

export function FinalizeWardReportButton() {
  const period = useRecordContext<ReportingPeriodRecord>();
  const { permissions } = usePermissions<Permissions>();
  if (period?.kind !== "MONTH" || period.wardReportFinalizedAt || !canDo(permissions, "wardReport.finalize")) {
    return null;
  }
  return (
    <ConfirmedPeriodUpdate
      label="app.period.finalize"
      title="app.period.finalize_title"
      content="app.period.finalize_content"
      done="app.period.finalized"
      icon={<VerifiedIcon />}
      data={{ wardReportFinal: true }}
    />
  );
}
