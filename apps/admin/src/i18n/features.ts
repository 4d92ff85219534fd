// The messages of each feature folder, merged into the Vietnamese and English catalogues. Each
// folder's messages.ts exports `{ vi, en }` with the same keys (checked by i18n.test.ts).
import account from "../account/messages.ts";
import assignments from "../assignments/messages.ts";
import attachments from "../attachments/messages.ts";
import audit from "../audit/messages.ts";
import auth from "../auth/messages.ts";
import city from "../cityOverview/messages.ts";
import dashboard from "../dashboard/messages.ts";
import jurisdictions from "../jurisdictions/messages.ts";
import layout from "../layout/messages.ts";
import notifications from "../notifications/messages.ts";
import periods from "../periods/messages.ts";
import planImport from "../planImport/messages.ts";
import recommendations from "../recommendations/messages.ts";
import reportingCalendar from "../reportingCalendar/messages.ts";
import reports from "../reports/messages.ts";
import units from "../units/messages.ts";
import users from "../users/messages.ts";

export interface FeatureMessages {
  vi: Record<string, unknown>;
  en: Record<string, unknown>;
}

export const FEATURE_MESSAGES: FeatureMessages[] = [
  auth,
  account,
  layout,
  dashboard,
  city,
  reports,
  units,
  users,
  assignments,
  periods,
  reportingCalendar,
  audit,
  planImport,
  jurisdictions,
  notifications,
  recommendations,
  attachments,
];
