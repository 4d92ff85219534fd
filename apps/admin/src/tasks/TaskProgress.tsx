// A task's latest progress: its status (a chip), % done as a bar, overdue when past its deadline,
// and when it was last updated.
import { formatDateTime } from "@kehoach/domain";
import { Chip, Stack, Typography } from "@mui/material";
import { Labeled, useRecordContext, useTranslate } from "react-admin";
import type { WholeTaskRecord } from "../dataProvider/index.ts";
import { EnumField } from "../fields/EnumField.tsx";
import { ProgressBar } from "../fields/ProgressBar.tsx";
import { useFormatLocale } from "../useFormatLocale.ts";

export function TaskProgress(_props: { label?: string }) {
  const task = useRecordContext<WholeTaskRecord>();
  const translate = useTranslate();
  const locale = useFormatLocale();
  if (!task) return null;
  const percent = task.percentDone == null ? null : Number(task.percentDone);
  return (
    <Labeled label="app.task.latest_progress" fullWidth>
      <Stack spacing={0.5}>
        <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
          <EnumField source="status" enumName="TaskStatus" chip />
          {task.overdue && <Chip size="small" color="error" label={translate("resources.tasks.fields.overdue")} />}
        </Stack>
        {percent == null ? (
          <Typography variant="body2" color="text.secondary">
            {translate("app.task.no_progress")}
          </Typography>
        ) : (
          <ProgressBar percent={percent} label={translate("resources.tasks.fields.percentDone")} />
        )}
        {task.updatedAt && (
          <Typography variant="caption" color="text.secondary">
            {translate("app.task.updated_at", { date: formatDateTime(task.updatedAt, locale) })}
          </Typography>
        )}
      </Stack>
    </Labeled>
  );
}
