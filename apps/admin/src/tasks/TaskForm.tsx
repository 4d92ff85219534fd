// A task as the office edits it: its place in the plan (code, section, kind, area), its text,
// deadline and recurrence, status and % done, and its expected outputs.
import {
  ArrayInput,
  FormDataConsumer,
  maxValue,
  minValue,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
} from "react-admin";
import { AreaInput } from "../fields/AreaInput.tsx";
import { DateTextInput } from "../fields/DateTextInput.tsx";
import { outputKindChoices, taskKindChoices, taskRecurrenceChoices, taskStatusChoices } from "./choices.ts";

/** The areas of the plan chosen in the form (of the task's plan when editing). */
function PlanAreaInput() {
  return (
    <FormDataConsumer<{ planId?: string }>>
      {({ formData }) => <AreaInput source="areaId" planId={formData.planId || undefined} validate={required()} />}
    </FormDataConsumer>
  );
}

export function TaskFields({ creating = false }: { creating?: boolean }) {
  return (
    <>
      {creating && (
        <ReferenceInput source="planId" reference="plans">
          <SelectInput optionText="title" validate={required()} fullWidth />
        </ReferenceInput>
      )}
      <TextInput source="code" validate={required()} />
      <TextInput source="section" validate={required()} />
      <SelectInput source="kind" choices={taskKindChoices} validate={required()} />
      <PlanAreaInput />
      <TextInput source="title" validate={required()} multiline fullWidth />
      <TextInput source="content" validate={required()} multiline fullWidth minRows={3} />
      <DateTextInput source="deadline" />
      <SelectInput source="recurrence" choices={taskRecurrenceChoices} />
      {!creating && <SelectInput source="status" choices={taskStatusChoices} validate={required()} />}
      {!creating && (
        <NumberInput source="percentDone" min={0} max={100} step={5} validate={[minValue(0), maxValue(100)]} />
      )}
      <ArrayInput source="outputs">
        <SimpleFormIterator inline>
          <SelectInput source="kind" label="app.output.kind" choices={outputKindChoices} validate={required()} />
          <TextInput source="title" label="app.output.title" validate={required()} sx={{ minWidth: 320 }} />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
}

export function TaskForm({ creating = false }: { creating?: boolean }) {
  return (
    <SimpleForm defaultValues={creating ? { recurrence: "ONCE", outputs: [] } : undefined}>
      <TaskFields creating={creating} />
    </SimpleForm>
  );
}
