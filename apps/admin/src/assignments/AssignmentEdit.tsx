// Editing an assignment (ADMIN, OFFICE): lead unit, cooperating units in order, leader in
// charge. Saving it also confirms it (the API's rule).
import { Alert } from "@mui/material";
import {
  AutocompleteArrayInput,
  Edit,
  Labeled,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from "react-admin";
import type { AssignmentRecord } from "../dataProvider/assignments.ts";
import { ConfirmAssignmentButton } from "./ConfirmButtons.tsx";
import { useLeaderChoices } from "./useLeaderChoices.ts";

const activeUnits = { archived: false };
const byName = { field: "name", order: "ASC" } as const;

function LeaderInput() {
  const assignment = useRecordContext<AssignmentRecord>();
  const translate = useTranslate();
  const { choices, isPending, error } = useLeaderChoices(assignment?.planId);
  if (error) return <Alert severity="error">{translate("ra.notification.http_error")}</Alert>;
  return (
    <SelectInput
      source="leaderId"
      choices={choices}
      isPending={isPending}
      translateChoice={false}
      emptyText="resources.assignments.no_leader"
    />
  );
}

function InferredNotice() {
  const assignment = useRecordContext<AssignmentRecord>();
  const translate = useTranslate();
  if (!assignment?.inferred) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      {translate("resources.assignments.inferred_help")}
      {assignment.inferenceNote ? ` ${assignment.inferenceNote}` : ""}
    </Alert>
  );
}

export default function AssignmentEdit() {
  // Pessimistic: a refused write (stale version) must not look saved.
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      actions={
        <TopToolbar>
          <ConfirmAssignmentButton />
        </TopToolbar>
      }
    >
      <SimpleForm sx={{ maxWidth: 760 }}>
        <InferredNotice />
        <Labeled label="resources.assignments.fields.itemLabel">
          <TextField source="itemLabel" />
        </Labeled>
        <ReferenceInput source="leadUnitId" reference="units" filter={activeUnits} sort={byName}>
          <SelectInput optionText="name" validate={required()} />
        </ReferenceInput>
        <ReferenceArrayInput
          source="cooperatingUnitIds"
          reference="units"
          filter={activeUnits}
          sort={byName}
          perPage={200}
        >
          <AutocompleteArrayInput optionText="name" helperText="resources.assignments.cooperating_help" fullWidth />
        </ReferenceArrayInput>
        <LeaderInput />
      </SimpleForm>
    </Edit>
  );
}
