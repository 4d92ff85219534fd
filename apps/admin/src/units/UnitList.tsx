// The units: code, name, kind, parent unit, active or archived; search, filters and CSV export.
import { Chip } from "@mui/material";
import { DataTable, List, SearchInput, SelectInput, TextField, useTranslate } from "react-admin";
import type { UnitRecord } from "../dataProvider/units.ts";
import { useReadableExporter } from "../fields/readableExporter.ts";
import { SelectionFilter } from "../fields/SelectionFilter.tsx";
import { tableSx } from "../layout/tableSx.ts";
import { archivedChoices, unitKindChoices } from "./choices.ts";

const filters = [
  <SelectionFilter key="id" source="id" alwaysOn />,
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={unitKindChoices} />,
  <SelectInput key="archived" source="archived" choices={archivedChoices} alwaysOn />,
];

const Column = DataTable.Col<UnitRecord>;

export default function UnitList() {
  const translate = useTranslate();
  const exporter = useReadableExporter<UnitRecord>([
    ["resources.units.fields.code", (unit) => unit.code],
    ["resources.units.fields.name", (unit) => unit.name],
    ["resources.units.fields.shortName", (unit) => unit.shortName ?? ""],
    ["resources.units.fields.kind", (unit) => translate(`enums.UnitKind.${unit.kind}`)],
    ["resources.units.fields.parentId", (unit) => unit.parent?.name ?? ""],
    [
      "resources.units.fields.archived",
      (unit) => translate(`resources.units.status.${unit.archived ? "archived" : "active"}`),
    ],
  ]);
  return (
    <List
      filters={filters}
      filterDefaultValues={{ archived: false }}
      sort={{ field: "code", order: "ASC" }}
      exporter={exporter}
      title={translate("resources.units.name", { smart_count: 2 })}
    >
      <DataTable sx={tableSx} rowClick="show" bulkActionButtons={false}>
        <Column source="code" cellSx={() => ({ whiteSpace: "nowrap" })} />
        <Column source="name" cellSx={() => ({ minWidth: 240 })} field={TextField} />
        <Column source="kind" render={(unit) => translate(`enums.UnitKind.${unit.kind}`)} />
        <Column
          source="parent.name"
          label="resources.units.fields.parentId"
          render={(unit) => unit.parent?.name ?? "—"}
        />
        <Column
          source="archived"
          render={(unit) => (
            <Chip
              size="small"
              variant="outlined"
              color={unit.archived ? "default" : "success"}
              label={translate(`resources.units.status.${unit.archived ? "archived" : "active"}`)}
            />
          )}
        />
      </DataTable>
    </List>
  );
}
