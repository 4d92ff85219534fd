// "Lịch báo cáo" (/reporting-calendar, office and admin): the ward's reporting calendar in plain words,
// a form for its two numbers checked with the domain's rule (reportingCalendarProblem), a live preview
// of next year's 19 periods from the domain (reportingPeriods), the Decree 09/2019 default in one
// click, and saving over the version read — a conflict says someone else saved first and offers to
// reload; the API's field errors show under their fields.
import {
  DECREE_09_CALENDAR,
  DUE_DAYS_AFTER_CUTOFF_RANGE,
  formatDate,
  type ReportingCalendar,
  reportingCalendarProblem,
  reportingPeriods,
  systemClock,
  vietnamDate,
  WINDOW_START_DAY_RANGE,
} from "@kehoach/domain";
import RestartAltIcon from "@mui/icons-material/RestartAlt";
import {
  Alert,
  AlertTitle,
  Box,
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { useCallback, useEffect, useState } from "react";
import {
  Button,
  Loading,
  NumberInput,
  required,
  SaveButton,
  SimpleForm,
  Title,
  Toolbar,
  type TranslateFunction,
  useNotify,
  useTranslate,
  type Validator,
} from "react-admin";
import { useFormContext, useWatch } from "react-hook-form";
import type { GraphqlClient } from "../dataProvider/types.ts";
import { scrollBoxSx } from "../layout/tableSx.ts";
import { useFormatLocale } from "../useFormatLocale.ts";
import {
  type CalendarSettings,
  readReportingCalendar,
  type StoredCalendar,
  saveReportingCalendar,
} from "./reportingCalendarApi.ts";

const T = "app.reporting_calendar";

/** The calendar in one sentence: "Số liệu tháng tính từ ngày 15 tháng trước đến ngày 14; hạn gửi báo cáo 3 ngày sau ngày chốt (ngày 17)." */
export function describeCalendar(calendar: ReportingCalendar, translate: TranslateFunction): string {
  const { windowStartDay: start, dueDaysAfterCutoff: days } = calendar;
  const window =
    start === 1
      ? translate(`${T}.window_calendar_months`)
      : translate(`${T}.window_from_day`, { start, end: start - 1 });
  let due: string;
  if (days === 0) due = translate(`${T}.due_same_day`);
  else if (start === 1) due = translate(`${T}.due_next_month_day`, { smart_count: days, day: days });
  // The cut-off is the day before the start day; a due day past the 28th may fall in the next month.
  else if (start - 1 + days <= 28) due = translate(`${T}.due_day`, { smart_count: days, day: start - 1 + days });
  else due = translate(`${T}.due_next_month`, { smart_count: days });
  return `${window}; ${due}.`;
}

const isDecree09 = (calendar: ReportingCalendar) =>
  calendar.windowStartDay === DECREE_09_CALENDAR.windowStartDay &&
  calendar.dueDaysAfterCutoff === DECREE_09_CALENDAR.dueDaysAfterCutoff;

/**
 * One field's check by the domain's rule: the other field set to the Decree's value, so that what the
 * rule finds wrong is this field. Vietnamese shows the domain's own words; English its translation.
 */
function followsCalendarRule(field: keyof CalendarSettings, range: { min: number; max: number }): Validator {
  return (value: unknown) => {
    if (value === null || value === undefined || value === "") return undefined;
    const problem = reportingCalendarProblem({ ...DECREE_09_CALENDAR, [field]: Number(value) });
    return problem ? { message: `${T}.validation.${field}`, args: { problem: problem.message, ...range } } : undefined;
  };
}

const validateWindowStartDay = [
  required(`${T}.validation.required`),
  followsCalendarRule("windowStartDay", WINDOW_START_DAY_RANGE),
];
const validateDueDays = [
  required(`${T}.validation.required`),
  followsCalendarRule("dueDaysAfterCutoff", DUE_DAYS_AFTER_CUTOFF_RANGE),
];

/** The form's numbers as a calendar, or null while one is empty or breaks the rule. */
function validCalendar(windowStartDay: unknown, dueDaysAfterCutoff: unknown): ReportingCalendar | null {
  if (typeof windowStartDay !== "number" || typeof dueDaysAfterCutoff !== "number") return null;
  const calendar = { windowStartDay, dueDaysAfterCutoff };
  return reportingCalendarProblem(calendar) ? null : calendar;
}

/** What the numbers being typed give for next year's periods: label, data window and due day. */
function CalendarPreview({ year }: { year: number }) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const [windowStartDay, dueDaysAfterCutoff] = useWatch({ name: ["windowStartDay", "dueDaysAfterCutoff"] });
  const calendar = validCalendar(windowStartDay, dueDaysAfterCutoff);
  return (
    <Box sx={{ width: "100%", mt: 2 }} data-testid="calendar-preview">
      <Typography variant="subtitle1" component="h2" gutterBottom>
        {translate(`${T}.preview_title`, { year })}
      </Typography>
      {calendar ? (
        <>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {describeCalendar(calendar, translate)}
          </Typography>
          <Box sx={scrollBoxSx}>
            <Table size="small" aria-label={translate(`${T}.preview_title`, { year })}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate(`${T}.preview_columns.label`)}</TableCell>
                  <TableCell sx={{ whiteSpace: "nowrap" }}>{translate(`${T}.preview_columns.window`)}</TableCell>
                  <TableCell sx={{ whiteSpace: "nowrap" }}>{translate(`${T}.preview_columns.due`)}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {reportingPeriods(year, calendar).map((period) => (
                  <TableRow key={`${period.kind}-${period.number}`}>
                    <TableCell>{period.label}</TableCell>
                    <TableCell sx={{ whiteSpace: "nowrap" }}>
                      {`${formatDate(period.startsOn, locale)} – ${formatDate(period.endsOn, locale)}`}
                    </TableCell>
                    <TableCell sx={{ whiteSpace: "nowrap" }}>{formatDate(period.dueOn, locale)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        </>
      ) : (
        <Alert severity="warning">{translate(`${T}.preview_invalid`)}</Alert>
      )}
    </Box>
  );
}

/** Puts the Decree 09/2019 numbers in the form (saved only with the save button). */
function UseDecreeDefaultButton() {
  const { setValue } = useFormContext();
  const set = (name: keyof CalendarSettings) =>
    setValue(name, DECREE_09_CALENDAR[name], { shouldDirty: true, shouldValidate: true });
  return (
    <Button
      label={`${T}.use_default`}
      onClick={() => {
        set("windowStartDay");
        set("dueDaysAfterCutoff");
      }}
    >
      <RestartAltIcon />
    </Button>
  );
}

function CalendarToolbar() {
  return (
    <Toolbar sx={{ display: "flex", flexWrap: "wrap", gap: 1 }}>
      <SaveButton label={`${T}.save`} />
      <UseDecreeDefaultButton />
    </Toolbar>
  );
}

type Loaded =
  | { status: "loading" }
  | { status: "failed"; message: string }
  | { status: "loaded"; ward: string; calendar: StoredCalendar };

export function ReportingCalendarPage({ client }: { client: GraphqlClient }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  /** The version someone else saved while this page was open. */
  const [conflict, setConflict] = useState<number | null>(null);
  const nextYear = Number(vietnamDate(systemClock.now()).slice(0, 4)) + 1;

  const load = useCallback(async () => {
    try {
      const read = await readReportingCalendar(client);
      setLoaded(
        read
          ? { status: "loaded", ward: read.jurisdictionName, calendar: read.calendar }
          : { status: "failed", message: `${T}.not_found` },
      );
      setConflict(null);
    } catch (error) {
      setLoaded({ status: "failed", message: (error as Error).message });
    }
  }, [client]);

  useEffect(() => {
    void load();
  }, [load]);

  if (loaded.status === "loading") return <Loading />;
  if (loaded.status === "failed") {
    return (
      <Alert severity="error" sx={{ mt: 2 }}>
        {translate(loaded.message, { _: loaded.message })}
      </Alert>
    );
  }
  const { calendar, ward } = loaded;

  const submit = async (values: Partial<CalendarSettings>) => {
    try {
      const outcome = await saveReportingCalendar(
        client,
        { windowStartDay: Number(values.windowStartDay), dueDaysAfterCutoff: Number(values.dueDaysAfterCutoff) },
        calendar.version,
      );
      if (outcome.kind === "saved") {
        setLoaded({ status: "loaded", ward, calendar: outcome.calendar });
        setConflict(null);
        const count = outcome.redatedPeriodCount;
        notify(count === 0 ? `${T}.saved_none` : `${T}.saved`, {
          type: "success",
          messageArgs: { smart_count: count },
        });
        return undefined;
      }
      if (outcome.kind === "conflict") {
        setConflict(outcome.currentVersion);
        notify(`${T}.conflict_title`, { type: "error" });
        return undefined;
      }
      if (outcome.message) notify(outcome.message, { type: "error" });
      return outcome.fields;
    } catch (error) {
      notify((error as Error).message, { type: "error" });
      return undefined;
    }
  };

  return (
    <Box sx={{ mt: 2, maxWidth: 760 }}>
      <Title title={`${T}.title`} />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="subtitle1" component="h2" gutterBottom>
            {translate(`${T}.current`, { ward })}
          </Typography>
          <Typography variant="body1" data-testid="current-calendar">
            {describeCalendar(calendar, translate)}
          </Typography>
          {isDecree09(calendar) ? (
            <Typography variant="body2" color="text.secondary">
              {translate(`${T}.decree_default`)}
            </Typography>
          ) : null}
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {translate(`${T}.intro`)}
          </Typography>
        </CardContent>
      </Card>
      {conflict !== null ? (
        <Alert severity="error" sx={{ mb: 2 }} action={<Button label={`${T}.reload`} onClick={() => void load()} />}>
          <AlertTitle>{translate(`${T}.conflict_title`)}</AlertTitle>
          {translate(`${T}.conflict`, { version: conflict })}
        </Alert>
      ) : null}
      <Card>
        {/* A new version (saved or reloaded) starts the form again from what is stored. No min/max on the
            inputs: the browser's own check would block saving with its words instead of the rule's. */}
        <SimpleForm
          key={calendar.version}
          record={{ windowStartDay: calendar.windowStartDay, dueDaysAfterCutoff: calendar.dueDaysAfterCutoff }}
          onSubmit={submit}
          toolbar={<CalendarToolbar />}
        >
          <NumberInput
            source="windowStartDay"
            label={`${T}.fields.windowStartDay`}
            helperText={translate(`${T}.help.windowStartDay`, WINDOW_START_DAY_RANGE)}
            validate={validateWindowStartDay}
            step={1}
            fullWidth
          />
          <NumberInput
            source="dueDaysAfterCutoff"
            label={`${T}.fields.dueDaysAfterCutoff`}
            helperText={translate(`${T}.help.dueDaysAfterCutoff`, DUE_DAYS_AFTER_CUTOFF_RANGE)}
            validate={validateDueDays}
            step={1}
            fullWidth
          />
          <Alert severity="info" sx={{ width: "100%", boxSizing: "border-box" }}>
            {translate(`${T}.only_not_begun`)}
          </Alert>
          <CalendarPreview year={nextYear} />
        </SimpleForm>
      </Card>
    </Box>
  );
}
