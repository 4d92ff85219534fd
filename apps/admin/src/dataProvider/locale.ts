// The language a screen asks the API's texts in: react-admin's locale ("vi", "en") passed as
// `meta.locale`, as the API's Locale; Vietnamese by default.
import type { Locale } from "@kehoach/schema";

export function apiLocaleOf(meta: unknown): Locale {
  return (meta as { locale?: unknown } | undefined)?.locale === "en" ? "EN" : "VI";
}
