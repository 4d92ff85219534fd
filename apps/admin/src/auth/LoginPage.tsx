// react-admin's sign-in page, with a hint under the username: usernames are each ward's own, so
// someone whose username another ward also has can name their ward by its code (admin@10537).
import { Login, LoginForm, PasswordInput, required, TextInput, useTranslate } from "react-admin";

export function LoginPage() {
  const translate = useTranslate();
  return (
    <Login>
      <LoginForm>
        <TextInput
          autoFocus
          source="username"
          label={translate("ra.auth.username")}
          autoComplete="username"
          validate={required()}
          helperText="app.auth.username_hint"
        />
        <PasswordInput
          source="password"
          label={translate("ra.auth.password")}
          autoComplete="current-password"
          validate={required()}
        />
      </LoginForm>
    </Login>
  );
}
