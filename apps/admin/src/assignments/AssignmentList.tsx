// The assignments (Phụ lục 01, 02): item, lead unit, cooperating units, leader in charge and
// whether it is still inferred; filters by plan, lead unit and status; bulk "Xác nhận" for
// ADMIN and OFFICE; CSV export.
import { DataTable, List, ReferenceInput, SearchInput, SelectInput, usePermissions, useTranslate } from "react-admin";
import { canEditPlan, type Permissions } from "../auth/permissions.ts";
import type { AssignmentRecord } from "../dataProvider/assignments.ts";
import { useReadableExporter } from "../fields/readableExporter.ts";
import { tableSx } from "../layout/tableSx.ts";
import { BulkConfirmButton } from "./ConfirmButtons.tsx";
import { InferredChip } from "./InferredChip.tsx";

const inferredChoices = [
  { id: true, name: "resources.assignments.inferred_only" },
  { id: false, name: "resources.assignments.status.confirmed" },
];

const itemKindChoices = [
  { id: "indicator", name: "resources.assignments.item_kind.indicator" },
  { id: "task", name: "resources.assignments.item_kind.task" },
];

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="inferred" source="inferred" choices={inferredChoices} alwaysOn />,
  <ReferenceInput key="planId" source="planId" reference="plans">
    <SelectInput label="app.filter.plan" optionText="title" />
  </ReferenceInput>,
  <ReferenceInput key="leadUnitId" source="leadUnitId" reference="units" sort={{ field: "name", order: "ASC" }}>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="itemKind" source="itemKind" choices={itemKindChoices} />,
];

const Column = DataTable.Col<AssignmentRecord>;

export default function AssignmentList() {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  const exporter = useReadableExporter<AssignmentRecord>([
    ["resources.assignments.fields.itemLabel", (a) => a.itemLabel],
    ["resources.assignments.fields.leadUnitId", (a) => a.leadUnit.name],
    ["resources.assignments.fields.cooperatingUnitIds", (a) => a.cooperatingUnits.map((unit) => unit.name).join("; ")],
    ["resources.assignments.fields.leaderId", (a) => a.leader?.displayName ?? ""],
    [
      "resources.assignments.fields.inferred",
      (a) => translate(`resources.assignments.status.${a.inferred ? "inferred" : "confirmed"}`),
    ],
  ]);
  return (
    <List
      filters={filters}
      sort={{ field: "itemLabel", order: "ASC" }}
      exporter={exporter}
      title={translate("resources.assignments.name", { smart_count: 2 })}
    >
      <DataTable
        sx={tableSx}
        rowClick="show"
        size="small"
        bulkActionButtons={canEditPlan(permissions) ? <BulkConfirmButton /> : false}
      >
        <Column source="itemLabel" cellSx={() => ({ minWidth: 280 })} />
        <Column source="leadUnit.name" label="resources.assignments.fields.leadUnitId" />
        <Column
          source="cooperatingUnitIds"
          disableSort
          render={(a) => a.cooperatingUnits.map((unit) => unit.name).join("; ") || "—"}
          cellSx={() => ({ minWidth: 200 })}
        />
        <Column
          source="leader.displayName"
          label="resources.assignments.fields.leaderId"
          render={(a) => a.leader?.displayName ?? translate("resources.assignments.no_leader")}
        />
        <Column source="inferred" render={() => <InferredChip />} />
      </DataTable>
    </List>
  );
}
