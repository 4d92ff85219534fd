// Opens or closes a reporting period after a confirmation (ADMIN and OFFICE; the API checks the
// role and the version read). An upcoming or closed period can be opened, an open one closed.
import LockIcon from "@mui/icons-material/Lock";
import LockOpenIcon from "@mui/icons-material/LockOpen";
import { usePermissions, useRecordContext } from "react-admin";
import { canEditPlan, type Permissions } from "../auth/permissions.ts";
import type { ReportingPeriodRecord } from "../dataProvider/reportingPeriods.ts";
import { ConfirmedPeriodUpdate } from "./ConfirmedPeriodUpdate.tsx";

export function PeriodStatusButton() {
  const period = useRecordContext<ReportingPeriodRecord>();
  const { permissions } = usePermissions<Permissions>();
  if (!period || !canEditPlan(permissions)) return null;
  const opening = period.status !== "OPEN";
  const action = opening ? "open" : "close";
  return (
    <ConfirmedPeriodUpdate
      label={`app.period.${action}`}
      title={`app.period.${action}_title`}
      content={`app.period.${action}_content`}
      done={opening ? "app.period.opened" : "app.period.closed"}
      icon={opening ? <LockOpenIcon /> : <LockIcon />}
      data={{ status: opening ? "OPEN" : "CLOSED" }}
    />
  );
}
