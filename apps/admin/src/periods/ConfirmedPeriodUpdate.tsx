// A period action that asks first, then sends one update of the period (open, close, finalize the
// month's report), says how it went and refreshes the screen. The callers decide who sees it. The
// button keeps its words on a phone (PeriodActionButton).
import { Box } from "@mui/material";
import { type ReactElement, useState } from "react";
import { Confirm, useNotify, useRecordContext, useRefresh, useUpdate } from "react-admin";
import type { ReportingPeriodRecord, ReportingPeriodWrite } from "../dataProvider/reportingPeriods.ts";
import { PeriodActionButton } from "./PeriodActionButton.tsx";

export interface ConfirmedPeriodUpdateProps {
  /** Translation keys: the button, the dialog's title (with %{label}) and text, the success notice. */
  label: string;
  title: string;
  content: string;
  done: string;
  icon: ReactElement;
  data: Partial<ReportingPeriodWrite>;
}

export function ConfirmedPeriodUpdate({ label, title, content, done, icon, data }: ConfirmedPeriodUpdateProps) {
  const period = useRecordContext<ReportingPeriodRecord>();
  const [confirming, setConfirming] = useState(false);
  const [update, { isPending }] = useUpdate<ReportingPeriodWrite>();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!period) return null;

  const confirm = () =>
    update(
      "reportingPeriods",
      { id: period.id, data, previousData: period },
      {
        onSuccess: () => {
          setConfirming(false);
          notify(done, { type: "success" });
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
      <PeriodActionButton label={label} icon={icon} onClick={() => setConfirming(true)} disabled={isPending} />
      <Confirm
        isOpen={confirming}
        loading={isPending}
        title={title}
        titleTranslateOptions={{ label: period.label }}
        content={content}
        onConfirm={confirm}
        onClose={() => setConfirming(false)}
      />
    </Box>
  );
}
