// Editing a user (administrators); "Ngừng sử dụng" archives the account and signs it out.
import { Edit, SaveButton, Toolbar, TopToolbar, useRecordContext } from "react-admin";
import type { UserRecord } from "../dataProvider/users.ts";
import { ArchiveButton } from "../fields/ArchiveButton.tsx";
import { SetPasswordButton } from "./SetPasswordButton.tsx";
import { UserForm } from "./UserForm.tsx";

function UserToolbar() {
  const user = useRecordContext<UserRecord>();
  return (
    <Toolbar sx={{ justifyContent: "space-between", gap: 1 }}>
      <SaveButton />
      {user && !user.archived ? (
        <ArchiveButton
          representation={(record) => String(record.displayName)}
          label="resources.users.archive"
          titleKey="resources.users.archive_title"
          contentKey="resources.users.archive_content"
          doneKey="resources.users.archive_done"
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
