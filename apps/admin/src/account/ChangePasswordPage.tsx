// "Đổi mật khẩu": a signed-in user changes its own password, proving the current one. The form
// checks the new password with the domain's password rule (the API's too) and that it was typed
// the same twice; the API's refusals show under the field they are about.
import { passwordWeakness } from "@kehoach/domain";
import { Card, CardContent, Typography } from "@mui/material";
import {
  PasswordInput,
  required,
  SaveButton,
  SimpleForm,
  Title,
  Toolbar,
  useNotify,
  useRedirect,
  useTranslate,
  type Validator,
} from "react-admin";
import type { GraphqlClient } from "../dataProvider/types.ts";
import { changeOwnPassword, PASSWORD_RULE_ARGS } from "./changeOwnPassword.ts";

interface PasswordForm {
  currentPassword?: string;
  newPassword?: string;
  confirmPassword?: string;
}

const followsPasswordRule: Validator = (value: string | undefined, values: PasswordForm) => {
  const weakness = value ? passwordWeakness(value, values.currentPassword) : null;
  return weakness ? { message: `app.account.validation.${weakness}`, args: PASSWORD_RULE_ARGS } : undefined;
};

const matchesNewPassword: Validator = (value: string | undefined, values: PasswordForm) =>
  value && value !== values.newPassword ? "app.account.validation.mismatch" : undefined;

const validateCurrent = [required("app.account.validation.current_required")];
const validateNew = [required("app.account.validation.new_required"), followsPasswordRule];
const validateConfirm = [required("app.account.validation.confirm_required"), matchesNewPassword];

export function ChangePasswordPage({ client }: { client: GraphqlClient }) {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();

  const submit = async (values: PasswordForm) => {
    try {
      const outcome = await changeOwnPassword(client, {
        currentPassword: values.currentPassword ?? "",
        newPassword: values.newPassword ?? "",
      });
      if (outcome.kind === "changed") {
        notify("app.account.changed", { type: "success", messageArgs: { smart_count: outcome.otherSessionsEnded } });
        redirect("/");
        return undefined;
      }
      if (outcome.message) notify(outcome.message.key, { type: "error", messageArgs: outcome.message.args });
      return Object.fromEntries(
        Object.entries(outcome.fields).map(([field, message]) => [field, translate(message.key, message.args)]),
      );
    } catch (error) {
      notify((error as Error).message, { type: "error" });
      return undefined;
    }
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 560 }}>
      <Title title="app.account.change_password" />
      <CardContent sx={{ pb: 0 }}>
        <Typography variant="body2" color="text.secondary">
          {translate("app.account.intro")}
        </Typography>
      </CardContent>
      <SimpleForm
        onSubmit={submit}
        record={{}}
        toolbar={
          <Toolbar>
            <SaveButton label="app.account.change_password" alwaysEnable />
          </Toolbar>
        }
      >
        <PasswordInput
          source="currentPassword"
          label="app.account.fields.currentPassword"
          validate={validateCurrent}
          autoComplete="current-password"
          fullWidth
        />
        <PasswordInput
          source="newPassword"
          label="app.account.fields.newPassword"
          validate={validateNew}
          autoComplete="new-password"
          helperText={translate("app.account.new_password_help", PASSWORD_RULE_ARGS)}
          fullWidth
        />
        <PasswordInput
          source="confirmPassword"
          label="app.account.fields.confirmPassword"
          validate={validateConfirm}
          autoComplete="new-password"
          fullWidth
        />
      </SimpleForm>
    </Card>
  );
}
