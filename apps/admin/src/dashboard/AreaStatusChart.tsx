// One chart of the dashboard: a stacked horizontal bar per area, one segment per status in the
// status colours. A click on a segment opens its list (the table beside it is the keyboard way).
// A chunk of its own with recharts, loaded by AreaBreakdowns after the figures are on screen.
import { Box } from "@mui/material";
import { useNavigate } from "react-router-dom";
import { Bar, BarChart, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { StatusColumn, StatusRow } from "./AreaStatusTable.tsx";
import { chartHeight } from "./chartHeight.ts";
import { filteredListPath, type ListResource } from "./listPath.ts";

interface AreaStatusChartProps<Key extends string> {
  label: string;
  resource: ListResource;
  columns: readonly StatusColumn<Key>[];
  rows: readonly StatusRow<Key>[];
}

export default function AreaStatusChart<Key extends string>({
  label,
  resource,
  columns,
  rows,
}: AreaStatusChartProps<Key>) {
  const navigate = useNavigate();
  const data = rows.map((row) => ({
    name: row.name,
    ...Object.fromEntries(columns.map((column) => [column.key, row.counts[column.key].count])),
  }));
  const open = (rowIndex: number, column: StatusColumn<Key>) => {
    const row = rows[rowIndex];
    const ids = row?.counts[column.key].ids ?? [];
    if (row && ids.length > 0) navigate(filteredListPath(resource, ids, `${column.label} — ${row.name}`));
  };
  return (
    <Box role="img" aria-label={label} sx={{ width: "100%", height: chartHeight(rows.length) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          {columns.map((column) => (
            <Bar
              key={column.key}
              dataKey={column.key}
              name={column.label}
              stackId="status"
              fill={column.color}
              cursor="pointer"
              onClick={(_entry, index) => open(index, column)}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </Box>
  );
}
