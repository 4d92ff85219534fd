// The review queue (/review) of the office and leaders: the submitted reports the API says the viewer
// may review (a leader's areas, never one's own report) — and the chosen report
// beside the list, with "Duyệt" and "Trả lại". Those who do not review are told the page is not theirs.

import { formatDateTime } from "@kehoach/domain";
import {
  Alert,
  Box,
  Card,
  CardContent,
  CircularProgress,
  List,
  ListItemButton,
  ListItemText,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { Title, useGetList, useGetOne, usePermissions, useTranslate } from "react-admin";
import { canDo, canReviewReports, type Permissions } from "../auth/permissions.ts";
import { isWhole } from "../dataProvider/partial.ts";
import type { ReportRecord } from "../dataProvider/progressReports.ts";
import { useFormatLocale } from "../useFormatLocale.ts";
import { ReportDetails } from "./ReportDetails.tsx";
import { ReviewActions } from "./ReviewActions.tsx";

function ChosenReport({ id, onReviewed }: { id: string; onReviewed: () => void }) {
  const translate = useTranslate();
  const { data: report, error } = useGetOne<ReportRecord>("progressReports", { id });
  if (error) return <Alert severity="error">{translate("ra.notification.http_error")}</Alert>;
  // The list's copy has no lines: a reviewer reads the whole report before approving it.
  if (!isWhole(report)) return <CircularProgress aria-label={translate("ra.page.loading")} />;
  return <ReportDetails report={report} actions={<ReviewActions report={report} onDone={onReviewed} />} />;
}

export default function ReviewQueue() {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const { permissions, isPending: permissionsPending } = usePermissions<Permissions>();
  const [chosen, setChosen] = useState<string | null>(null);
  const allowed = canReviewReports(permissions);
  const { data, isPending, error, refetch } = useGetList<ReportRecord>(
    "progressReports",
    {
      // The API's review rule picks them: a leader's areas, never one's own report.
      filter: { toReview: true },
      sort: { field: "submittedAt", order: "ASC" },
      pagination: { page: 1, perPage: 500 },
    },
    { enabled: allowed },
  );
  const reports = data ?? [];

  const body = () => {
    if (permissionsPending) return <CircularProgress aria-label={translate("ra.page.loading")} />;
    if (!allowed) return <Alert severity="info">{translate("ra.message.access_denied")}</Alert>;
    if (isPending) return <CircularProgress aria-label={translate("ra.page.loading")} />;
    if (error) return <Alert severity="error">{translate("ra.notification.http_error")}</Alert>;
    if (reports.length === 0) return <Alert severity="success">{translate("app.report.review.empty")}</Alert>;
    return (
      <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", lg: "minmax(260px, 1fr) 3fr" } }}>
        <Card variant="outlined">
          <List aria-label={translate("app.report.review.title")}>
            {reports.map((report) => (
              <ListItemButton key={report.id} selected={report.id === chosen} onClick={() => setChosen(report.id)}>
                <ListItemText
                  primary={report.unit.name}
                  secondary={[report.period.label, report.submittedAt && formatDateTime(report.submittedAt, locale)]
                    .filter(Boolean)
                    .join(" · ")}
                />
              </ListItemButton>
            ))}
          </List>
        </Card>
        <Card variant="outlined">
          <CardContent>
            {chosen ? (
              <ChosenReport
                key={chosen}
                id={chosen}
                onReviewed={() => {
                  setChosen(null);
                  refetch();
                }}
              />
            ) : (
              <Typography color="text.secondary">{translate("app.report.review.pick")}</Typography>
            )}
          </CardContent>
        </Card>
      </Box>
    );
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.report.review.title" />
      {allowed && !canDo(permissions, "report.review") ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate("app.report.review.read_only")}
        </Alert>
      ) : null}
      {body()}
    </Box>
  );
}
