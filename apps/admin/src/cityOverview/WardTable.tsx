// The wards as a table the city compares them by: sortable by indicators behind, overdue tasks,
// units yet to report and open recommendations; a ward's name opens its plan. A phone shows the rows
// as blocks without the heading row, so there a "sort by" choice above them does the headings' job.
import { formatNumber } from "@kehoach/domain";
import {
  Button,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TableSortLabel,
  TextField,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { Link, useTranslate } from "react-admin";
import { stackedOnPhoneSx, wrappedHeadTableSx } from "../layout/tableSx.ts";
import { useFormatLocale } from "../useFormatLocale.ts";
import {
  behindOf,
  type CityWardRow,
  firstDirection,
  otherDirection,
  type SortDirection,
  type SortKey,
  sortRows,
} from "./cityRows.ts";

const COLUMNS: { key: SortKey; label: string; numeric: boolean }[] = [
  { key: "ward", label: "app.city.ward", numeric: false },
  { key: "behind", label: "app.city.behind", numeric: true },
  { key: "overdue", label: "app.city.overdue", numeric: true },
  { key: "missing", label: "app.city.missing", numeric: true },
  { key: "recommendations", label: "app.city.recommendations", numeric: true },
];

export function WardTable({ rows }: { rows: readonly CityWardRow[] }) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: "behind", direction: "desc" });
  const sorted = sortRows(rows, sort.key, sort.direction);
  const none = translate("app.city.none");
  const n = (value: number | null | undefined) => (value == null ? none : formatNumber(value, locale));
  const sortBy = (key: SortKey) =>
    setSort((s) => ({
      key,
      direction: s.key === key ? otherDirection(s.direction) : firstDirection(key),
    }));

  return (
    <>
      <Stack direction="row" spacing={1} alignItems="center" sx={{ display: { xs: "flex", sm: "none" }, mb: 1 }}>
        <TextField
          select
          size="small"
          label={translate("app.city.sort_by")}
          value={sort.key}
          onChange={(event) => {
            const key = event.target.value as SortKey;
            setSort({ key, direction: firstDirection(key) });
          }}
          sx={{ flex: 1 }}
        >
          {COLUMNS.map((c) => (
            <MenuItem key={c.key} value={c.key}>
              {translate(c.label)}
            </MenuItem>
          ))}
        </TextField>
        <Button size="small" onClick={() => setSort((s) => ({ ...s, direction: otherDirection(s.direction) }))}>
          {translate(`app.city.sort_${sort.direction}`)}
        </Button>
      </Stack>
      <TableContainer sx={stackedOnPhoneSx}>
        <Table size="small" sx={wrappedHeadTableSx} aria-label={translate("app.city.table_title")}>
          <TableHead>
            <TableRow>
              {COLUMNS.map((c) => (
                <TableCell
                  key={c.key}
                  align={c.numeric ? "right" : "left"}
                  sortDirection={sort.key === c.key ? sort.direction : false}
                >
                  <TableSortLabel
                    active={sort.key === c.key}
                    direction={sort.key === c.key ? sort.direction : firstDirection(c.key)}
                    onClick={() => sortBy(c.key)}
                    // A right-aligned cell puts the arrow before the text, which in a heading of two lines
                    // is the cell's left edge, beside the column before: after the text, it is this column's.
                    sx={c.numeric ? { flexDirection: "row" } : undefined}
                  >
                    {translate(c.label)}
                  </TableSortLabel>
                </TableCell>
              ))}
              <TableCell align="right">{translate("app.city.no_data")}</TableCell>
              <TableCell>{translate("app.city.period")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {sorted.map((row) => (
              <TableRow key={row.wardCode}>
                <TableCell sx={{ minWidth: 160 }}>
                  {row.plan ? (
                    <Link to={`/plans/${encodeURIComponent(row.plan.id)}/show`}>{row.wardName}</Link>
                  ) : (
                    row.wardName
                  )}
                  {row.plan ? null : (
                    <Typography variant="caption" component="div" color="text.secondary">
                      {translate("app.city.no_plan")}
                    </Typography>
                  )}
                </TableCell>
                <TableCell align="right" data-label={translate("app.city.behind")}>
                  {row.indicators
                    ? translate("app.city.of_total", { count: n(behindOf(row)), total: n(row.indicators.total.count) })
                    : none}
                </TableCell>
                <TableCell align="right" data-label={translate("app.city.overdue")}>
                  {n(row.tasks?.overdue.count)}
                </TableCell>
                <TableCell align="right" data-label={translate("app.city.missing")}>
                  {row.reportsMissing == null
                    ? none
                    : translate("app.city.of_total", { count: n(row.reportsMissing), total: n(row.reportsExpected) })}
                </TableCell>
                <TableCell align="right" data-label={translate("app.city.recommendations")}>
                  {n(row.openRecommendations)}
                  {row.oldestOpenRecommendationAgeDays != null ? (
                    <Typography variant="caption" component="div" color="text.secondary">
                      {translate("app.city.oldest_days", { smart_count: row.oldestOpenRecommendationAgeDays })}
                    </Typography>
                  ) : null}
                </TableCell>
                <TableCell align="right" data-label={translate("app.city.no_data")}>
                  {n(row.indicators?.noData.count)}
                </TableCell>
                <TableCell data-label={translate("app.city.period")} sx={{ whiteSpace: "nowrap" }}>
                  {row.period?.label ?? none}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}
