// Adding a ward (or opening the accounts of one already in the official list) with its first
// administrator: a city's administrators. Inputs are named like the API's input fields, so its field
// errors land under them. Afterwards the notice says how that administrator signs in.
import { childKindsOf, PASSWORD_MIN_LENGTH } from "@kehoach/domain";
import {
  Create,
  email,
  maxLength,
  PasswordInput,
  regex,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useNotify,
  usePermissions,
  useRedirect,
  useTranslate,
} from "react-admin";
import type { Permissions } from "../auth/permissions.ts";
import type { CreatedJurisdiction } from "../dataProvider/jurisdictions.ts";
import { enumChoices } from "../fields/enumChoices.ts";
import { validateDisplayName, validatePassword, validateUsername } from "../users/validators.ts";

const validateCode = [
  required("resources.jurisdictions.validation.code_required"),
  regex(/^\d{5}$/, "resources.jurisdictions.validation.code"),
];
const validateName = [required("resources.jurisdictions.validation.name_required"), maxLength(200)];

export default function JurisdictionCreate() {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const { permissions, isPending } = usePermissions<Permissions>();
  // The kinds that belong under the user's city or province (the domain's rule, as the API checks it).
  const kindChoices = permissions ? enumChoices("JurisdictionKind", childKindsOf(permissions.jurisdictionKind)) : [];
  return (
    <Create
      mutationOptions={{
        onSuccess: (created: CreatedJurisdiction) => {
          notify("resources.jurisdictions.created", {
            type: "success",
            messageArgs: {
              name: created.name,
              username: created.administratorUsername,
              login: `${created.administratorUsername}@${created.code}`,
            },
            // Long enough to note the sign-in name down.
            autoHideDuration: 10_000,
          });
          redirect("list", "jurisdictions");
        },
      }}
    >
      <SimpleForm defaultValues={{ kind: "WARD" }} sx={{ maxWidth: 760 }}>
        <TextInput
          source="code"
          validate={validateCode}
          slotProps={{ htmlInput: { inputMode: "numeric" } }}
          autoComplete="off"
          helperText="resources.jurisdictions.helper.code"
        />
        <TextInput source="name" validate={validateName} fullWidth />
        <SelectInput source="kind" choices={kindChoices} isPending={isPending} validate={required()} />
        <TextInput source="administrator.username" validate={validateUsername} autoComplete="off" />
        <TextInput source="administrator.displayName" validate={validateDisplayName} fullWidth />
        <TextInput source="administrator.email" type="email" validate={email()} />
        <TextInput source="administrator.phone" type="tel" />
        <PasswordInput
          source="administrator.password"
          validate={validatePassword}
          autoComplete="new-password"
          helperText={translate("resources.jurisdictions.helper.password", { min: PASSWORD_MIN_LENGTH })}
        />
      </SimpleForm>
    </Create>
  );
}
