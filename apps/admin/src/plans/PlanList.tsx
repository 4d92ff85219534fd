// The plans: number, title, year, issuer and status.
import { DataTable, List, NumberField, SearchInput, useTranslate } from "react-admin";
import type { PlanRecord } from "../dataProvider/index.ts";
import { EnumField } from "../fields/EnumField.tsx";
import { tableSx } from "../layout/tableSx.ts";

const filters = [<SearchInput key="q" source="q" alwaysOn />];

const Column = DataTable.Col<PlanRecord>;

export default function PlanList() {
  const translate = useTranslate();
  return (
    <List
      filters={filters}
      sort={{ field: "year", order: "DESC" }}
      exporter={false}
      title={translate("resources.plans.name", { smart_count: 2 })}
    >
      <DataTable sx={tableSx} rowClick="show" bulkActionButtons={false}>
        <Column
          source="year"
          field={(props) => <NumberField {...props} source="year" options={{ useGrouping: false }} />}
        />
        <Column source="number" render={(plan) => plan.number ?? "—"} cellSx={() => ({ whiteSpace: "nowrap" })} />
        <Column source="title" cellSx={() => ({ minWidth: 320 })} />
        <Column source="issuer" />
        <Column
          source="status"
          field={(props) => <EnumField {...props} source="status" enumName="PlanStatus" chip />}
        />
      </DataTable>
    </List>
  );
}
