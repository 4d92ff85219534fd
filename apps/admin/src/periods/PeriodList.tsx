// The reporting periods: plan, kind, label, data window (số liệu từ – đến), due day and status,
// filtered by kind (the months at first: a plan has 19 periods) and status; ADMIN and OFFICE open
// and close them from the list. On a phone each period is a card of its label, window, due day and
// status, opened to act on it.
import { formatDate } from "@kehoach/domain";
import { Box } from "@mui/material";
import {
  DataTable,
  downloadCSV,
  type Exporter,
  List,
  SearchInput,
  SelectInput,
  SimpleList,
  type TranslateFunction,
  useTranslate,
} from "react-admin";
import type { ReportingPeriodRecord } from "../dataProvider/reportingPeriods.ts";
import { tableSx } from "../layout/tableSx.ts";
import { useSmallScreen } from "../layout/useSmallScreen.ts";
import { useFormatLocale } from "../useFormatLocale.ts";
import { PeriodStatusButton } from "./PeriodStatusButton.tsx";
import { PeriodStatusChip } from "./PeriodStatusChip.tsx";

const Column = DataTable.Col<ReportingPeriodRecord>;

function choices(enumName: string, values: string[]) {
  return values.map((id) => ({ id, name: `enums.${enumName}.${id}` }));
}

/** The kinds of period in the order of the year's reports: Tháng, Quý, 6 tháng, 9 tháng, Năm. */
export const PERIOD_KINDS = ["MONTH", "QUARTER", "HALF_YEAR", "NINE_MONTHS", "YEAR"] as const;

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="kind"
    source="kind"
    alwaysOn
    emptyText="app.period.all_kinds"
    choices={choices("PeriodKind", [...PERIOD_KINDS])}
  />,
  <SelectInput
    key="status"
    source="status"
    alwaysOn
    choices={choices("PeriodStatus", ["UPCOMING", "OPEN", "CLOSED"])}
  />,
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

/** On a phone: one card a period — label and plan, data window and due day, status. */
function PeriodCards() {
  const translate = useTranslate();
  const locale = useFormatLocale();
  return (
    <SimpleList<ReportingPeriodRecord>
      rowClick="show"
      primaryText={(p) => p.label}
      secondaryText={(p) => (
        <Box component="span" sx={{ display: "flex", flexDirection: "column" }}>
          <span>
            {translate("app.period.card_window", {
              from: formatDate(p.startsOn, locale),
              to: formatDate(p.endsOn, locale),
            })}
          </span>
          <span>{translate("app.period.card_due", { due: formatDate(p.dueOn, locale) })}</span>
        </Box>
      )}
      tertiaryText={(p) => <PeriodStatusChip status={p.status} />}
    />
  );
}

export default function PeriodList() {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const small = useSmallScreen();
  return (
    <List
      filters={filters}
      filterDefaultValues={{ kind: "MONTH" }}
      sort={{ field: "startsOn", order: "ASC" }}
      perPage={25}
      exporter={periodExporter(translate)}
      title={translate("resources.reportingPeriods.name", { smart_count: 2 })}
    >
      {small ? (
        <PeriodCards />
      ) : (
        <DataTable sx={tableSx} rowClick="show" bulkActionButtons={false}>
          <Column
            source="plan.number"
            label="resources.reportingPeriods.fields.plan"
            render={(p) => p.plan.number ?? p.plan.title}
            cellSx={() => ({ whiteSpace: "nowrap" })}
          />
          <Column source="kind" render={(p) => translate(`enums.PeriodKind.${p.kind}`)} />
          <Column source="label" />
          <Column
            source="startsOn"
            label="app.period.window"
            render={(p) => `${formatDate(p.startsOn, locale)} – ${formatDate(p.endsOn, locale)}`}
            cellSx={() => ({ whiteSpace: "nowrap" })}
          />
          <Column
            source="dueOn"
            render={(p) => formatDate(p.dueOn, locale)}
            cellSx={() => ({ whiteSpace: "nowrap" })}
          />
          <Column source="status" render={(p) => <PeriodStatusChip status={p.status} />} />
          {/* "Khóa sổ" / "Mở kỳ" on one line, never squeezed onto two. */}
          <Column
            label=" "
            disableSort
            render={() => <PeriodStatusButton />}
            cellSx={() => ({ whiteSpace: "nowrap", width: "1%" })}
          />
        </DataTable>
      )}
    </List>
  );
}
