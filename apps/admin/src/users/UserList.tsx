// The users (administrators only): username, name, roles, unit, last sign-in; search, filters
// by role, unit and status, and CSV export.
import { formatDateTime } from "@kehoach/domain";
import { DataTable, List, ReferenceInput, SearchInput, SelectInput, useTranslate } from "react-admin";
import type { UserRecord } from "../dataProvider/users.ts";
import { DateTimeField } from "../fields/DateTimeField.tsx";
import { useReadableExporter } from "../fields/readableExporter.ts";
import { tableSx } from "../layout/tableSx.ts";
import { useFormatLocale } from "../useFormatLocale.ts";
import { archivedChoices, roleChoices } from "./choices.ts";
import { RoleChips } from "./RoleChips.tsx";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" label="resources.users.fields.roles" choices={roleChoices} />,
  <ReferenceInput key="unitId" source="unitId" reference="units" sort={{ field: "name", order: "ASC" }}>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="archived" source="archived" choices={archivedChoices} alwaysOn />,
];

const Column = DataTable.Col<UserRecord>;

export default function UserList() {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const exporter = useReadableExporter<UserRecord>([
    ["resources.users.fields.username", (user) => user.username],
    ["resources.users.fields.displayName", (user) => user.displayName],
    ["resources.users.fields.title", (user) => user.title ?? ""],
    ["resources.users.fields.roles", (user) => user.roles.map((role) => translate(`enums.Role.${role}`)).join("; ")],
    ["resources.users.fields.unitId", (user) => user.unit?.name ?? ""],
    [
      "resources.users.fields.lastLoginAt",
      (user) => (user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale) : ""),
    ],
    [
      "resources.users.fields.archived",
      (user) => translate(`resources.users.status.${user.archived ? "archived" : "active"}`),
    ],
  ]);
  return (
    <List
      filters={filters}
      filterDefaultValues={{ archived: false }}
      sort={{ field: "username", order: "ASC" }}
      exporter={exporter}
      title={translate("resources.users.name", { smart_count: 2 })}
    >
      <DataTable sx={tableSx} rowClick="show" bulkActionButtons={false}>
        <Column source="username" cellSx={() => ({ whiteSpace: "nowrap" })} />
        <Column source="displayName" />
        <Column source="roles" disableSort render={() => <RoleChips />} />
        <Column source="unit.name" label="resources.users.fields.unitId" render={(user) => user.unit?.name ?? "—"} />
        <Column
          source="lastLoginAt"
          field={(props) => <DateTimeField {...props} source="lastLoginAt" emptyText="resources.users.never" />}
        />
      </DataTable>
    </List>
  );
}
