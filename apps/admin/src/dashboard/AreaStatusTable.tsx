// One table of the dashboard: per area (rows) the count of each status (columns), the total, and
// the whole plan in the last row; every count opens the list behind it.
import { Box, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from "@mui/material";
import { useTranslate } from "react-admin";
import { type Bucket, CountLink } from "./CountLink.tsx";
import type { ListResource } from "./listPath.ts";

export interface StatusColumn<Key extends string> {
  key: Key;
  label: string;
  color: string;
}

export interface StatusRow<Key extends string> {
  id: string;
  name: string;
  counts: Record<Key | "total", Bucket>;
}

interface AreaStatusTableProps<Key extends string> {
  caption: string;
  resource: ListResource;
  columns: readonly StatusColumn<Key>[];
  rows: readonly StatusRow<Key>[];
  planRow: StatusRow<Key>;
}

export function AreaStatusTable<Key extends string>({
  caption,
  resource,
  columns,
  rows,
  planRow,
}: AreaStatusTableProps<Key>) {
  const translate = useTranslate();
  const renderRow = (row: StatusRow<Key>, isPlan: boolean) => (
    <TableRow key={row.id} sx={isPlan ? { "& td, & th": { fontWeight: 600, borderTop: 2 } } : undefined}>
      <TableCell component="th" scope="row">
        {row.name}
      </TableCell>
      {columns.map((column) => (
        <TableCell key={column.key} align="right">
          <CountLink bucket={row.counts[column.key]} resource={resource} label={`${column.label} — ${row.name}`} />
        </TableCell>
      ))}
      <TableCell align="right">
        <CountLink
          bucket={row.counts.total}
          resource={resource}
          label={`${translate("app.dashboard.total")} — ${row.name}`}
        />
      </TableCell>
    </TableRow>
  );
  return (
    <TableContainer sx={{ overflowX: "auto" }}>
      <Table size="small" aria-label={caption}>
        <TableHead>
          <TableRow>
            <TableCell>{translate("app.dashboard.area")}</TableCell>
            {columns.map((column) => (
              <TableCell key={column.key} align="right" sx={{ verticalAlign: "bottom" }}>
                <Box
                  component="span"
                  aria-hidden
                  sx={{ display: "inline-block", width: 10, height: 10, mr: 0.5, bgcolor: column.color }}
                />
                {column.label}
              </TableCell>
            ))}
            <TableCell align="right">{translate("app.dashboard.total")}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => renderRow(row, false))}
          {renderRow(planRow, true)}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
