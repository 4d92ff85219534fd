// The leaders an assignment may be given. Administrators read them from the users (role
// LEADER); the office may not list users, so it gets the leaders already in charge of some
// assignment of the plan.
import { useGetList, usePermissions } from "react-admin";
import { canAccess, type Permissions } from "../auth/permissions.ts";
import type { AssignmentRecord } from "../dataProvider/assignments.ts";
import type { UserRecord } from "../dataProvider/users.ts";
import { leaderName } from "../fields/leaderName.ts";

const ALL = { pagination: { page: 1, perPage: 1000 } };

export function useLeaderChoices(planId: string | undefined) {
  const { permissions } = usePermissions<Permissions>();
  const readsUsers = canAccess(permissions, "users", "list");
  const users = useGetList<UserRecord>(
    "users",
    { ...ALL, sort: { field: "displayName", order: "ASC" }, filter: { role: "LEADER", archived: false } },
    { enabled: readsUsers },
  );
  const assignments = useGetList<AssignmentRecord>(
    "assignments",
    { ...ALL, sort: { field: "leader.displayName", order: "ASC" }, filter: planId ? { planId } : {} },
    { enabled: !readsUsers },
  );
  const leaders = readsUsers
    ? (users.data ?? [])
    : [
        ...new Map(
          (assignments.data ?? []).flatMap((a) => (a.leader ? [[a.leader.id, a.leader] as const] : [])),
        ).values(),
      ];
  const query = readsUsers ? users : assignments;
  return {
    choices: leaders.map((leader) => ({ id: leader.id, name: leaderName(leader) })),
    isPending: query.isPending,
    error: query.error,
  };
}
