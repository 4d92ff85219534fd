// One report to read: period, unit and status; the return reason when returned; the summary; every
// task and indicator line; the history and comments, with the comment box for those who may comment.
import { Alert, AlertTitle, Box, Divider, Stack, Typography } from "@mui/material";
import { usePermissions, useTranslate } from "react-admin";
import { canDo, type Permissions } from "../auth/permissions.ts";
import type { WholeReportRecord } from "../dataProvider/progressReports.ts";
import { CommentForm } from "./CommentForm.tsx";
import { ReportComments, ReportHistory } from "./ReportHistory.tsx";
import { IndicatorLinesTable, TaskLinesTable } from "./ReportLines.tsx";
import { ReportStatusChip } from "./ReportStatusChip.tsx";

export function ReportDetails({ report, actions }: { report: WholeReportRecord; actions?: React.ReactNode }) {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  const heading = (key: string) => (
    <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mt: 2, mb: 1 }}>
      {translate(key)}
    </Typography>
  );
  return (
    <Stack spacing={1}>
      <Box sx={{ display: "flex", alignItems: "center", gap: 2, flexWrap: "wrap" }}>
        <Typography variant="h6" component="h2">
          {report.unit.name} — {report.period.label}
        </Typography>
        <ReportStatusChip status={report.status} />
      </Box>
      {report.status === "RETURNED" && report.returnReason ? (
        <Alert severity="warning">
          <AlertTitle>{translate("resources.progressReports.fields.returnReason")}</AlertTitle>
          <Box sx={{ whiteSpace: "pre-line" }}>{report.returnReason}</Box>
        </Alert>
      ) : null}
      {actions}
      {heading("app.report.summary")}
      <Typography sx={{ whiteSpace: "pre-line" }}>{report.summary || "—"}</Typography>
      {heading("app.report.tasks")}
      <TaskLinesTable lines={report.taskLines} />
      {heading("app.report.indicators")}
      <IndicatorLinesTable lines={report.indicatorLines} />
      <Divider sx={{ my: 2 }} />
      {heading("app.report.history")}
      <ReportHistory report={report} />
      {heading("resources.progressReports.fields.comments")}
      <ReportComments report={report} />
      {/* Whoever reads a report may comment on it (report.comment); the API checks the report. */}
      {canDo(permissions, "report.comment") ? <CommentForm report={report} /> : null}
    </Stack>
  );
}
