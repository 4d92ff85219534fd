// The wards as a map-free heat grid: one tile per ward, darker the larger its share of indicators
// behind; a tile opens the ward's plan. Grey tiles have no plan the viewer reads.
import { Box, Tooltip, Typography } from "@mui/material";
import { Link, useTranslate } from "react-admin";
import { bareName, behindOf, behindShare, type CityWardRow } from "./cityRows.ts";

/** Red at the given share behind (0–1), from pale to deep. */
const heat = (share: number) => `hsl(4, ${Math.round(40 + share * 50)}%, ${Math.round(92 - share * 50)}%)`;

function Tile({ row }: { row: CityWardRow }) {
  const translate = useTranslate();
  const share = behindShare(row);
  const label =
    row.plan && row.indicators
      ? translate("app.city.tile_label", {
          ward: row.wardName,
          behind: behindOf(row),
          total: row.indicators.total.count,
        })
      : translate("app.city.tile_no_plan", { ward: row.wardName });
  const sx = {
    display: "block",
    p: 0.75,
    minHeight: 52,
    borderRadius: 1,
    fontSize: 12,
    lineHeight: 1.25,
    color: share !== null && share > 0.5 ? "common.white" : "text.primary",
    bgcolor: share === null ? "grey.200" : heat(share),
    textDecoration: "none",
    overflow: "hidden",
  } as const;
  const body = (
    <>
      <Box component="span" sx={{ display: "block", fontWeight: 600 }}>
        {bareName(row)}
      </Box>
      {row.indicators ? `${behindOf(row)}/${row.indicators.total.count}` : ""}
    </>
  );
  return (
    <Tooltip title={label}>
      {row.plan ? (
        <Link to={`/plans/${encodeURIComponent(row.plan.id)}/show`} aria-label={label} sx={sx}>
          {body}
        </Link>
      ) : (
        <Box role="img" aria-label={label} sx={sx}>
          {body}
        </Box>
      )}
    </Tooltip>
  );
}

export function WardHeatGrid({ rows }: { rows: readonly CityWardRow[] }) {
  const translate = useTranslate();
  return (
    <Box component="section" aria-labelledby="city-grid-title" sx={{ mb: 3 }}>
      <Typography id="city-grid-title" variant="subtitle1" component="h2">
        {translate("app.city.grid_title")}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate("app.city.grid_hint")}
      </Typography>
      <Box sx={{ display: "grid", gap: 0.5, gridTemplateColumns: "repeat(auto-fill, minmax(96px, 1fr))" }}>
        {rows.map((row) => (
          <Tile key={row.wardCode} row={row} />
        ))}
      </Box>
    </Box>
  );
}
