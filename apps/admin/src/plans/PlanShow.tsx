// One plan: title, number, theme, general objective, purposes, requirements, legal bases and
// signer, publication; the office's actions (edit, publish, archive); its indicators and tasks in the other tabs.
import { Typography } from "@mui/material";
import {
  ArrayField,
  DataTable,
  FunctionField,
  Pagination,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
  useTranslate,
} from "react-admin";
import type { IndicatorRecord, TaskRecord, WholePlanRecord } from "../dataProvider/index.ts";
import { AreaField } from "../fields/AreaField.tsx";
import { EnumField } from "../fields/EnumField.tsx";
import { LocaleDateField } from "../fields/LocaleDateField.tsx";
import { TextListField } from "../fields/TextListField.tsx";
import { indicatorNumber } from "../indicators/indicatorNumber.ts";
import { tableSx } from "../layout/tableSx.ts";
import { WholeRecord } from "../layout/WholeRecord.tsx";
import { TargetsField } from "../targets/TargetsField.tsx";
import { PlanShowActions } from "./PlanShowActions.tsx";

function Signer({ plan }: { plan: WholePlanRecord }) {
  if (!plan.signerName && !plan.signerTitle) return null;
  return (
    <>
      {plan.signerTitle && (
        <Typography variant="body2" sx={{ textTransform: "uppercase", fontWeight: 500 }}>
          {plan.signerTitle}
        </Typography>
      )}
      {plan.signerName && <Typography variant="body2">{plan.signerName}</Typography>}
    </>
  );
}

function NotPublished() {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate("app.plan.not_published")}
    </Typography>
  );
}

const documentColumns = [
  <DataTable.Col
    key="number"
    source="number"
    label="resources.documents.fields.number"
    cellSx={() => ({ whiteSpace: "nowrap" })}
  />,
  <DataTable.Col
    key="issuedOn"
    source="issuedOn"
    label="resources.documents.fields.issuedOn"
    field={LocaleDateField}
    cellSx={() => ({ whiteSpace: "nowrap" })}
  />,
  <DataTable.Col key="issuer" source="issuer" label="resources.documents.fields.issuer" />,
  <DataTable.Col key="title" source="title" label="resources.documents.fields.title" />,
];

export default function PlanShow() {
  return (
    <Show actions={<PlanShowActions />}>
      <WholeRecord>
        <TabbedShowLayout>
          <TabbedShowLayout.Tab label="app.plan.tab_general">
            <TextField source="title" variant="h6" />
            <TextField source="number" emptyText="—" />
            <TextField source="placeAndDate" emptyText="—" />
            <LocaleDateField source="issuedOn" emptyText="—" />
            <TextField source="issuer" />
            <EnumField source="status" enumName="PlanStatus" chip />
            <TextField source="theme" sx={{ fontStyle: "italic" }} />
            <TextField source="objective" />
            <TextListField source="purposes" />
            <TextListField source="requirements" />
            <ArrayField source="legalBases">
              <DataTable
                sx={tableSx}
                bulkActionButtons={false}
                size="small"
                rowClick={false}
                sort={{ field: "", order: "ASC" }}
              >
                {documentColumns}
              </DataTable>
            </ArrayField>
            <FunctionField<WholePlanRecord>
              source="parentDocument"
              render={(plan) =>
                plan.parentDocument ? (
                  <Typography variant="body2">
                    {plan.parentDocument.shortName ?? plan.parentDocument.number} — {plan.parentDocument.title}
                  </Typography>
                ) : null
              }
            />
            <FunctionField<WholePlanRecord> label="app.plan.signer" render={(plan) => <Signer plan={plan} />} />
            <FunctionField<WholePlanRecord>
              source="publishedAt"
              render={(plan) => (plan.publishedAt ? <LocaleDateField source="publishedAt" /> : <NotPublished />)}
            />
          </TabbedShowLayout.Tab>
          <TabbedShowLayout.Tab label="app.plan.tab_indicators" path="indicators">
            <ReferenceManyField
              reference="indicators"
              target="planId"
              sort={{ field: "number", order: "ASC" }}
              perPage={50}
              pagination={<Pagination rowsPerPageOptions={[50]} />}
            >
              <DataTable sx={tableSx} rowClick="show" bulkActionButtons={false} size="small">
                <DataTable.Col<IndicatorRecord> source="number" render={indicatorNumber} />
                <DataTable.Col source="name" />
                <DataTable.Col source="targets" disableSort render={() => <TargetsField />} />
              </DataTable>
            </ReferenceManyField>
          </TabbedShowLayout.Tab>
          <TabbedShowLayout.Tab label="app.plan.tab_tasks" path="tasks">
            <ReferenceManyField
              reference="tasks"
              target="planId"
              sort={{ field: "position", order: "ASC" }}
              perPage={25}
              pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
            >
              <DataTable<TaskRecord> sx={tableSx} rowClick="show" bulkActionButtons={false} size="small">
                <DataTable.Col source="code" cellSx={() => ({ whiteSpace: "nowrap" })} />
                <DataTable.Col source="title" />
                <DataTable.Col
                  source="kind"
                  field={(props) => <EnumField {...props} source="kind" enumName="TaskKind" />}
                />
                <DataTable.Col source="area.name" label="resources.tasks.fields.area" field={AreaField} />
              </DataTable>
            </ReferenceManyField>
          </TabbedShowLayout.Tab>
        </TabbedShowLayout>
      </WholeRecord>
    </Show>
  );
}
