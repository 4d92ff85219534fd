// One unit: its details and duties, the indicators and tasks it leads or cooperates on, and its
// users (the API gives them only to admins, the office and the unit's own members).
import { Box, Chip, ListItemButton, ListItemText, List as MuiList, Typography } from "@mui/material";
import {
  EditButton,
  FunctionField,
  Labeled,
  Link,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  usePermissions,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { canAccess, type Permissions } from "../auth/permissions.ts";
import { itemLabelOf } from "../dataProvider/assignments.ts";
import type { WholeUnitRecord } from "../dataProvider/units.ts";
import { LocaleDateField } from "../fields/LocaleDateField.tsx";
import { WholeRecord } from "../layout/WholeRecord.tsx";

type UnitAssignment = WholeUnitRecord["leadAssignments"]["edges"][number]["node"];

function UnitActions() {
  // EditButton shows itself only to those the access policy lets change units (canAccess).
  return (
    <TopToolbar>
      <EditButton />
    </TopToolbar>
  );
}

function DutiesField() {
  const unit = useRecordContext<WholeUnitRecord>();
  const translate = useTranslate();
  if (!unit) return null;
  if (unit.duties.length === 0)
    return <Typography variant="body2">{translate("resources.units.no_duties")}</Typography>;
  return (
    <Box component="ol" sx={{ pl: 3, my: 0 }}>
      {unit.duties.map((duty) => (
        <Typography component="li" variant="body2" key={duty} sx={{ mb: 0.5 }}>
          {duty}
        </Typography>
      ))}
    </Box>
  );
}

function AssignmentLinks({ assignments }: { assignments: readonly UnitAssignment[] }) {
  const translate = useTranslate();
  if (assignments.length === 0) {
    return <Typography variant="body2">{translate("resources.units.no_assignments")}</Typography>;
  }
  return (
    <MuiList dense disablePadding>
      {assignments.map((assignment) => (
        <ListItemButton
          key={assignment.id}
          component={Link}
          to={`/assignments/${encodeURIComponent(assignment.id)}/show`}
        >
          <ListItemText primary={itemLabelOf(assignment)} />
          {assignment.inferred ? (
            <Chip
              size="small"
              color="warning"
              variant="outlined"
              label={translate("resources.assignments.status.inferred")}
            />
          ) : null}
        </ListItemButton>
      ))}
    </MuiList>
  );
}

function UnitAssignments({ kind }: { kind: "leadAssignments" | "cooperatingAssignments" }) {
  const unit = useRecordContext<WholeUnitRecord>();
  if (!unit) return null;
  return <AssignmentLinks assignments={unit[kind].edges.map((edge) => edge.node)} />;
}

type UnitUser = NonNullable<WholeUnitRecord["users"]>["edges"][number]["node"];

/** A user of the unit; administrators open the user's page from it. */
function UnitUserItem({ user, linked }: { user: UnitUser; linked: boolean }) {
  const translate = useTranslate();
  const text = (
    <ListItemText
      primary={user.displayName}
      secondary={[user.title, ...user.roles.map((role) => translate(`enums.Role.${role}`))].filter(Boolean).join(" · ")}
    />
  );
  return linked ? (
    <ListItemButton component={Link} to={`/users/${encodeURIComponent(user.id)}/show`}>
      {text}
    </ListItemButton>
  ) : (
    <Box sx={{ px: 2 }}>{text}</Box>
  );
}

function UnitUsers() {
  const unit = useRecordContext<WholeUnitRecord>();
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  const users = unit?.users;
  // null: the API does not show this unit's users to the viewer.
  if (!users) return null;
  return (
    <Labeled label="resources.units.fields.users" fullWidth>
      {users.edges.length === 0 ? (
        <Typography variant="body2">{translate("resources.units.no_users")}</Typography>
      ) : (
        <MuiList dense disablePadding>
          {users.edges.map(({ node: user }) => (
            <UnitUserItem key={user.id} user={user} linked={canAccess(permissions, "users", "show")} />
          ))}
        </MuiList>
      )}
    </Labeled>
  );
}

export default function UnitShow() {
  const translate = useTranslate();
  return (
    <Show actions={<UnitActions />}>
      <WholeRecord>
        <SimpleShowLayout>
          <TextField source="code" />
          <TextField source="name" />
          <TextField source="shortName" emptyText="—" />
          <FunctionField<WholeUnitRecord> source="kind" render={(unit) => translate(`enums.UnitKind.${unit.kind}`)} />
          <TextField source="parent.name" label="resources.units.fields.parentId" emptyText="—" />
          <LocaleDateField source="archivedAt" />
          <Labeled label="resources.units.fields.duties" fullWidth>
            <DutiesField />
          </Labeled>
          <Labeled label="resources.units.fields.leadAssignments" fullWidth>
            <UnitAssignments kind="leadAssignments" />
          </Labeled>
          <Labeled label="resources.units.fields.cooperatingAssignments" fullWidth>
            <UnitAssignments kind="cooperatingAssignments" />
          </Labeled>
          <UnitUsers />
        </SimpleShowLayout>
      </WholeRecord>
    </Show>
  );
}
