// "Kiến nghị của cử tri chưa giải quyết: N" (leaderDesk.openRecommendations, in the viewer's reach)
// with how long the oldest has waited, as a link to the list of unresolved recommendations.
import { formatNumber } from "@kehoach/domain";
import { Card, CardContent, Typography } from "@mui/material";
import { Link, useTranslate } from "react-admin";
import { useFormatLocale } from "../useFormatLocale.ts";
import type { LeaderDesk } from "./loadDashboard.ts";

const OPEN_RECOMMENDATIONS_PATH = `/recommendations?filter=${encodeURIComponent(JSON.stringify({ openOnly: true }))}`;

export function RecommendationsCard({ open }: { open: LeaderDesk["openRecommendations"] }) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const title = translate("app.dashboard.recommendations.open", { count: formatNumber(open.length, locale) });
  const oldest = Math.max(0, ...open.map((r) => r.ageDays));
  return (
    <Card component="section" aria-label={translate("app.dashboard.recommendations.title")}>
      <CardContent>
        <Typography variant="h6" component="h2">
          <Link to={OPEN_RECOMMENDATIONS_PATH}>{title}</Link>
        </Typography>
        <Typography color="text.secondary">
          {open.length > 0
            ? translate("app.dashboard.recommendations.oldest", { smart_count: oldest })
            : translate("app.dashboard.none")}
        </Typography>
      </CardContent>
    </Card>
  );
}
