// The reporting periods: plan, kind, label, dates, due date and status, filtered by status and kind;
// ADMIN and OFFICE open and close them from the list.
import { formatDate } from "@kehoach/domain";
import {
  DataTable,
  downloadCSV,
  type Exporter,
  List,
  SearchInput,
  SelectInput,
  type TranslateFunction,
  useTranslate,
} from "react-admin";
import type { ReportingPeriodRecord } from "../dataProvider/reportingPeriods.ts";
import { tableSx } from "../layout/tableSx.ts";
import { useFormatLocale } from "../useFormatLocale.ts";
import { PeriodStatusButton } from "./PeriodStatusButton.tsx";
import { PeriodStatusChip } from "./PeriodStatusChip.tsx";

const Column = DataTable.Col<ReportingPeriodRecord>;

function choices(enumName: string, values: string[]) {
  return values.map((id) => ({ id, name: `enums.${enumName}.${id}` }));
}

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    alwaysOn
    choices={choices("PeriodStatus", ["UPCOMING", "OPEN", "CLOSED"])}
  />,
  <SelectInput key="kind" source="kind" choices={choices("PeriodKind", ["MONTH", "QUARTER", "HALF_YEAR", "YEAR"])} />,
];

/** CSV rows a reader understands: labels and dd/MM/yyyy dates, no IDs. */
function periodExporter(translate: TranslateFunction): Exporter<ReportingPeriodRecord> {
  const field = (name: string) => translate(`resources.reportingPeriods.fields.${name}`);
  return (periods) => {
    const rows = periods.map((p) => [
      p.plan.number ?? p.plan.title,
      translate(`enums.PeriodKind.${p.kind}`),
      p.label,
      formatDate(p.startsOn, "vi"),
      formatDate(p.endsOn, "vi"),
      formatDate(p.dueOn, "vi"),
      translate(`enums.PeriodStatus.${p.status}`),
    ]);
    const header = ["plan", "kind", "label", "startsOn", "endsOn", "dueOn", "status"].map(field);
    downloadCSV([header, ...rows].map((row) => row.map(csvCell).join(",")).join("\n"), "ky-bao-cao");
  };
}

function csvCell(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

export default function PeriodList() {
  const translate = useTranslate();
  const locale = useFormatLocale();
  return (
    <List
      filters={filters}
      sort={{ field: "startsOn", order: "ASC" }}
      perPage={25}
      exporter={periodExporter(translate)}
      title={translate("resources.reportingPeriods.name", { smart_count: 2 })}
    >
      <DataTable sx={tableSx} rowClick="show" bulkActionButtons={false}>
        <Column
          source="plan.number"
          label="resources.reportingPeriods.fields.plan"
          render={(p) => p.plan.number ?? p.plan.title}
        />
        <Column source="kind" render={(p) => translate(`enums.PeriodKind.${p.kind}`)} />
        <Column source="label" />
        <Column
          source="startsOn"
          label="app.period.dates"
          render={(p) => `${formatDate(p.startsOn, locale)} – ${formatDate(p.endsOn, locale)}`}
          cellSx={() => ({ whiteSpace: "nowrap" })}
        />
        <Column source="dueOn" render={(p) => formatDate(p.dueOn, locale)} />
        <Column source="status" render={(p) => <PeriodStatusChip status={p.status} />} />
        <Column label=" " disableSort render={() => <PeriodStatusButton />} />
      </DataTable>
    </List>
  );
}
