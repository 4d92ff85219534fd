// An indicator as the office edits it: number and code, name, group and area of the plan, the
// plan's words, the year it applies from, a note, and its targets. A new one may be a component of
// a main indicator of the same plan.
import {
  FormDataConsumer,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from "react-admin";
import type { IndicatorRecord } from "../dataProvider/index.ts";
import { AreaInput } from "../fields/AreaInput.tsx";
import { usePlanAreas } from "../fields/usePlanAreas.ts";
import { indicatorNumber } from "./indicatorNumber.ts";
import { TargetsInput } from "./TargetsInput.tsx";

const parentText = (indicator: IndicatorRecord) => `${indicatorNumber(indicator)} ${indicator.name}`;

/** The main indicators of the plan (the list holds only those); empty for a main indicator. */
function ParentInput({ planId }: { planId?: string }) {
  return (
    <ReferenceInput source="parentId" reference="indicators" filter={planId ? { planId } : {}} perPage={200}>
      <SelectInput optionText={parentText} emptyText="resources.indicators.no_parent" disabled={!planId} fullWidth />
    </ReferenceInput>
  );
}

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
            {creating && <ParentInput planId={formData.planId || undefined} />}
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
