// An indicator as the office edits it: number and code, name, group and area of the plan, the
// plan's words, the year it applies from, a note, and its targets.
import {
  FormDataConsumer,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from "react-admin";
import { AreaInput } from "../fields/AreaInput.tsx";
import { usePlanAreas } from "../fields/usePlanAreas.ts";
import { TargetsInput } from "./TargetsInput.tsx";

function GroupInput({ planId }: { planId?: string }) {
  const { groups, isPending } = usePlanAreas(planId);
  const choices = groups.map((group) => ({ id: group.id, name: `${group.code}) ${group.title}` }));
  return <SelectInput source="groupId" choices={choices} isPending={isPending} validate={required()} />;
}

export function IndicatorForm({ creating = false }: { creating?: boolean }) {
  return (
    <SimpleForm defaultValues={creating ? { targets: [] } : undefined}>
      {creating && (
        <ReferenceInput source="planId" reference="plans">
          <SelectInput optionText="title" validate={required()} fullWidth />
        </ReferenceInput>
      )}
      <NumberInput source="number" min={1} step={1} />
      <TextInput source="code" validate={required()} />
      <TextInput source="name" validate={required()} fullWidth />
      <FormDataConsumer<{ planId?: string }>>
        {({ formData }) => (
          <>
            <GroupInput planId={formData.planId || undefined} />
            <AreaInput source="areaId" planId={formData.planId || undefined} />
          </>
        )}
      </FormDataConsumer>
      <TextInput source="sourceText" multiline fullWidth />
      <NumberInput source="applicableFromYear" min={2000} max={2100} step={1} />
      <TextInput source="note" multiline fullWidth />
      <TargetsInput />
    </SimpleForm>
  );
}
