// Opens or closes a reporting period after a confirmation (ADMIN and OFFICE; the API checks the
// role and the version read). An upcoming or closed period can be opened, an open one closed.
import LockIcon from "@mui/icons-material/Lock";
import LockOpenIcon from "@mui/icons-material/LockOpen";
import { Box } from "@mui/material";
import { useState } from "react";
import { Button, Confirm, useNotify, usePermissions, useRecordContext, useRefresh, useUpdate } from "react-admin";
import { canEditPlan, type Permissions } from "../auth/permissions.ts";
import type { ReportingPeriodRecord } from "../dataProvider/reportingPeriods.ts";

export function PeriodStatusButton() {
  const period = useRecordContext<ReportingPeriodRecord>();
  const { permissions } = usePermissions<Permissions>();
  const [confirming, setConfirming] = useState(false);
  const [update, { isPending }] = useUpdate<ReportingPeriodRecord>();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!period || !canEditPlan(permissions)) return null;

  const opening = period.status !== "OPEN";
  const action = opening ? "open" : "close";
  const confirm = () =>
    update(
      "reportingPeriods",
      { id: period.id, data: { status: opening ? "OPEN" : "CLOSED" }, previousData: period },
      {
        onSuccess: () => {
          setConfirming(false);
          notify(opening ? "app.period.opened" : "app.period.closed", { type: "success" });
          refresh();
        },
        onError: (error) => {
          setConfirming(false);
          notify((error as Error).message, { type: "error" });
        },
      },
    );

  // Clicks (also in the dialog, a portal) must not reach the list row, which opens the period.
  return (
    <Box component="span" onClick={(event) => event.stopPropagation()}>
      <Button label={`app.period.${action}`} onClick={() => setConfirming(true)} disabled={isPending}>
        {opening ? <LockOpenIcon /> : <LockIcon />}
      </Button>
      <Confirm
        isOpen={confirming}
        loading={isPending}
        title={`app.period.${action}_title`}
        titleTranslateOptions={{ label: period.label }}
        content={`app.period.${action}_content`}
        onConfirm={confirm}
        onClose={() => setConfirming(false)}
      />
    </Box>
  );
}
