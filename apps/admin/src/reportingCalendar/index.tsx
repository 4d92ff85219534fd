// The ward's reporting calendar (/reporting-calendar): office and admin only (App.tsx adds the route
// for those who may manage periods), reached from the menu beside the reporting periods.
import Icon from "@mui/icons-material/EditCalendar";
import { lazy } from "react";

const ReportingCalendar = lazy(() => import("./ReportingCalendar.tsx"));

export const REPORTING_CALENDAR_PATH = "/reporting-calendar";

export const ReportingCalendarIcon = Icon;

export const reportingCalendarRoutes = [{ path: REPORTING_CALENDAR_PATH, element: <ReportingCalendar /> }];
