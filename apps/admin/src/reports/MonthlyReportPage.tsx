// The monthly report of the user's unit (/monthly-report), the landing page of unit staff: the
// current open period (another open one can be chosen, or named by a reminder as ?period=<id>), the
// return reason when the report came back, and the form of every task and indicator assigned to the
// unit — or, once submitted or approved, the report as sent. A named period that is not open gets no
// form: the page says why (closed after its due day, or when it opens), shows the unit's report of
// that period to read, and links to the open period's form.
import { formatDate, openPeriodOn, systemClock, vietnamDate } from "@kehoach/domain";
import { Alert, AlertTitle, Box, Button, CircularProgress, MenuItem, TextField, Typography } from "@mui/material";
import { type ReactNode, useState } from "react";
import { Title, useGetList, useGetOne, usePermissions, useTranslate } from "react-admin";
import { Link, useSearchParams } from "react-router-dom";
import { canReport, type Permissions } from "../auth/permissions.ts";
import { isWhole } from "../dataProvider/partial.ts";
import type { AssignedItems, ReportRecord, WholeReportRecord } from "../dataProvider/progressReports.ts";
import type { ReportingPeriodRecord } from "../dataProvider/reportingPeriods.ts";
import { useFormatLocale } from "../useFormatLocale.ts";
import { MonthlyReportForm } from "./MonthlyReportForm.tsx";
import { ReportDetails } from "./ReportDetails.tsx";
import { ReportStatusChip } from "./ReportStatusChip.tsx";

function Loading() {
  const translate = useTranslate();
  return <CircularProgress aria-label={translate("ra.page.loading")} sx={{ m: 2 }} />;
}

function Failure() {
  const translate = useTranslate();
  return <Alert severity="error">{translate("ra.notification.http_error")}</Alert>;
}

/** The unit's report for a period (the full record, with its lines) and the items assigned to the unit. */
function UnitReport({
  period,
  unitId,
  canSubmit,
}: {
  period: ReportingPeriodRecord;
  unitId: string;
  canSubmit: boolean;
}) {
  const translate = useTranslate();
  const [reloads, setReloads] = useState(0);
  const listed = useGetList<ReportRecord>("progressReports", {
    filter: { periodId: period.id, unitId },
    pagination: { page: 1, perPage: 1 },
    sort: { field: "updatedAt", order: "DESC" },
    meta: { assignedItemsOfPlan: period.plan.id, previousBefore: period.startsOn },
  });
  const reportId = listed.data?.[0]?.id;
  const full = useGetOne<ReportRecord>("progressReports", { id: reportId ?? "" }, { enabled: !!reportId });
  const [latest, setLatest] = useState<WholeReportRecord | undefined>(undefined);
  const items = listed.meta?.assignedItems as AssignedItems | undefined;
  const saved = isWhole(full.data) ? full.data : undefined;

  if (listed.isPending || (reportId && !saved && !full.error)) return <Loading />;
  if (listed.error || full.error || !items) return <Failure />;
  const report = latest ?? saved;
  const reload = () => {
    setLatest(undefined);
    listed.refetch();
    full.refetch();
    setReloads((n) => n + 1);
  };

  if (report && (report.status === "SUBMITTED" || report.status === "APPROVED")) {
    return (
      <>
        <Alert severity={report.status === "APPROVED" ? "success" : "info"} sx={{ mb: 2 }}>
          {translate(report.status === "APPROVED" ? "app.report.approved_read_only" : "app.report.read_only")}
        </Alert>
        <ReportDetails report={report} />
      </>
    );
  }
  if (items.tasks.length === 0 && items.indicators.length === 0) {
    return <Alert severity="info">{translate("app.report.no_items")}</Alert>;
  }
  return (
    <>
      {report ? (
        <Box sx={{ mb: 1 }}>
          <ReportStatusChip status={report.status} />
        </Box>
      ) : null}
      {report?.status === "RETURNED" ? (
        <Alert severity="warning" variant="filled" sx={{ mb: 2 }}>
          <AlertTitle>{translate("app.report.returned_title")}</AlertTitle>
          <Box sx={{ whiteSpace: "pre-line" }}>{report.returnReason}</Box>
        </Alert>
      ) : null}
      <MonthlyReportForm
        key={`${period.id}-${reloads}`}
        period={period}
        unitId={unitId}
        items={items}
        report={report}
        canSubmit={canSubmit}
        onSaved={setLatest}
        onReload={reload}
      />
    </>
  );
}

/** The form's address for a period. */
const formOf = (period: Pick<ReportingPeriodRecord, "id">) =>
  `/monthly-report?period=${encodeURIComponent(String(period.id))}`;

/**
 * A period named in the address that is not open: why no report can be written in it now, the unit's
 * report of that period to read (if there is one), and the way to the open period's form.
 */
function PeriodNotOpen({
  periodId,
  unitId,
  current,
  openForm,
}: {
  periodId: string;
  unitId: string;
  current: ReportingPeriodRecord | undefined;
  openForm: (period: ReportingPeriodRecord) => ReactNode;
}) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const requested = useGetOne<ReportingPeriodRecord>("reportingPeriods", { id: periodId }, { retry: false });
  const period = requested.data;
  const listed = useGetList<ReportRecord>(
    "progressReports",
    {
      filter: { periodId, unitId },
      pagination: { page: 1, perPage: 1 },
      sort: { field: "updatedAt", order: "DESC" },
    },
    { enabled: !!period },
  );
  const reportId = listed.data?.[0]?.id;
  const full = useGetOne<ReportRecord>("progressReports", { id: reportId ?? "" }, { enabled: !!reportId });
  if (requested.isPending) return <Loading />;
  // Opened since the list of open periods was read: its form, as for any open period.
  if (period?.status === "OPEN") return openForm(period);

  const today = vietnamDate(systemClock.now());
  const date = (day: string) => formatDate(day, locale);
  const why = !period
    ? null
    : period.status === "UPCOMING"
      ? translate("app.report.period_upcoming", {
          period: period.label,
          opens: date(period.startsOn),
          due: date(period.dueOn),
        })
      : translate(today > period.dueOn ? "app.report.period_closed_after_due" : "app.report.period_closed_early", {
          period: period.label,
          due: date(period.dueOn),
        });
  const report = isWhole(full.data) ? full.data : undefined;
  const reportShown = () => {
    if (!period) return null;
    if (listed.isPending || (reportId && !report && !full.error)) return <Loading />;
    if (listed.error || full.error) return <Failure />;
    if (!report) {
      return <Typography color="text.secondary">{translate("app.report.no_report_in_period")}</Typography>;
    }
    return (
      <>
        <Box sx={{ display: "flex", gap: 2, alignItems: "center", flexWrap: "wrap", mb: 1 }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
            {translate("app.report.report_in_period", { period: period.label })}
          </Typography>
          <Button component={Link} to={`/progressReports/${encodeURIComponent(String(report.id))}/show`}>
            {translate("app.report.open_report")}
          </Button>
        </Box>
        <ReportDetails report={report} />
      </>
    );
  };

  return (
    <>
      <Alert severity="warning" sx={{ mb: 2 }}>
        <AlertTitle>
          {period
            ? translate("app.report.period_not_open_title", { period: period.label })
            : translate("app.report.requested_period_missing")}
        </AlertTitle>
        {why}
        {current ? (
          <Box sx={{ mt: 1 }}>
            <Button component={Link} to={formOf(current)} color="inherit" variant="outlined" size="small">
              {translate("app.report.go_to_open_period", { period: current.label })}
            </Button>
          </Box>
        ) : (
          ` ${translate("app.report.no_open_period")}`
        )}
      </Alert>
      {reportShown()}
    </>
  );
}

export default function MonthlyReportPage() {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const { permissions, isPending: permissionsPending } = usePermissions<Permissions>();
  const [searchParams, setSearchParams] = useSearchParams();
  const requestedId = searchParams.get("period");
  const periods = useGetList<ReportingPeriodRecord>("reportingPeriods", {
    filter: { status: "OPEN" },
    sort: { field: "startsOn", order: "ASC" },
    pagination: { page: 1, perPage: 100 },
  });
  const open = periods.data ?? [];
  const current = openPeriodOn(open, vietnamDate(systemClock.now()));
  const requestedOpen = open.find((p) => p.id === requestedId);
  // A period named in the address but not among the open ones gets no form (nothing can be saved in it).
  const notOpen = !!requestedId && !requestedOpen && !periods.isPending && !periods.error;
  const period = requestedId ? requestedOpen : current;
  const unitId = permissions?.unitId;

  const body = () => {
    if (permissionsPending || periods.isPending) return <Loading />;
    if (!unitId) return <Alert severity="info">{translate("app.report.no_unit")}</Alert>;
    if (periods.error) return <Failure />;
    const form = (shown: ReportingPeriodRecord) => (
      <UnitReport key={shown.id} period={shown} unitId={unitId} canSubmit={canReport(permissions, "SUBMIT")} />
    );
    if (notOpen && requestedId) {
      return <PeriodNotOpen periodId={requestedId} unitId={unitId} current={current} openForm={form} />;
    }
    if (!period) return <Alert severity="info">{translate("app.report.no_open_period")}</Alert>;
    return form(period);
  };

  return (
    <Box sx={{ mt: 2, maxWidth: 1100 }}>
      <Title title="app.report.form_title" />
      <Box sx={{ display: "flex", gap: 2, alignItems: "center", flexWrap: "wrap", mb: 2 }}>
        <Typography variant="h5" component="h1">
          {translate("app.report.form_title")}
          {permissions?.unitName ? ` — ${permissions.unitName}` : ""}
        </Typography>
        {period && open.length > 1 ? (
          <TextField
            select
            size="small"
            label={translate("app.report.period")}
            value={period.id}
            onChange={(event) => setSearchParams({ period: event.target.value }, { replace: true })}
            sx={{ minWidth: 200 }}
          >
            {open.map((p) => (
              <MenuItem key={p.id} value={p.id}>
                {p.label}
              </MenuItem>
            ))}
          </TextField>
        ) : null}
        {period ? (
          <Typography color="text.secondary">
            {open.length > 1 ? "" : `${period.label} · `}
            {translate("app.report.due", { date: formatDate(period.dueOn, locale) })}
          </Typography>
        ) : null}
      </Box>
      {body()}
    </Box>
  );
}
