// Đánh giá (evaluation) of an indicator: derived from its targets, sub-indicators and monthly
// measurements by `evaluateIndicator` (@kehoach/domain), never stored. The field selects everything
// it needs through the Prisma plugin, so a list of indicators costs a fixed number of SQL statements.
// Messages are Vietnamese unless a client asks for another language (`message(locale: EN)`).
import {
  EVALUATION_STATUS_LABELS,
  EVALUATION_STATUSES,
  evaluateIndicator,
  type IndicatorEvaluation,
  type IndicatorEvaluationInput,
  type IndicatorEvaluationPart,
  type Locale,
  type MeasurementInput,
  targetSpecFromRow,
  vietnamDate,
} from "@kehoach/domain";
import { builder } from "../../builder.ts";
import { ValidationError } from "../../errors.ts";
import { LocaleEnum } from "../locale.ts";
import type { MonthlyMeasurement } from "./measurementLoader.ts";

export const EvaluationStatusEnum = builder.enumType("EvaluationStatus", {
  description: "Kết quả đánh giá chỉ tiêu (suy ra từ mức chỉ tiêu và số liệu, không nhập tay).",
  values: Object.fromEntries(
    EVALUATION_STATUSES.map((status) => [
      status,
      { description: `${EVALUATION_STATUS_LABELS[status].vi} (${EVALUATION_STATUS_LABELS[status].en}).` },
    ]),
  ) as Record<(typeof EVALUATION_STATUSES)[number], { description: string }>,
});

/** An evaluation (Vietnamese) that can say its message in another language. */
interface Worded {
  messageIn(locale: Locale): string;
}

type PartShape = IndicatorEvaluationPart & Worded;

interface EvaluationShape extends Omit<IndicatorEvaluation, "parts">, Worded {
  parts: PartShape[];
  asOfMonth: number;
  yearClosed: boolean;
}

const LOCALE_ARG = {
  type: LocaleEnum,
  required: false,
  defaultValue: "vi",
  description: "Ngôn ngữ của lời giải thích; mặc định tiếng Việt (VI).",
} as const;

const IndicatorEvaluationPartRef = builder.objectRef<PartShape>("IndicatorEvaluationPart").implement({
  description: "Đánh giá một thành phần của chỉ tiêu nhiều mức hoặc có chỉ tiêu con.",
  fields: (t) => ({
    label: t.exposeString("label", { description: "Tên thành phần (mức chỉ tiêu hoặc chỉ tiêu con)." }),
    status: t.field({ type: EvaluationStatusEnum, description: "Kết quả.", resolve: (p) => p.status }),
    progress: t.exposeFloat("progress", { nullable: true, description: "Mức hoàn thành 0..1." }),
    latestValue: t.exposeFloat("latestValue", { nullable: true, description: "Số liệu đã dùng." }),
    expectedValue: t.exposeFloat("expectedValue", { nullable: true, description: "Giá trị mục tiêu." }),
    message: t.string({
      description: "Giải thích ngắn, bằng ngôn ngữ `locale` (mặc định tiếng Việt).",
      args: { locale: t.arg(LOCALE_ARG) },
      resolve: (part, args) => part.messageIn(args.locale ?? "vi"),
    }),
  }),
});

export const IndicatorEvaluationRef = builder.objectRef<EvaluationShape>("IndicatorEvaluation").implement({
  description: "Đánh giá chỉ tiêu (đánh giá): trạng thái, mức hoàn thành và lời giải thích.",
  fields: (t) => ({
    status: t.field({ type: EvaluationStatusEnum, description: "Kết quả đánh giá.", resolve: (e) => e.status }),
    progress: t.exposeFloat("progress", {
      nullable: true,
      description: "Mức hoàn thành 0..1 (giá trị / mục tiêu, tối đa 1); null khi chưa có số liệu.",
    }),
    latestValue: t.exposeFloat("latestValue", {
      nullable: true,
      description: "Số liệu đã dùng để đánh giá (ước cả năm, hoặc thực hiện đến kỳ gần nhất).",
    }),
    expectedValue: t.exposeFloat("expectedValue", {
      nullable: true,
      description: "Giá trị mục tiêu (100 với 'hoàn thành chỉ tiêu được giao', 0 với 'không để xảy ra').",
    }),
    message: t.string({
      description: "Vì sao có kết quả này, bằng ngôn ngữ `locale` (mặc định tiếng Việt; EN: tiếng Anh, số viết 84.9).",
      args: { locale: t.arg(LOCALE_ARG) },
      resolve: (evaluation, args) => evaluation.messageIn(args.locale ?? "vi"),
    }),
    asOfMonth: t.exposeInt("asOfMonth", { description: "Đánh giá tính đến tháng này của năm kế hoạch." }),
    yearClosed: t.exposeBoolean("yearClosed", {
      description: "Đã khóa sổ cả năm: kết quả là đạt / không đạt, không còn là dự báo.",
    }),
    parts: t.field({
      type: [IndicatorEvaluationPartRef],
      description: "Đánh giá từng thành phần (khi chỉ tiêu có nhiều mức hoặc chỉ tiêu con); rỗng nếu chỉ có một.",
      resolve: (e) => e.parts,
    }),
  }),
});

/**
 * What the evaluation reads of an indicator (merged by the Prisma plugin into the list's query);
 * the measurements come from `monthlyMeasurements`, batched for the whole request.
 */
export const evaluationSelect = {
  id: true,
  applicableFromYear: true,
  plan: {
    select: {
      year: true,
      reportingPeriods: { where: { kind: "MONTH" as const, number: 12 }, select: { year: true, status: true } },
    },
  },
  targets: { orderBy: { position: "asc" as const } },
  subIndicators: {
    where: { archivedAt: null },
    orderBy: { position: "asc" as const },
    select: {
      id: true,
      name: true,
      applicableFromYear: true,
      targets: { orderBy: { position: "asc" as const } },
    },
  },
};

type MeasurementRow = Omit<MonthlyMeasurement, "indicatorId">;

function measurementsOf(rows: MeasurementRow[], year: number): MeasurementInput[] {
  return rows
    .filter((m) => m.period.year === year)
    .map((m) => ({
      periodMonth: m.period.number,
      kind: m.kind,
      value: m.value,
      achieved: m.achieved,
      eventCount: m.eventCount,
    }));
}

/**
 * The month to evaluate as of: the given one, else the current month of the plan year (12 once the
 * year is over, 1 before it starts). The year counts as closed at month 12 once it is over or its
 * December reporting period is closed.
 */
export function evaluationMoment(
  year: number,
  asOfMonth: number | null | undefined,
  decemberClosed: boolean,
  now: Date,
): { month: number; yearClosed: boolean } {
  const [todayYear, todayMonth] = vietnamDate(now).split("-").map(Number) as [number, number];
  const month = asOfMonth ?? (year < todayYear ? 12 : year > todayYear ? 1 : todayMonth);
  return { month, yearClosed: month === 12 && (year < todayYear || decemberClosed) };
}

type TargetRow = Parameters<typeof targetSpecFromRow>[0];

/** The indicator as `evaluationSelect` reads it, with its measurements. */
export interface EvaluatedIndicatorRow {
  applicableFromYear: number | null;
  plan: { year: number; reportingPeriods: { year: number; status: string }[] };
  targets: TargetRow[];
  measurements: MeasurementRow[];
  subIndicators: {
    name: string;
    applicableFromYear: number | null;
    targets: TargetRow[];
    measurements: MeasurementRow[];
  }[];
}

/**
 * Evaluates an indicator row as of a month (see `evaluationMoment`), in Vietnamese; the message in
 * another language is evaluated only when asked for, once per evaluation.
 */
export function evaluateIndicatorRow(
  indicator: EvaluatedIndicatorRow,
  asOfMonth: number | null | undefined,
  now: Date,
): EvaluationShape {
  if (asOfMonth != null && (asOfMonth < 1 || asOfMonth > 12)) {
    throw new ValidationError([{ path: ["asOfMonth"], message: "Tháng phải từ 1 đến 12." }]);
  }
  const year = indicator.plan.year;
  const december = indicator.plan.reportingPeriods.find((p) => p.year === year);
  const moment = evaluationMoment(year, asOfMonth, december?.status === "CLOSED", now);
  const input: IndicatorEvaluationInput = {
    targets: indicator.targets.map(targetSpecFromRow),
    subIndicators: indicator.subIndicators.map((sub) => ({
      name: sub.name,
      applicableFromYear: sub.applicableFromYear,
      targets: sub.targets.map(targetSpecFromRow),
      measurements: measurementsOf(sub.measurements, year),
    })),
    applicableFromYear: indicator.applicableFromYear,
    year,
    asOf: { month: moment.month },
    yearClosed: moment.yearClosed,
    measurements: measurementsOf(indicator.measurements, year),
  };
  const evaluation = evaluateIndicator(input);
  const worded = new Map<Locale, IndicatorEvaluation>([["vi", evaluation]]);
  const inLocale = (locale: Locale) => {
    let found = worded.get(locale);
    if (!found) {
      found = evaluateIndicator({ ...input, locale });
      worded.set(locale, found);
    }
    return found;
  };
  return {
    ...evaluation,
    messageIn: (locale) => inLocale(locale).message,
    // The same input gives the same parts in every language, in the same order.
    parts: evaluation.parts.map((part, index) => ({
      ...part,
      messageIn: (locale) => (inLocale(locale).parts[index] as IndicatorEvaluationPart).message,
    })),
    asOfMonth: moment.month,
    yearClosed: moment.yearClosed,
  };
}
