// The city's home: its wards at a glance (cityOverview), for the city's leaders, office and
// administrator — the heat grid above, the sortable table below, for a year and a month (by
// default each ward's current period).
import { systemClock, vietnamDate } from "@kehoach/domain";
import { CityOverviewDocument, type CityOverviewQuery } from "@kehoach/schema";
import { Alert, Box, Card, CardContent, MenuItem, Stack, TextField, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { Loading, Title, useTranslate } from "react-admin";
import { runQuery } from "../dataProvider/query.ts";
import type { GraphqlClient } from "../dataProvider/types.ts";
import { useFormatLocale } from "../useFormatLocale.ts";
import { SharedIndicatorTable } from "./SharedIndicatorTable.tsx";
import { WardHeatGrid } from "./WardHeatGrid.tsx";
import { WardTable } from "./WardTable.tsx";

type Overview = CityOverviewQuery["cityOverview"];

export function CityOverviewPage({
  client,
  today = vietnamDate(systemClock.now()),
}: {
  client: GraphqlClient;
  /** "YYYY-MM-DD": the year shown first. */
  today?: string;
}) {
  const translate = useTranslate();
  const locale = useFormatLocale() === "en" ? "EN" : "VI";
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [month, setMonth] = useState<number | null>(null);
  const [state, setState] = useState<{ overview?: Overview; error?: string }>({});

  useEffect(() => {
    let live = true;
    setState({});
    runQuery(client, CityOverviewDocument, { year, month, locale }).then(
      (data) => live && setState({ overview: data.cityOverview }),
      (error: Error) => live && setState({ error: error.message }),
    );
    return () => {
      live = false;
    };
  }, [client, year, month, locale]);

  const { overview, error } = state;
  return (
    <Box sx={{ mt: 1 }}>
      <Title title={translate("app.city.title")} />
      <Card>
        <CardContent>
          <Stack direction={{ xs: "column", sm: "row" }} spacing={2} sx={{ mb: 2 }}>
            <TextField
              select
              size="small"
              label={translate("app.city.year")}
              value={year}
              onChange={(e) => setYear(Number(e.target.value))}
              sx={{ minWidth: 120 }}
            >
              {[year - 1, year, year + 1].map((y) => (
                <MenuItem key={y} value={y}>
                  {y}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              size="small"
              label={translate("app.city.month")}
              value={month ?? ""}
              onChange={(e) => setMonth(e.target.value === "" ? null : Number(e.target.value))}
              sx={{ minWidth: 240 }}
              slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            >
              <MenuItem value="">{translate("app.city.current_period")}</MenuItem>
              {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
                <MenuItem key={m} value={m}>
                  {translate("app.city.month_n", { month: m })}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
          {error ? <Alert severity="error">{translate(error, { _: error })}</Alert> : null}
          {!error && overview === undefined ? <Loading /> : null}
          {overview === null ? <Alert severity="info">{translate("app.city.not_city")}</Alert> : null}
          {overview ? (
            <>
              <Typography variant="h6" component="h1" gutterBottom>
                {translate("app.city.of_city", {
                  city: overview.city.name,
                  smart_count: overview.wards.length,
                  year: overview.year,
                })}
              </Typography>
              {overview.wards.length === 0 ? (
                <Alert severity="info">{translate("app.city.no_wards")}</Alert>
              ) : (
                <>
                  <WardHeatGrid rows={overview.wards} />
                  <Typography variant="subtitle1" component="h2">
                    {translate("app.city.table_title")}
                  </Typography>
                  <WardTable rows={overview.wards} />
                </>
              )}
              {overview.sharedIndicators.length === 0 ? null : (
                <Box sx={{ mt: 3 }}>
                  <Typography variant="subtitle1" component="h2">
                    {translate("app.city.shared_title")}
                  </Typography>
                  <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                    {translate("app.city.shared_hint")}
                  </Typography>
                  <SharedIndicatorTable rows={overview.sharedIndicators} />
                </Box>
              )}
            </>
          ) : null}
        </CardContent>
      </Card>
    </Box>
  );
}
