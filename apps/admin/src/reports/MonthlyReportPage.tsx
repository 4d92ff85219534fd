// The monthly report of the user's unit (/monthly-report), the landing page of unit staff: the
// current open period (another open one can be chosen, or named by a reminder as ?period=<id>), the
// return reason when the report came back, and the form of every task and indicator assigned to the
// unit — or, once submitted or approved, the report as sent.
import { formatDate, openPeriodOn, systemClock, vietnamDate } from "@kehoach/domain";
import { Alert, AlertTitle, Box, CircularProgress, MenuItem, TextField, Typography } from "@mui/material";
import { useState } from "react";
import { Title, useGetList, useGetOne, usePermissions, useTranslate } from "react-admin";
import { useSearchParams } from "react-router-dom";
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

export default function MonthlyReportPage() {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const { permissions, isPending: permissionsPending } = usePermissions<Permissions>();
  const [searchParams] = useSearchParams();
  const [chosenId, setChosenId] = useState<string | null>(() => searchParams.get("period"));
  const periods = useGetList<ReportingPeriodRecord>("reportingPeriods", {
    filter: { status: "OPEN" },
    sort: { field: "startsOn", order: "ASC" },
    pagination: { page: 1, perPage: 100 },
  });
  const open = periods.data ?? [];
  const period = open.find((p) => p.id === chosenId) ?? openPeriodOn(open, vietnamDate(systemClock.now()));
  const unitId = permissions?.unitId;

  const body = () => {
    if (permissionsPending || periods.isPending) return <Loading />;
    if (!unitId) return <Alert severity="info">{translate("app.report.no_unit")}</Alert>;
    if (periods.error) return <Failure />;
    if (!period) return <Alert severity="info">{translate("app.report.no_open_period")}</Alert>;
    return <UnitReport key={period.id} period={period} unitId={unitId} canSubmit={canReport(permissions, "SUBMIT")} />;
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
            onChange={(event) => setChosenId(event.target.value)}
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
