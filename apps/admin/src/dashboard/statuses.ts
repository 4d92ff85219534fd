// The statuses the dashboard counts, in the order they are shown, with one colour each used by
// every table and chart: achieved/on track green, at risk amber, off track/not achieved red,
// no data grey, not applicable light grey; tasks done green, in progress blue.
import type { DashboardIndicatorCountsFragment, DashboardTaskCountsFragment } from "@kehoach/schema";

export type IndicatorStatusKey = Exclude<keyof DashboardIndicatorCountsFragment, "total">;
export type TaskStatusKey = Exclude<keyof DashboardTaskCountsFragment, "total" | "overdue">;

export interface StatusStyle<Key extends string> {
  key: Key;
  color: string;
}

export const INDICATOR_STATUSES: readonly StatusStyle<IndicatorStatusKey>[] = [
  { key: "achieved", color: "#2e7d32" },
  { key: "onTrack", color: "#66bb6a" },
  { key: "atRisk", color: "#f9a825" },
  { key: "offTrack", color: "#e53935" },
  { key: "notAchieved", color: "#b71c1c" },
  { key: "noData", color: "#9e9e9e" },
  { key: "notApplicable", color: "#d6d6d6" },
];

export const TASK_STATUSES: readonly StatusStyle<TaskStatusKey>[] = [
  { key: "done", color: "#2e7d32" },
  { key: "inProgress", color: "#1e88e5" },
  { key: "notStarted", color: "#9e9e9e" },
  { key: "cancelled", color: "#d6d6d6" },
];

/** The colour of what is late or failing (overdue tasks, missing reports). */
export const ALERT_COLOR = "#c62828";
