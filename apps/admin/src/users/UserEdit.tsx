// Editing a user (administrators); "Ngừng sử dụng" archives the account and signs it out.
import { DeleteButton, Edit, SaveButton, Toolbar, TopToolbar, useRecordContext, useTranslate } from "react-admin";
import type { UserRecord } from "../dataProvider/users.ts";
import { SetPasswordButton } from "./SetPasswordButton.tsx";
import { UserForm } from "./UserForm.tsx";

function UserToolbar() {
  const user = useRecordContext<UserRecord>();
  const translate = useTranslate();
  return (
    <Toolbar sx={{ justifyContent: "space-between", gap: 1 }}>
      <SaveButton />
      {user && !user.archived ? (
        <DeleteButton
          label="resources.users.archive"
          mutationMode="pessimistic"
          confirmTitle={translate("resources.users.archive_title", { name: user.displayName })}
          confirmContent="resources.users.archive_content"
        />
      ) : null}
    </Toolbar>
  );
}

export default function UserEdit() {
  // Pessimistic: a refused write (stale version) must not look saved.
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      actions={
        <TopToolbar>
          <SetPasswordButton />
        </TopToolbar>
      }
    >
      <UserForm toolbar={<UserToolbar />} />
    </Edit>
  );
}
