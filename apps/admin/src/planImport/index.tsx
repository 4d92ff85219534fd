// Importing a plan from its document (/plan-import): office and admin only (App.tsx adds the route
// for them), reached from the menu and the plans list.
import Icon from "@mui/icons-material/PostAdd";
import { lazy } from "react";

const PlanImport = lazy(() => import("./PlanImport.tsx"));

export const PLAN_IMPORT_PATH = "/plan-import";

export const PlanImportIcon = Icon;

export const planImportRoutes = [{ path: PLAN_IMPORT_PATH, element: <PlanImport /> }];
