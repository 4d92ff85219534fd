// The user form of the create and edit screens: identity, contact, work unit, roles and, for a
// leader, the areas in charge. Inputs are named like the API's input fields, so its field
// errors land under them; the rules the API checks first are checked here too, in Vietnamese.
import { PASSWORD_MIN_LENGTH } from "@kehoach/domain";
import { Alert } from "@mui/material";
import type { ReactElement } from "react";
import {
  CheckboxGroupInput,
  email,
  FormDataConsumer,
  PasswordInput,
  ReferenceInput,
  required,
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  TextInput,
  useTranslate,
} from "react-admin";
import type { UserFormData } from "../dataProvider/users.ts";
import { roleChoices, UNIT_ROLES } from "./choices.ts";
import { useAreaChoices } from "./useAreaChoices.ts";
import { validateDisplayName, validatePassword, validateUsername } from "./validators.ts";

const validateRoles = required("resources.users.validation.roles_required");

/** A unit role needs a work unit (its grant is for that unit). Input-level, as react-admin
 * does not combine a form-level validator with the inputs' own. */
function validateUnit(unitId: unknown, values: UserFormData): string | undefined {
  const needsUnit = (values.roles ?? []).some((role) => UNIT_ROLES.includes(role));
  return needsUnit && !unitId ? "resources.users.validation.unit_required" : undefined;
}

function AreasInput() {
  const { choices, loading, error } = useAreaChoices();
  const translate = useTranslate();
  if (error) return <Alert severity="error">{translate("ra.notification.http_error")}</Alert>;
  return (
    <SelectArrayInput
      source="areaIds"
      choices={choices}
      isPending={loading}
      translateChoice={false}
      helperText="resources.users.areas_help"
    />
  );
}

export function UserForm({ isCreate = false, toolbar }: { isCreate?: boolean; toolbar?: ReactElement }) {
  const translate = useTranslate();
  return (
    <SimpleForm toolbar={toolbar} sx={{ maxWidth: 760 }}>
      <TextInput source="username" validate={validateUsername} disabled={!isCreate} autoComplete="off" />
      <TextInput source="displayName" validate={validateDisplayName} fullWidth />
      <TextInput source="title" fullWidth />
      <TextInput source="email" type="email" validate={email()} />
      <TextInput source="phone" type="tel" />
      {isCreate ? (
        <PasswordInput
          source="password"
          validate={validatePassword}
          autoComplete="new-password"
          helperText={translate("resources.users.password_help", { min: PASSWORD_MIN_LENGTH })}
        />
      ) : null}
      <ReferenceInput
        source="unitId"
        reference="units"
        filter={{ archived: false }}
        sort={{ field: "name", order: "ASC" }}
      >
        <SelectInput optionText="name" emptyText="—" helperText="resources.users.unit_help" validate={validateUnit} />
      </ReferenceInput>
      <CheckboxGroupInput source="roles" choices={roleChoices} validate={validateRoles} row={false} />
      <FormDataConsumer<UserFormData>>
        {({ formData }) => (formData.roles?.includes("LEADER") ? <AreasInput /> : null)}
      </FormDataConsumer>
    </SimpleForm>
  );
}
