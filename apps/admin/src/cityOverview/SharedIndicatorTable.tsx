// The city plan's indicators the wards contribute to, rolled up (cityOverview.sharedIndicators): the
// city's figure, how it adds up, and how many wards are in — or, for "every ward achieves it", how
// many have.
import { formatNumber } from "@kehoach/domain";
import type { CityOverviewQuery } from "@kehoach/schema";
import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { stackedOnPhoneSx, tableSx } from "../layout/tableSx.ts";
import { useFormatLocale } from "../useFormatLocale.ts";

type SharedIndicator = NonNullable<CityOverviewQuery["cityOverview"]>["sharedIndicators"][number];

export function SharedIndicatorTable({ rows }: { rows: readonly SharedIndicator[] }) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const n = (value: number) => formatNumber(value, locale);
  const none = translate("app.city.none");
  const figureOf = (row: SharedIndicator) => {
    if (row.rule !== "ALL_OF") return row.formattedValue ?? none;
    if (row.allAchieved === true) return translate("app.city.shared_all_achieved");
    return translate("app.city.shared_achieving", { count: n(row.achieving), total: n(row.contributing) });
  };
  return (
    <TableContainer sx={stackedOnPhoneSx}>
      <Table size="small" sx={tableSx} aria-label={translate("app.city.shared_title")}>
        <TableHead>
          <TableRow>
            <TableCell>{translate("app.city.shared_indicator")}</TableCell>
            <TableCell align="right">{translate("app.city.shared_value")}</TableCell>
            <TableCell>{translate("app.city.shared_rule")}</TableCell>
            <TableCell align="right">{translate("app.city.shared_reporting")}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={`${row.code}:${row.rule}`}>
              <TableCell sx={{ minWidth: 200 }}>
                ({row.code}) {row.name}
                {row.targetText ? (
                  <Typography variant="caption" component="div" color="text.secondary">
                    {translate("app.city.shared_target", { target: row.targetText })}
                  </Typography>
                ) : null}
              </TableCell>
              <TableCell align="right" data-label={translate("app.city.shared_value")}>
                {figureOf(row)}
              </TableCell>
              <TableCell data-label={translate("app.city.shared_rule")}>{row.ruleLabel}</TableCell>
              <TableCell align="right" data-label={translate("app.city.shared_reporting")}>
                {translate("app.city.of_total", { count: n(row.reporting), total: n(row.contributing) })}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
