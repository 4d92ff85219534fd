// The plan's tasks and solutions: code, title, kind (Trọng tâm / Cụ thể), area and status.
import { DataTable, List, Pagination, ReferenceInput, SearchInput, SelectInput, useTranslate } from "react-admin";
import type { TaskRecord } from "../dataProvider/index.ts";
import { AreaField } from "../fields/AreaField.tsx";
import { EnumField } from "../fields/EnumField.tsx";
import { tableSx } from "../layout/tableSx.ts";
import { taskKindChoices, taskStatusChoices } from "./choices.ts";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={taskKindChoices} alwaysOn />,
  <SelectInput key="status" source="status" choices={taskStatusChoices} />,
  <ReferenceInput key="planId" source="planId" reference="plans">
    <SelectInput label="app.filter.plan" optionText="title" />
  </ReferenceInput>,
];

const Column = DataTable.Col<TaskRecord>;

export default function TaskList() {
  const translate = useTranslate();
  return (
    <List
      filters={filters}
      sort={{ field: "position", order: "ASC" }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
      exporter={false}
      title={translate("resources.tasks.name", { smart_count: 2 })}
    >
      <DataTable sx={tableSx} rowClick="show" bulkActionButtons={false} size="small">
        <Column source="code" cellSx={() => ({ whiteSpace: "nowrap" })} />
        <Column source="title" cellSx={() => ({ minWidth: 320 })} />
        <Column
          source="kind"
          field={(props) => <EnumField {...props} source="kind" enumName="TaskKind" chip />}
          cellSx={() => ({ whiteSpace: "nowrap" })}
        />
        <Column
          source="area.name"
          label="resources.tasks.fields.area"
          field={AreaField}
          cellSx={() => ({ minWidth: 140 })}
        />
        <Column
          source="status"
          field={(props) => <EnumField {...props} source="status" enumName="TaskStatus" chip />}
          cellSx={() => ({ whiteSpace: "nowrap" })}
        />
      </DataTable>
    </List>
  );
}
