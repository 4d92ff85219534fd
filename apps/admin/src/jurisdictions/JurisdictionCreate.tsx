// Adding a ward (or opening the accounts of one already in the official list) with its first
// administrator: a city's administrators. Afterwards the notice says how that administrator signs in.
import {
  Create,
  email,
  maxLength,
  PasswordInput,
  type RaRecord,
  regex,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useNotify,
  useRedirect,
  useTranslate,
} from "react-admin";

const KINDS = ["WARD", "COMMUNE", "SPECIAL_ZONE"] as const;

export default function JurisdictionCreate() {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const kindChoices = KINDS.map((id) => ({ id, name: translate(`enums.JurisdictionKind.${id}`) }));
  return (
    <Create
      mutationOptions={{
        onSuccess: (record: RaRecord) => {
          const data = record as RaRecord & { name: string; code: string; administratorUsername: string };
          notify("resources.jurisdictions.created", {
            type: "success",
            messageArgs: { name: data.name, login: `${data.administratorUsername}@${data.code}` },
            autoHideDuration: 10_000,
          });
          redirect("list", "jurisdictions");
        },
      }}
    >
      <SimpleForm defaultValues={{ kind: "WARD" }}>
        <TextInput
          source="code"
          validate={[required(), regex(/^\d{5}$/, "resources.jurisdictions.validation.code")]}
          helperText="resources.jurisdictions.helper.code"
        />
        <TextInput source="name" validate={[required(), maxLength(200)]} />
        <SelectInput source="kind" choices={kindChoices} validate={required()} />
        <TextInput
          source="administrator.username"
          validate={[
            required(),
            regex(/^[a-zA-Z0-9][a-zA-Z0-9._-]{2,49}$/, "resources.users.validation.username_format"),
          ]}
        />
        <TextInput source="administrator.displayName" validate={[required(), maxLength(200)]} />
        <TextInput source="administrator.email" validate={email()} />
        <TextInput source="administrator.phone" />
        <PasswordInput
          source="administrator.password"
          validate={required()}
          helperText="resources.jurisdictions.helper.password"
        />
      </SimpleForm>
    </Create>
  );
}
