// Choices of the users screens: the roles a person may be given (API_CLIENT comes only with an
// API token) and the account status.
import type { Role } from "@kehoach/schema";

const ROLES: Role[] = ["ADMIN", "OFFICE", "LEADER", "UNIT_HEAD", "UNIT_STAFF", "SUPERVISOR"];

export const roleChoices = ROLES.map((role) => ({ id: role, name: `enums.Role.${role}` }));

/** Roles that work for one unit: the form asks for the unit. */
export const UNIT_ROLES: readonly Role[] = ["UNIT_HEAD", "UNIT_STAFF"];

export const archivedChoices = [
  { id: false, name: "resources.users.status.active" },
  { id: true, name: "resources.users.status.archived" },
];
