// The unit form of the create and edit screens: names, code, kind, parent unit and duties (one
// text per duty). Inputs are named like the API's input fields, so its field errors land here.
import type { ReactElement } from "react";
import {
  ArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
} from "react-admin";
import { unitKindChoices } from "./choices.ts";

export function UnitForm({ toolbar }: { toolbar?: ReactElement }) {
  return (
    <SimpleForm toolbar={toolbar} sx={{ maxWidth: 760 }}>
      <TextInput source="name" validate={required("resources.units.validation.name_required")} fullWidth />
      <TextInput source="shortName" />
      <TextInput source="code" validate={required("resources.units.validation.code_required")} />
      <SelectInput
        source="kind"
        choices={unitKindChoices}
        validate={required("resources.units.validation.kind_required")}
      />
      {/* Archived units are not offered; the API refuses a unit as its own parent. */}
      <ReferenceInput
        source="parentId"
        reference="units"
        filter={{ archived: false }}
        sort={{ field: "name", order: "ASC" }}
      >
        <SelectInput optionText="name" emptyText="—" />
      </ReferenceInput>
      <ArrayInput source="duties">
        <SimpleFormIterator inline fullWidth>
          <TextInput source="" label="resources.units.duty" multiline fullWidth />
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  );
}
