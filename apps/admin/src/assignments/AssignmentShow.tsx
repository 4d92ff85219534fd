// One assignment: the indicator or task, lead and cooperating units, leader in charge, whether
// it is inferred (with the text it was inferred from) or who confirmed it and when.
import { Alert } from "@mui/material";
import {
  EditButton,
  FunctionField,
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  usePermissions,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { canEditPlan, type Permissions } from "../auth/permissions.ts";
import type { AssignmentRecord } from "../dataProvider/assignments.ts";
import { DateTimeField } from "../fields/DateTimeField.tsx";
import { leaderName } from "../fields/leaderName.ts";
import { ConfirmAssignmentButton } from "./ConfirmButtons.tsx";
import { InferredChip } from "./InferredChip.tsx";

function AssignmentActions() {
  const { permissions } = usePermissions<Permissions>();
  if (!canEditPlan(permissions)) return <TopToolbar />;
  return (
    <TopToolbar>
      <ConfirmAssignmentButton />
      <EditButton />
    </TopToolbar>
  );
}

function InferenceNote() {
  const assignment = useRecordContext<AssignmentRecord>();
  const translate = useTranslate();
  if (!assignment?.inferred) return null;
  return (
    <Alert severity="warning">
      {translate("resources.assignments.inferred_help")}
      {assignment.inferenceNote ? (
        <>
          <br />
          {translate("resources.assignments.fields.inferenceNote")}: {assignment.inferenceNote}
        </>
      ) : null}
    </Alert>
  );
}

export default function AssignmentShow() {
  const translate = useTranslate();
  return (
    <Show actions={<AssignmentActions />}>
      <SimpleShowLayout>
        <InferenceNote />
        <FunctionField<AssignmentRecord>
          source="itemKind"
          render={(a) => translate(`resources.assignments.item_kind.${a.itemKind}`)}
        />
        <TextField source="itemLabel" />
        <TextField source="plan.title" label="resources.assignments.fields.planId" />
        <TextField source="leadUnit.name" label="resources.assignments.fields.leadUnitId" />
        <FunctionField<AssignmentRecord>
          source="cooperatingUnitIds"
          render={(a) => a.cooperatingUnits.map((unit) => unit.name).join("; ") || "—"}
        />
        <FunctionField<AssignmentRecord>
          source="leaderId"
          render={(a) => (a.leader ? leaderName(a.leader) : translate("resources.assignments.no_leader"))}
        />
        <Labeled label="resources.assignments.fields.inferred">
          <InferredChip />
        </Labeled>
        <TextField source="confirmedBy.displayName" label="resources.assignments.fields.confirmedBy" emptyText="—" />
        <DateTimeField source="confirmedAt" emptyText="—" />
        <DateTimeField source="updatedAt" />
      </SimpleShowLayout>
    </Show>
  );
}
