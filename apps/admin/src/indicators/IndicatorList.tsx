// The plan's indicators (1)…(18): number, name, group, area, the targets in words and the
// evaluation; filters by group, area and evaluation status; search; CSV export.
import {
  DataTable,
  List,
  Pagination,
  ReferenceInput,
  SearchInput,
  SelectInput,
  useListContext,
  useTranslate,
} from "react-admin";
import type { IndicatorRecord } from "../dataProvider/index.ts";
import { AreaField } from "../fields/AreaField.tsx";
import { AreaFilterInput } from "../fields/AreaFilterInput.tsx";
import { enumChoices } from "../fields/enumChoices.ts";
import { usePlanAreas } from "../fields/usePlanAreas.ts";
import { tableSx } from "../layout/tableSx.ts";
import { TargetsField } from "../targets/TargetsField.tsx";
import { useFormatLocale } from "../useFormatLocale.ts";
import { EvaluationChip } from "./EvaluationPanel.tsx";
import { exportIndicators } from "./indicatorExporter.ts";
import { indicatorNumber } from "./indicatorNumber.ts";

const evaluationChoices = enumChoices("EvaluationStatus", [
  "ACHIEVED",
  "ON_TRACK",
  "AT_RISK",
  "OFF_TRACK",
  "NOT_ACHIEVED",
  "NO_DATA",
  "NOT_APPLICABLE",
]);

/** The indicator groups, by code (the API filters on `groupCode`), of the plan the list shows. */
function GroupCodeInput(props: { source: string; label?: string; alwaysOn?: boolean }) {
  const { filterValues } = useListContext();
  const { groups, isPending } = usePlanAreas(filterValues.planId || undefined);
  const choices = groups.map((group) => ({ id: group.code, name: `${group.code}) ${group.title}` }));
  return <SelectInput {...props} choices={choices} isPending={isPending} />;
}

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="evaluationStatus"
    source="evaluationStatus"
    label="app.filter.evaluation"
    choices={evaluationChoices}
    alwaysOn
  />,
  <GroupCodeInput key="groupCode" source="groupCode" label="app.filter.group" />,
  <AreaFilterInput key="areaCode" source="areaCode" label="app.filter.area" />,
  <ReferenceInput key="planId" source="planId" reference="plans">
    <SelectInput label="app.filter.plan" optionText="title" />
  </ReferenceInput>,
];

const Column = DataTable.Col<IndicatorRecord>;

export default function IndicatorList() {
  const translate = useTranslate();
  const locale = useFormatLocale();
  return (
    <List
      filters={filters}
      sort={{ field: "number", order: "ASC" }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50]} />}
      exporter={(indicators: IndicatorRecord[]) => exportIndicators(indicators, translate, locale)}
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
        <Column
          source="evaluationStatus"
          label="resources.indicators.fields.evaluation"
          render={(indicator) => <EvaluationChip status={indicator.evaluation.status} />}
        />
      </DataTable>
    </List>
  );
}
