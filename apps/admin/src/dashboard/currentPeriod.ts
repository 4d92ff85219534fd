// The reporting periods the dashboard chooses from (which is current: packages/domain currentPeriod.ts).
import type { DashboardPeriodFragment } from "@kehoach/schema";

export type DashboardPeriod = DashboardPeriodFragment;
