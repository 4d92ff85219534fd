// The ward's reporting calendar on the console's client: reading it with its version, and saving a
// new one with the version read. Typed refusals come back as what to show — a conflict (someone
// else saved first), errors under the fields they are about, or a message for the whole form;
// network and GraphQL failures throw (HttpError).
import {
  ReportingCalendarDocument,
  type ReportingCalendarFieldsFragment,
  UpdateReportingCalendarDocument,
} from "@kehoach/schema";
import { runOperation, runQuery } from "../dataProvider/query.ts";
import type { GraphqlClient } from "../dataProvider/types.ts";

export type StoredCalendar = ReportingCalendarFieldsFragment;

export interface CalendarSettings {
  windowStartDay: number;
  dueDaysAfterCutoff: number;
}

export type CalendarSave =
  | { kind: "saved"; calendar: StoredCalendar; redatedPeriodCount: number }
  | { kind: "conflict"; currentVersion: number }
  | { kind: "refused"; fields: Partial<Record<keyof CalendarSettings, string>>; message: string | null };

/** The signed-in user's ward and its reporting calendar. */
export async function readReportingCalendar(
  client: GraphqlClient,
): Promise<{ jurisdictionName: string; calendar: StoredCalendar } | null> {
  const { me } = await runQuery(client, ReportingCalendarDocument, {});
  if (!me) return null;
  return { jurisdictionName: me.jurisdiction.name, calendar: me.jurisdiction.reportingCalendar };
}

const FIELDS = new Set<string>(["windowStartDay", "dueDaysAfterCutoff"]);

/** Saves the calendar over the version read (`version`); a stale version is a conflict. */
export async function saveReportingCalendar(
  client: GraphqlClient,
  settings: CalendarSettings,
  version: number,
): Promise<CalendarSave> {
  const { updateReportingCalendar: result } = await runOperation(
    client,
    UpdateReportingCalendarDocument,
    { input: { ...settings, version } },
    "mutation",
  );
  switch (result.__typename) {
    case "UpdateReportingCalendarPayload":
      return {
        kind: "saved",
        calendar: result.jurisdiction.reportingCalendar,
        redatedPeriodCount: result.redatedPeriodCount,
      };
    case "ConflictError":
      return { kind: "conflict", currentVersion: result.currentVersion };
    case "ValidationError": {
      const fields: Partial<Record<keyof CalendarSettings, string>> = {};
      const rest: string[] = [];
      for (const issue of result.issues) {
        const field = issue.path.at(-1) ?? "";
        if (FIELDS.has(field)) fields[field as keyof CalendarSettings] ??= issue.message;
        else rest.push(issue.message);
      }
      return { kind: "refused", fields, message: rest.length ? rest.join(" ") : null };
    }
    default:
      return { kind: "refused", fields: {}, message: result.message };
  }
}
