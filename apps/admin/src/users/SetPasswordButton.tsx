// "Đặt mật khẩu": an administrator sets a new password for the user shown (setUserPassword);
// the user's other sessions are signed out by the API.
import { PASSWORD_MIN_LENGTH } from "@kehoach/domain";
import LockResetIcon from "@mui/icons-material/LockReset";
import { Dialog, DialogContent, DialogTitle } from "@mui/material";
import { useState } from "react";
import {
  Button,
  Form,
  PasswordInput,
  SaveButton,
  useNotify,
  useRecordContext,
  useTranslate,
  useUpdate,
} from "react-admin";
import { SET_PASSWORD, type UserRecord } from "../dataProvider/users.ts";
import { validatePassword } from "./validators.ts";

export function SetPasswordButton() {
  const user = useRecordContext<UserRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [update, { isPending }] = useUpdate();
  if (!user || user.archived) return null;

  const submit = (values: Record<string, unknown>) =>
    update(
      "users",
      { id: user.id, data: { newPassword: values.newPassword }, previousData: user, meta: { action: SET_PASSWORD } },
      {
        mutationMode: "pessimistic",
        onSuccess: () => {
          setOpen(false);
          notify("resources.users.password_set", { type: "success" });
        },
        onError: (error) => notify((error as Error).message, { type: "error" }),
      },
    );

  return (
    <>
      <Button label="resources.users.set_password" onClick={() => setOpen(true)}>
        <LockResetIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="set-password-title" fullWidth maxWidth="xs">
        <DialogTitle id="set-password-title">
          {translate("resources.users.set_password_title", { name: user.displayName })}
        </DialogTitle>
        <DialogContent>
          <Form onSubmit={submit} record={{}}>
            <PasswordInput
              source="newPassword"
              label="resources.users.fields.newPassword"
              validate={validatePassword}
              autoComplete="new-password"
              helperText={translate("resources.users.password_help", { min: PASSWORD_MIN_LENGTH })}
              fullWidth
              autoFocus
            />
            <SaveButton label="resources.users.set_password" disabled={isPending} alwaysEnable />
          </Form>
        </DialogContent>
      </Dialog>
    </>
  );
}
