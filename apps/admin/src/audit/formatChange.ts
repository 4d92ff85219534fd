// A changed field's value as a person reads it: dates in the console's language, enum values
// and yes/no by their labels, lists one after another, grants as "role — unit". Never JSON.
import { formatDate, formatDateTime, formatNumber, type Locale } from "@kehoach/domain";
import type { TranslateFunction } from "react-admin";
import type { ChangeValue } from "../dataProvider/auditEvents.ts";

/** Enums whose values a snapshot may hold, tried in order (labels in enums.*). */
const ENUMS = [
  "UnitKind",
  "Role",
  "TaskKind",
  "TaskStatus",
  "TaskRecurrence",
  "PlanStatus",
  "ReportStatus",
  "PeriodStatus",
];

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ENUM_VALUE = /^[A-Z][A-Z_]+$/;

export const EMPTY = "—";

export function formatChangeValue(value: ChangeValue, translate: TranslateFunction, locale: Locale): string {
  if (value === null || value === "") return EMPTY;
  if (typeof value === "boolean") return translate(`ra.boolean.${value}`);
  if (typeof value === "number") return formatNumber(value, locale);
  if (typeof value === "string") {
    if (DATE_TIME.test(value)) return formatDateTime(value, locale);
    if (DATE.test(value)) return formatDate(value, locale);
    if (ENUM_VALUE.test(value)) {
      for (const name of ENUMS) {
        const label = translate(`enums.${name}.${value}`, { _: "" });
        if (label) return label;
      }
    }
    return value;
  }
  if (Array.isArray(value)) {
    return value.length ? value.map((item) => formatChangeValue(item, translate, locale)).join("; ") : EMPTY;
  }
  // An object of a snapshot (a role grant, a report line): its values, role first.
  const { role, ...rest } = value;
  const parts = Object.values(rest)
    .map((item) => formatChangeValue(item, translate, locale))
    .filter((text) => text !== EMPTY);
  const head = role !== undefined ? formatChangeValue(role, translate, locale) : null;
  if (head) return parts.length ? `${head} — ${parts.join(", ")}` : head;
  return parts.join(", ") || EMPTY;
}

/** A field's label, or the field's name when the catalogue has none. */
export function changeFieldLabel(field: string, translate: TranslateFunction): string {
  return translate(`resources.auditEvents.change_fields.${field}`, { _: field });
}

/** "Sửa đơn vị" for "unit.updated"; the raw name only for an event the console does not know. */
export function eventLabel(name: string, translate: TranslateFunction): string {
  return translate(`resources.auditEvents.events.${name}`, { _: name });
}
