// The plans: number, title, year, issuer, status and publication; filters, search, CSV export, and
// for the office the buttons to create a plan or import one from its document.
import {
  Button,
  CreateButton,
  DataTable,
  ExportButton,
  FilterButton,
  List,
  NumberField,
  SearchInput,
  SelectInput,
  TopToolbar,
  useTranslate,
} from "react-admin";
import { Link } from "react-router-dom";
import type { PlanRecord } from "../dataProvider/index.ts";
import { EnumField } from "../fields/EnumField.tsx";
import { enumChoices } from "../fields/enumChoices.ts";
import { LocaleDateField } from "../fields/LocaleDateField.tsx";
import { useCanEditPlan } from "../fields/useCanEditPlan.ts";
import { tableSx } from "../layout/tableSx.ts";
import { PLAN_IMPORT_PATH, PlanImportIcon } from "../planImport/index.tsx";
import { useFormatLocale } from "../useFormatLocale.ts";
import { exportPlans } from "./planExporter.ts";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices("PlanStatus", ["DRAFT", "ACTIVE", "ARCHIVED"])} />,
];

const Column = DataTable.Col<PlanRecord>;

function PlanListActions() {
  const canEdit = useCanEditPlan();
  return (
    <TopToolbar>
      <FilterButton />
      {canEdit ? <CreateButton /> : null}
      {canEdit ? (
        <Button component={Link} to={PLAN_IMPORT_PATH} label="app.plan_import.open">
          <PlanImportIcon />
        </Button>
      ) : null}
      <ExportButton />
    </TopToolbar>
  );
}

export default function PlanList() {
  const translate = useTranslate();
  const locale = useFormatLocale();
  return (
    <List
      filters={filters}
      actions={<PlanListActions />}
      sort={{ field: "year", order: "DESC" }}
      exporter={(plans: PlanRecord[]) => exportPlans(plans, translate, locale)}
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
        <Column source="publishedAt" field={LocaleDateField} />
      </DataTable>
    </List>
  );
}
