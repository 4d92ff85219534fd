// The plan's indicators (1)…(18): number, name, group, area and the targets in words.
import { DataTable, List, Pagination, ReferenceInput, SearchInput, SelectInput, useTranslate } from "react-admin";
import type { IndicatorRecord } from "../dataProvider/index.ts";
import { AreaField } from "../fields/AreaField.tsx";
import { tableSx } from "../layout/tableSx.ts";
import { TargetsField } from "../targets/TargetsField.tsx";
import { indicatorNumber } from "./indicatorNumber.ts";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="planId" source="planId" reference="plans">
    <SelectInput label="app.filter.plan" optionText="title" />
  </ReferenceInput>,
];

const Column = DataTable.Col<IndicatorRecord>;

export default function IndicatorList() {
  const translate = useTranslate();
  return (
    <List
      filters={filters}
      sort={{ field: "number", order: "ASC" }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50]} />}
      exporter={false}
      title={translate("resources.indicators.name", { smart_count: 2 })}
    >
      <DataTable sx={tableSx} rowClick="show" bulkActionButtons={false} size="small">
        <Column source="number" render={indicatorNumber} cellSx={() => ({ whiteSpace: "nowrap" })} />
        <Column source="name" cellSx={() => ({ minWidth: 260 })} />
        <Column source="group.title" label="resources.indicators.fields.group" cellSx={() => ({ minWidth: 140 })} />
        <Column
          source="area.name"
          label="resources.indicators.fields.area"
          field={AreaField}
          cellSx={() => ({ minWidth: 140 })}
        />
        <Column source="targets" disableSort render={() => <TargetsField />} cellSx={() => ({ minWidth: 240 })} />
      </DataTable>
    </List>
  );
}
