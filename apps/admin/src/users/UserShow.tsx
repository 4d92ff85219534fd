// One user: identity, contact, unit, roles with their unit or areas, last sign-in.
import { Typography } from "@mui/material";
import {
  EditButton,
  FunctionField,
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from "react-admin";
import type { UserRecord } from "../dataProvider/users.ts";
import { DateTimeField } from "../fields/DateTimeField.tsx";
import { useFormatLocale } from "../useFormatLocale.ts";
import { RoleChips } from "./RoleChips.tsx";
import { SetPasswordButton } from "./SetPasswordButton.tsx";

function GrantsField() {
  const user = useRecordContext<UserRecord>();
  const translate = useTranslate();
  const locale = useFormatLocale();
  if (!user) return null;
  return (
    <>
      {user.grants.map((grant) => {
        const scope =
          grant.role === "LEADER"
            ? grant.areas.length
              ? grant.areas.map((area) => (locale === "en" ? area.nameEn : area.name)).join(", ")
              : translate("resources.users.all_areas")
            : (grant.unit?.name ?? "");
        return (
          <Typography key={grant.id} variant="body2">
            {translate(`enums.Role.${grant.role}`)}
            {scope ? ` — ${scope}` : ""}
          </Typography>
        );
      })}
    </>
  );
}

function UserActions() {
  return (
    <TopToolbar>
      <SetPasswordButton />
      <EditButton />
    </TopToolbar>
  );
}

export default function UserShow() {
  const translate = useTranslate();
  return (
    <Show actions={<UserActions />}>
      <SimpleShowLayout>
        <TextField source="username" />
        <TextField source="displayName" />
        <TextField source="title" emptyText="—" />
        <TextField source="email" emptyText="—" />
        <TextField source="phone" emptyText="—" />
        <TextField source="unit.name" label="resources.users.fields.unitId" emptyText="—" />
        <Labeled label="resources.users.fields.roles">
          <RoleChips />
        </Labeled>
        <Labeled label="resources.users.fields.grants">
          <GrantsField />
        </Labeled>
        <DateTimeField source="lastLoginAt" emptyText="resources.users.never" />
        <FunctionField<UserRecord>
          source="archived"
          render={(user) => translate(`resources.users.status.${user.archived ? "archived" : "active"}`)}
        />
      </SimpleShowLayout>
    </Show>
  );
}
