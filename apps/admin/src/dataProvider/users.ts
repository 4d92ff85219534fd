// The `users` resource (ADMIN only; the API refuses everyone else with NOT_AUTHORIZED). The API
// filters by role and unit; archived accounts are always fetched so that the `archived` filter,
// the search (`q`), sort and pagination are applied here. Delete archives the account.
// The form edits one work unit and, for a LEADER, the areas in charge; they become role grants.
import {
  ArchiveUserDocument,
  CreateUserDocument,
  type Role,
  type RoleGrantInput,
  SetUserPasswordDocument,
  UpdateUserDocument,
  UserDocument,
  type UserFieldsFragment,
  UsersDocument,
} from "@kehoach/schema";
import { HttpError, type Identifier } from "react-admin";
import { fetchAllNodes, listLocally, PAGE_SIZE, readMethods } from "./connection.ts";
import { runMutation } from "./mutation.ts";
import { notFound, runQuery } from "./query.ts";
import type { GraphqlClient, ResourceHandler } from "./types.ts";
import { withArchivedFilter } from "./units.ts";

/** A user as a react-admin record, with the form's flat fields derived from its grants. */
export type UserRecord = UserFieldsFragment & { unitId: string | null; areaIds: string[]; archived: boolean };

/** What the user forms send (inputs named like the API's input fields). */
export interface UserFormData {
  username?: string;
  displayName?: string;
  title?: string | null;
  email?: string | null;
  phone?: string | null;
  password?: string;
  unitId?: string | null;
  roles?: Role[];
  areaIds?: string[] | null;
}

/** `update` with `meta: { action: "setPassword" }` sets `data.newPassword` instead of editing. */
export const SET_PASSWORD = "setPassword";

const SERVER_FILTERS = ["role", "unitId"] as const;
const UNIT_ROLES: readonly Role[] = ["UNIT_HEAD", "UNIT_STAFF"];

function toUserRecord(user: UserFieldsFragment): UserRecord {
  const leaderGrant = user.grants.find((grant) => grant.role === "LEADER");
  return {
    ...user,
    unitId: user.unit?.id ?? null,
    areaIds: leaderGrant?.areas.map((area) => area.id) ?? [],
    archived: user.archivedAt != null,
  };
}

/** Roles as grants: unit roles in the user's work unit, LEADER with its areas (none = all). */
export function grantsOf(data: UserFormData): RoleGrantInput[] {
  return (data.roles ?? []).map((role) => ({
    role,
    ...(UNIT_ROLES.includes(role) && data.unitId ? { unitId: data.unitId } : {}),
    ...(role === "LEADER" ? { areaIds: data.areaIds ?? [] } : {}),
  }));
}

const unexpected = () => new HttpError("ra.notification.http_error", 502);

function stringOrNull(value: unknown): string | null {
  return typeof value === "string" && value ? value : null;
}

export function createUsersHandler(client: GraphqlClient): ResourceHandler<UserRecord> {
  const getOne = async (id: Identifier): Promise<UserRecord> => {
    const data = await runQuery(client, UserDocument, { id: String(id) });
    if (data.node?.__typename !== "User") throw notFound("users", id);
    const { __typename, ...user } = data.node;
    return toUserRecord(user);
  };

  const getList: ResourceHandler<UserRecord>["getList"] = async (params) => {
    const filter = params.filter ?? {};
    const all = await fetchAllNodes(async (after) => {
      const data = await runQuery(client, UsersDocument, {
        first: PAGE_SIZE,
        after,
        includeArchived: true,
        role: stringOrNull(filter.role) as Role | null,
        unitId: stringOrNull(filter.unitId),
      });
      return data.users;
    });
    return listLocally((all?.nodes ?? []).map(toUserRecord), withArchivedFilter(params), {
      serverFilters: SERVER_FILTERS,
      searchText: (user) => `${user.username} ${user.displayName} ${user.title ?? ""} ${user.unit?.name ?? ""}`,
    });
  };

  const setPassword = async (id: Identifier, newPassword: unknown) => {
    await runMutation(
      client,
      SetUserPasswordDocument,
      { input: { userId: String(id), newPassword: typeof newPassword === "string" ? newPassword : "" } },
      (result) => result.setUserPassword,
    );
    return getOne(id);
  };

  return {
    ...readMethods(getList, getOne),
    async create(params) {
      const data = params.data as UserFormData;
      const result = await runMutation(
        client,
        CreateUserDocument,
        {
          input: {
            username: data.username ?? "",
            displayName: data.displayName ?? "",
            password: data.password ?? "",
            title: data.title || null,
            email: data.email || null,
            phone: data.phone || null,
            unitId: data.unitId || null,
            roles: grantsOf(data),
          },
        },
        (result) => result.createUser,
      );
      if (result.__typename !== "CreateUserPayload") throw unexpected();
      return { data: toUserRecord(result.user) };
    },
    async update(params) {
      if (params.meta?.action === SET_PASSWORD) {
        return { data: await setPassword(params.id, (params.data as { newPassword: string }).newPassword) };
      }
      const data = params.data as UserFormData;
      const result = await runMutation(
        client,
        UpdateUserDocument,
        {
          input: {
            id: String(params.id),
            version: params.previousData.version,
            displayName: data.displayName,
            // "" clears an optional text; null leaves the user without a work unit.
            title: data.title ?? "",
            email: data.email ?? "",
            phone: data.phone ?? "",
            unitId: data.unitId || null,
            roles: data.roles ? grantsOf(data) : undefined,
          },
        },
        (result) => result.updateUser,
      );
      if (result.__typename !== "UpdateUserPayload") throw unexpected();
      return { data: toUserRecord(result.user) };
    },
    async delete(params) {
      const previous = params.previousData ?? (await getOne(params.id));
      const result = await runMutation(
        client,
        ArchiveUserDocument,
        { input: { id: String(params.id), version: previous.version } },
        (result) => result.archiveUser,
      );
      if (result.__typename !== "ArchiveUserPayload") throw unexpected();
      return { data: toUserRecord(result.user) };
    },
  };
}
