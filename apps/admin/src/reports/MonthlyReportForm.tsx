// The monthly report form of a unit for one period: one block per assigned task (status, % done,
// results, difficulties, proposals) and indicator (the figures its target asks for, and a note —
// IndicatorLineFields), and the summary. "Lưu nháp" saves the draft; "Gửi báo cáo" (unit heads only)
// asks for confirmation, then saves and submits. Leaving the page (or closing the tab) with unsaved
// changes asks first. On a refusal the form keeps what was typed, the API's field messages show
// under their inputs, and a conflict or a closed period is explained above the buttons.
import { formatPercent } from "@kehoach/domain";
import type { ReportTaskLineFieldsFragment, TaskStatus } from "@kehoach/schema";
import SaveIcon from "@mui/icons-material/Save";
import SendIcon from "@mui/icons-material/Send";
import { Alert, Box, Button, Card, CardContent, Stack, Typography } from "@mui/material";
import { useEffect, useId, useRef, useState } from "react";
import {
  Confirm,
  Form,
  type HttpError,
  maxValue,
  minValue,
  NumberInput,
  required,
  SelectInput,
  TextInput,
  useDataProvider,
  useNotify,
  useTranslate,
} from "react-admin";
import { useFormContext } from "react-hook-form";
import { LineEvidenceFiles } from "../attachments/LineEvidenceFiles.tsx";
import type { AssignedItems, WholeReportRecord } from "../dataProvider/progressReports.ts";
import type { ReportingPeriodRecord } from "../dataProvider/reportingPeriods.ts";
import { useFormatLocale } from "../useFormatLocale.ts";
import { IndicatorLineFields } from "./IndicatorLineFields.tsx";
import { type ReportFormValues, reportFormValues } from "./reportFormValues.ts";

const TASK_STATUSES: readonly TaskStatus[] = ["NOT_STARTED", "IN_PROGRESS", "DONE", "CANCELLED"];
const percent = [minValue(0), maxValue(100)];

type Problem = "conflict" | "period_closed" | null;

/**
 * After a successful save, what was saved becomes what the form compares with: only later edits
 * count as unsaved (a refused save sets errors, so it is not successful).
 */
function SavedBaseline() {
  const { reset, getValues, formState } = useFormContext();
  const { isSubmitSuccessful } = formState;
  useEffect(() => {
    if (isSubmitSuccessful) reset(getValues(), { keepValues: true });
  }, [isSubmitSuccessful, reset, getValues]);
  return null;
}

export interface MonthlyReportFormProps {
  period: ReportingPeriodRecord;
  unitId: string;
  items: AssignedItems;
  report: WholeReportRecord | undefined;
  canSubmit: boolean;
  /** Called with the report after a successful save or submission. */
  onSaved: (report: WholeReportRecord) => void;
  onReload: () => void;
}

export function MonthlyReportForm({
  period,
  unitId,
  items,
  report,
  canSubmit,
  onSaved,
  onReload,
}: MonthlyReportFormProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const locale = useFormatLocale();
  const dataProvider = useDataProvider();
  // The values are computed once: a save must not reset what the user sees.
  const [defaultValues] = useState(() => reportFormValues(items, report, locale));
  const current = useRef(report);
  // A refetch (after a return by the office, say) brings a newer version: write against that one.
  useEffect(() => {
    current.current = report;
  }, [report]);
  const intent = useRef<"save" | "submit">("save");
  const formId = useId();
  const [confirmingSubmit, setConfirmingSubmit] = useState(false);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);

  const save = async (values: Record<string, unknown>) => {
    const { summary, taskLines, indicatorLines } = values as unknown as ReportFormValues;
    const data = { periodId: period.id, unitId, summary, taskLines, indicatorLines };
    setSaving(true);
    setProblem(null);
    try {
      const previous = current.current;
      let saved = previous
        ? (
            await dataProvider.update<WholeReportRecord>("progressReports", {
              id: previous.id,
              data,
              previousData: previous,
            })
          ).data
        : (await dataProvider.create<WholeReportRecord>("progressReports", { data })).data;
      current.current = saved;
      if (intent.current === "submit") {
        saved = (
          await dataProvider.update<WholeReportRecord>("progressReports", {
            id: saved.id,
            data: { status: "SUBMITTED" },
            previousData: saved,
          })
        ).data;
        current.current = saved;
      }
      notify(intent.current === "submit" ? "app.report.submitted" : "app.report.saved", { type: "success" });
      onSaved(saved);
      return undefined;
    } catch (error) {
      const failure = error as HttpError;
      if (failure.message === "app.error.conflict") setProblem("conflict");
      else if (failure.body?.code === "PERIOD_CLOSED") setProblem("period_closed");
      notify(failure.message, { type: "error" });
      // Some error on the form in every case, so that the changes still count as unsaved.
      return (failure.body?.errors as Record<string, string> | undefined) ?? { root: { save: failure.message } };
    } finally {
      setSaving(false);
    }
  };

  const previousLine = (indicatorId: string) => {
    const line = items.previous?.indicatorLines.find((l) => l.indicator.id === indicatorId);
    return line && items.previous ? { label: items.previous.period.label, line } : null;
  };

  const heading = (key: string) => (
    <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>
      {translate(key)}
    </Typography>
  );

  return (
    // noValidate: the browser's own bubbles speak the browser's language and say nothing of the rule;
    // the inputs' validators say it in Vietnamese (or English) under the field.
    <Form id={formId} defaultValues={defaultValues} onSubmit={save} warnWhenUnsavedChanges noValidate>
      <SavedBaseline />
      {heading("app.report.tasks")}
      <Stack spacing={2}>
        {items.tasks.map((task, i) => (
          <Card key={task.id} variant="outlined" component="section" aria-label={`${task.code} ${task.title}`}>
            <CardContent>
              <Typography sx={{ fontWeight: 600, mb: 1 }}>
                {task.code}. {task.title}
              </Typography>
              <PreviousTaskLine
                line={items.previous?.taskLines.find((l) => l.task.id === task.id)}
                period={items.previous?.period.label}
              />
              <Box sx={{ display: "grid", gap: 1, gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" } }}>
                <SelectInput
                  source={`taskLines.${i}.status`}
                  label="app.report.line.status"
                  choices={TASK_STATUSES.map((id) => ({ id, name: `enums.TaskStatus.${id}` }))}
                  validate={required()}
                />
                <NumberInput
                  source={`taskLines.${i}.percentDone`}
                  label="app.report.line.percentDone"
                  min={0}
                  max={100}
                  step="any"
                  validate={percent}
                />
              </Box>
              <TextInput source={`taskLines.${i}.results`} label="app.report.line.results" multiline fullWidth />
              <Box sx={{ display: "grid", gap: 1, gridTemplateColumns: { xs: "1fr", md: "1fr 1fr" } }}>
                <TextInput
                  source={`taskLines.${i}.difficulties`}
                  label="app.report.line.difficulties"
                  multiline
                  fullWidth
                />
                <TextInput source={`taskLines.${i}.proposals`} label="app.report.line.proposals" multiline fullWidth />
              </Box>
              <LineEvidenceFiles
                typename="ProgressReportTaskLine"
                lineId={report?.taskLines.find((l) => l.task.id === task.id)?.id}
              />
            </CardContent>
          </Card>
        ))}
      </Stack>

      {heading("app.report.indicators")}
      <Stack spacing={2}>
        {items.indicators.map((indicator, i) => (
          <IndicatorLineFields
            key={indicator.id}
            indicator={indicator}
            index={i}
            contributions={items.contributions.filter((c) => c.indicator.id === indicator.id)}
            previous={previousLine(indicator.id)}
            files={
              <LineEvidenceFiles
                typename="ProgressReportIndicatorLine"
                lineId={report?.indicatorLines.find((l) => l.indicator.id === indicator.id)?.id}
              />
            }
          />
        ))}
      </Stack>

      {heading("app.report.summary")}
      <TextInput source="summary" label="app.report.summary" multiline minRows={3} fullWidth />

      {problem === "conflict" ? (
        <Alert
          severity="warning"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" onClick={onReload}>
              {translate("app.report.reload")}
            </Button>
          }
        >
          {translate("app.report.conflict")}
        </Alert>
      ) : null}
      {problem === "period_closed" ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {translate("app.report.period_closed")}
        </Alert>
      ) : null}

      <Box sx={{ display: "flex", gap: 2, alignItems: "center", flexWrap: "wrap", py: 2 }}>
        <Button
          type="submit"
          variant={canSubmit ? "outlined" : "contained"}
          startIcon={<SaveIcon />}
          disabled={saving}
          onClick={() => {
            intent.current = "save";
          }}
        >
          {translate("app.report.save_draft")}
        </Button>
        {canSubmit ? (
          <>
            <Button
              variant="contained"
              startIcon={<SendIcon />}
              disabled={saving}
              onClick={() => setConfirmingSubmit(true)}
            >
              {translate("app.report.submit")}
            </Button>
            <Confirm
              isOpen={confirmingSubmit}
              title="app.report.submit_title"
              content="app.report.submit_content"
              translateOptions={{ period: period.label }}
              confirm="app.report.submit"
              ConfirmIcon={SendIcon}
              onConfirm={() => {
                setConfirmingSubmit(false);
                intent.current = "submit";
                (document.getElementById(formId) as HTMLFormElement | null)?.requestSubmit();
              }}
              onClose={() => setConfirmingSubmit(false)}
            />
          </>
        ) : (
          <Typography color="text.secondary">{translate("app.report.staff_hint")}</Typography>
        )}
      </Box>
    </Form>
  );
}

/** What the unit reported on a task the month before: its status and % done. */
function PreviousTaskLine({ line, period }: { line?: ReportTaskLineFieldsFragment; period?: string }) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  if (!line || !period) return null;
  const done = line.percentDone == null ? null : formatPercent(line.percentDone, locale);
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
      {translate("app.report.line.previous", { period })} {translate(`enums.TaskStatus.${line.status}`)}
      {done ? ` · ${done}` : ""}
    </Typography>
  );
}
