// The plan's indicators (1)…(18): number, name, group, area, the targets in words and the
// evaluation; filters by group, area and evaluation status; search; CSV export. On a small screen
// each indicator is a card: number and name, targets, evaluation.
import { Box } from "@mui/material";
import {
  DataTable,
  List,
  Pagination,
  ReferenceInput,
  SearchInput,
  SelectInput,
  SimpleList,
  useListContext,
  useTranslate,
} from "react-admin";
import type { IndicatorRecord } from "../dataProvider/index.ts";
import { AreaField } from "../fields/AreaField.tsx";
import { AreaFilterInput } from "../fields/AreaFilterInput.tsx";
import { enumChoices } from "../fields/enumChoices.ts";
import { SelectionFilter } from "../fields/SelectionFilter.tsx";
import { usePlanAreas } from "../fields/usePlanAreas.ts";
import { tableSx } from "../layout/tableSx.ts";
import { useSmallScreen } from "../layout/useSmallScreen.ts";
import { formatTargets } from "../targets/formatTarget.ts";
import { keepSignWithValue, TargetsField } from "../targets/TargetsField.tsx";
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
  <SelectionFilter key="id" source="id" alwaysOn />,
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

function IndicatorCards() {
  const locale = useFormatLocale();
  return (
    <SimpleList<IndicatorRecord>
      rowClick="show"
      primaryText={(indicator) => `${indicatorNumber(indicator)} ${indicator.name}`}
      secondaryText={(indicator) => (
        <Box component="span" sx={{ display: "flex", flexDirection: "column", alignItems: "flex-start", gap: 0.5 }}>
          {indicator.targets.length > 0 ? (
            <span>{keepSignWithValue(formatTargets(indicator.targets, locale))}</span>
          ) : null}
          <EvaluationChip status={indicator.evaluation.status} />
        </Box>
      )}
    />
  );
}

export default function IndicatorList() {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const small = useSmallScreen();
  return (
    <List
      filters={filters}
      sort={{ field: "number", order: "ASC" }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50]} />}
      exporter={(indicators: IndicatorRecord[]) => exportIndicators(indicators, translate, locale)}
      title={translate("resources.indicators.name", { smart_count: 2 })}
    >
      {small ? (
        <IndicatorCards />
      ) : (
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
      )}
    </List>
  );
}
