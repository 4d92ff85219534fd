// The progress reports the viewer may read: period, unit, status, dates; filtered by period, unit
// and status, searchable, sortable, exported as readable CSV. On a small screen each report is a
// card: unit, period and status, when it was submitted.
import { formatDateTime } from "@kehoach/domain";
import { Box } from "@mui/material";
import {
  DataTable,
  downloadCSV,
  type Exporter,
  List,
  ReferenceInput,
  SearchInput,
  SelectInput,
  SimpleList,
  type TranslateFunction,
  useTranslate,
} from "react-admin";
import type { ReportRecord } from "../dataProvider/progressReports.ts";
import { SelectionFilter } from "../fields/SelectionFilter.tsx";
import { tableSx } from "../layout/tableSx.ts";
import { useSmallScreen } from "../layout/useSmallScreen.ts";
import { useFormatLocale } from "../useFormatLocale.ts";
import { ReportStatusChip } from "./ReportStatusChip.tsx";
import { REPORT_STATUSES } from "./reportStatuses.ts";

const Column = DataTable.Col<ReportRecord>;

const filters = [
  <SelectionFilter key="id" source="id" alwaysOn />,
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput
    key="periodId"
    source="periodId"
    reference="reportingPeriods"
    sort={{ field: "startsOn", order: "DESC" }}
    perPage={100}
    alwaysOn
  >
    <SelectInput optionText="label" label="resources.progressReports.fields.period" />
  </ReferenceInput>,
  <ReferenceInput key="unitId" source="unitId" reference="units" sort={{ field: "name", order: "ASC" }} perPage={200}>
    <SelectInput optionText="name" label="resources.progressReports.fields.unit" />
  </ReferenceInput>,
  <SelectInput
    key="status"
    source="status"
    alwaysOn
    choices={REPORT_STATUSES.map((id) => ({ id, name: `enums.ReportStatus.${id}` }))}
  />,
];

/** CSV rows a reader understands: names, labels and dd/MM/yyyy HH:mm times, no IDs. */
function reportExporter(translate: TranslateFunction): Exporter<ReportRecord> {
  const field = (name: string) => translate(`resources.progressReports.fields.${name}`);
  const time = (value: string | null) => (value ? formatDateTime(value, "vi") : "");
  return (reports) => {
    const header = ["period", "unit", "status", "submittedAt", "reviewedAt", "returnReason", "summary"].map(field);
    const rows = reports.map((r) => [
      r.period.label,
      r.unit.name,
      translate(`enums.ReportStatus.${r.status}`),
      time(r.submittedAt),
      time(r.reviewedAt),
      r.returnReason ?? "",
      r.summary ?? "",
    ]);
    const csv = [header, ...rows].map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(","));
    downloadCSV(csv.join("\n"), "bao-cao-tien-do");
  };
}

function ReportCards() {
  const translate = useTranslate();
  const locale = useFormatLocale();
  return (
    <SimpleList<ReportRecord>
      rowClick="show"
      primaryText={(r) => r.unit.name}
      secondaryText={(r) => (
        <Box
          component="span"
          sx={{ display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: 1.5, rowGap: 0.5 }}
        >
          <span>{r.period.label}</span>
          <ReportStatusChip status={r.status} />
          {r.submittedAt ? (
            <span>
              {translate("resources.progressReports.fields.submittedAt")}: {formatDateTime(r.submittedAt, locale)}
            </span>
          ) : null}
        </Box>
      )}
    />
  );
}

export default function ReportList() {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const small = useSmallScreen();
  const time = (value: string | null) => (value ? formatDateTime(value, locale) : "—");
  return (
    <List
      filters={filters}
      sort={{ field: "period.startsOn", order: "DESC" }}
      perPage={25}
      exporter={reportExporter(translate)}
      title={translate("resources.progressReports.name", { smart_count: 2 })}
    >
      {small ? (
        <ReportCards />
      ) : (
        <DataTable sx={tableSx} rowClick="show" bulkActionButtons={false}>
          <Column
            source="period.startsOn"
            label="resources.progressReports.fields.period"
            render={(r) => r.period.label}
          />
          <Column source="unit.name" label="resources.progressReports.fields.unit" cellSx={() => ({ minWidth: 240 })} />
          <Column source="status" render={(r) => <ReportStatusChip status={r.status} />} />
          <Column source="submittedAt" render={(r) => time(r.submittedAt)} />
          <Column source="reviewedAt" render={(r) => time(r.reviewedAt)} />
          <Column source="updatedAt" render={(r) => time(r.updatedAt)} />
        </DataTable>
      )}
    </List>
  );
}
