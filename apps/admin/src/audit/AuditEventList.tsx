// The audit log (ADMIN, OFFICE), newest first: when, who, what was done and to which item.
// Filters: a text search (event, item, who), sign-ins hidden unless the switch is turned off,
// event, kind of item, date range, and (administrators, who may list users) who.

import { AUDIT_ENTITY_TYPES, AUDIT_EVENT_NAMES, AUDIT_EVENTS, formatDateTime } from "@kehoach/domain";
import {
  BooleanInput,
  DataTable,
  List,
  ReferenceInput,
  SearchInput,
  SelectInput,
  type SelectInputProps,
  useListContext,
  usePermissions,
  useTranslate,
} from "react-admin";
import { canAccess, type Permissions } from "../auth/permissions.ts";
import type { AuditEventRecord } from "../dataProvider/auditEvents.ts";
import { DateTextInput } from "../fields/DateTextInput.tsx";
import { DateTimeField } from "../fields/DateTimeField.tsx";
import { useReadableExporter } from "../fields/readableExporter.ts";
import { tableSx } from "../layout/tableSx.ts";
import { useFormatLocale } from "../useFormatLocale.ts";
import { eventLabel } from "./formatChange.ts";

const eventChoices = AUDIT_EVENT_NAMES.map((name) => ({
  id: name,
  name: `resources.auditEvents.events.${name}`,
  signIn: AUDIT_EVENTS[name].entityType === "Session",
}));
const entityTypeChoices = Object.keys(AUDIT_ENTITY_TYPES).map((type) => ({
  id: type,
  name: `resources.auditEvents.entities.${type}`,
  signIn: type === "Session",
}));

/** A select whose sign-in choices go while sign-ins are hidden: what cannot show is not offered. */
function WithoutHiddenSignIns({ choices, ...props }: SelectInputProps & { choices: { signIn: boolean }[] }) {
  const { filterValues } = useListContext();
  const hidden = filterValues.excludeSignIns === true;
  return <SelectInput {...props} choices={hidden ? choices.filter((choice) => !choice.signIn) : choices} />;
}

function useFilters() {
  const { permissions } = usePermissions<Permissions>();
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <BooleanInput key="excludeSignIns" source="excludeSignIns" alwaysOn />,
    <WithoutHiddenSignIns key="name" source="name" choices={eventChoices} alwaysOn />,
    <WithoutHiddenSignIns key="entityType" source="entityType" choices={entityTypeChoices} />,
    <DateTextInput key="from" source="from" />,
    <DateTextInput key="to" source="to" />,
    ...(canAccess(permissions, "users", "list")
      ? [
          <ReferenceInput key="actor" source="actor" reference="users" sort={{ field: "displayName", order: "ASC" }}>
            <SelectInput optionText="displayName" label="resources.auditEvents.fields.actor" />
          </ReferenceInput>,
        ]
      : []),
  ];
}

const Column = DataTable.Col<AuditEventRecord>;

export default function AuditEventList() {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const entityText = (event: AuditEventRecord) =>
    [translate(`resources.auditEvents.entities.${event.entityType}`, { _: event.entityType }), event.entityLabel]
      .filter(Boolean)
      .join(": ");
  const exporter = useReadableExporter<AuditEventRecord>([
    ["resources.auditEvents.fields.createdAt", (event) => formatDateTime(event.createdAt, locale)],
    ["resources.auditEvents.fields.actor", (event) => event.actorName ?? translate("resources.auditEvents.system")],
    ["resources.auditEvents.fields.name", (event) => eventLabel(event.name, translate)],
    ["resources.auditEvents.fields.entityLabel", entityText],
  ]);
  return (
    <List
      filters={useFilters()}
      filterDefaultValues={{ excludeSignIns: true }}
      sort={{ field: "createdAt", order: "DESC" }}
      exporter={exporter}
      title={translate("resources.auditEvents.name", { smart_count: 2 })}
    >
      <DataTable sx={tableSx} rowClick="show" bulkActionButtons={false} size="small">
        <Column source="createdAt" disableSort field={(props) => <DateTimeField {...props} source="createdAt" />} />
        <Column
          source="actor"
          disableSort
          render={(event) => event.actorName ?? translate("resources.auditEvents.system")}
        />
        <Column source="name" disableSort render={(event) => eventLabel(event.name, translate)} />
        <Column source="entityLabel" disableSort render={entityText} cellSx={() => ({ minWidth: 260 })} />
      </DataTable>
    </List>
  );
}
