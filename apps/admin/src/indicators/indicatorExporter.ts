// The indicators as a CSV a user reads: number, name, group, area, targets in words, evaluation
// and progress, in the console's language.
import { formatPercent, type Locale } from "@kehoach/domain";
import type { TranslateFunction } from "react-admin";
import type { IndicatorRecord } from "../dataProvider/index.ts";
import { downloadRows } from "../fields/csv.ts";
import { formatTargets } from "../targets/formatTarget.ts";
import { progressPercent } from "./evaluationFigures.ts";
import { indicatorNumber } from "./indicatorNumber.ts";

export function exportIndicators(
  indicators: readonly IndicatorRecord[],
  translate: TranslateFunction,
  locale: Locale,
): void {
  const label = (field: string) => translate(`resources.indicators.fields.${field}`);
  downloadRows(
    indicators.map((indicator) => ({
      [label("number")]: indicatorNumber(indicator),
      [label("name")]: indicator.name,
      [label("group")]: indicator.group.title,
      [label("area")]: locale === "en" ? indicator.area.nameEn : indicator.area.name,
      [label("targets")]: formatTargets(indicator.targets, locale),
      [label("evaluation")]: translate(`enums.EvaluationStatus.${indicator.evaluation.status}`),
      [translate("app.indicator.progress")]: formatPercent(progressPercent(indicator.evaluation), locale, {
        maximumFractionDigits: 1,
      }),
    })),
    translate("resources.indicators.name", { smart_count: 2 }),
  );
}
