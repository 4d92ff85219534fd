// An indicator's figures month by month (recharts): the value to date, the year-end estimate and,
// when units gave it, the same period last year, with the target as a reference line when it is a number. A composite without figures of its own
// has none to chart: its parts' figures are in PartFigures.
import { formatNumber } from "@kehoach/domain";
import { Box, Typography } from "@mui/material";
import { Labeled, useRecordContext, useTranslate } from "react-admin";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { WholeIndicatorRecord } from "../dataProvider/index.ts";
import { useFormatLocale } from "../useFormatLocale.ts";
import { figure } from "./evaluationFigures.ts";
import { monthlySeries } from "./measurementSeries.ts";

export function MeasurementTrend(_props: { label?: string }) {
  const indicator = useRecordContext<WholeIndicatorRecord>();
  const translate = useTranslate();
  const locale = useFormatLocale();
  if (!indicator) return null;
  const points = monthlySeries(indicator.measurements);
  if (points.length === 0 && indicator.subIndicators.length > 0) return null;
  const unit = indicator.targets[0];
  const expected = indicator.evaluation.expectedValue;
  return (
    <Labeled label="app.indicator.trend" fullWidth>
      {points.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate("app.indicator.no_measurements")}
        </Typography>
      ) : (
        <Box sx={{ width: "100%", maxWidth: 720, height: 280 }}>
          <LineChart
            responsive
            style={{ width: "100%", height: "100%" }}
            data={points}
            margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="month" tickFormatter={(month) => translate("app.indicator.month_short", { month })} />
            <YAxis tickFormatter={(value: number) => formatNumber(value, locale)} width={72} />
            <Tooltip
              labelFormatter={(month) => translate("app.indicator.month", { month })}
              formatter={(value) => figure(Number(value), unit, locale)}
              separator=": "
            />
            <Legend />
            <Line
              type="monotone"
              dataKey="actual"
              name={translate("app.indicator.actual")}
              stroke="#1565c0"
              strokeWidth={2}
              connectNulls
            />
            <Line
              type="monotone"
              dataKey="estimate"
              name={translate("app.indicator.estimate")}
              stroke="#ef6c00"
              strokeDasharray="5 3"
              connectNulls
            />
            {points.some((p) => p.lastYear !== null) && (
              <Line
                type="monotone"
                dataKey="lastYear"
                name={translate("app.indicator.same_period_last_year")}
                stroke="#616161"
                strokeWidth={2}
                strokeDasharray="2 3"
                dot={{ r: 3, fill: "#616161" }}
                connectNulls
              />
            )}
            {expected != null && (
              <ReferenceLine
                y={expected}
                stroke="#2e7d32"
                strokeDasharray="4 4"
                label={{ value: translate("app.indicator.target_line"), position: "insideTopRight" }}
              />
            )}
          </LineChart>
        </Box>
      )}
    </Labeled>
  );
}
