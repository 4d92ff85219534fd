// The plans as a CSV a user reads: labels in the console's language, dates day first.
import { formatDate, type Locale } from "@kehoach/domain";
import type { TranslateFunction } from "react-admin";
import type { PlanRecord } from "../dataProvider/index.ts";
import { downloadRows } from "../fields/csv.ts";

export function exportPlans(plans: readonly PlanRecord[], translate: TranslateFunction, locale: Locale): void {
  const label = (field: string) => translate(`resources.plans.fields.${field}`);
  downloadRows(
    plans.map((plan) => ({
      [label("year")]: plan.year,
      [label("number")]: plan.number ?? "",
      [label("title")]: plan.title,
      [label("issuer")]: plan.issuer,
      [label("status")]: translate(`enums.PlanStatus.${plan.status}`),
      [label("publishedAt")]: plan.publishedAt ? formatDate(plan.publishedAt, locale) : "",
    })),
    translate("resources.plans.name", { smart_count: 2 }),
  );
}
