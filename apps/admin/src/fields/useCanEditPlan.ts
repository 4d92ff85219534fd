// Whether the signed-in user edits the plan, its indicators and tasks (ADMIN, OFFICE): the edit,
// create, archive and publish buttons are shown only to them (the API refuses the others anyway).
import { usePermissions } from "react-admin";
import { canEditPlan, type Permissions } from "../auth/permissions.ts";

export function useCanEditPlan(): boolean {
  const { permissions } = usePermissions<Permissions>();
  return canEditPlan(permissions);
}
