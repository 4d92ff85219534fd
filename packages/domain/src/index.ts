// @kehoach/domain: the pure domain of the plan tracker — target model and evaluation, reporting periods, formatting.

export * from "./access/index.ts";
export * from "./attachments/index.ts";
export {
  AUDIT_ENTITY_TYPES,
  AUDIT_EVENT_NAMES,
  AUDIT_EVENTS,
  type AuditEntityType,
  type AuditEventName,
  type AuditEventSpec,
  auditEntityTypeLabel,
  auditEventLabel,
  SIGN_IN_EVENT_NAMES,
} from "./auditEvents.ts";
export {
  CONTRIBUTION_RULE_LABELS,
  CONTRIBUTION_RULES,
  type ContributionFigure,
  type ContributionLink,
  type ContributionRule,
  contributionProblem,
  contributionWeightProblem,
  type RolledUp,
  rollUpContributions,
} from "./cityContribution.ts";
export { type Clock, clockFromEnv, clockStartingAt, fixedClock, parseInstant, systemClock } from "./clock.ts";
export {
  APPROX_TOLERANCE,
  AT_RISK_TOLERANCE,
  compareWithTarget,
  lowerIsBetter,
  type TargetComparison,
} from "./comparison.ts";
export { currentPeriodOn, latestFirst, openPeriodOn, type PeriodOnCalendar } from "./currentPeriod.ts";
export {
  type EvaluationFigure,
  evaluateIndicator,
  type IndicatorEvaluation,
  type IndicatorEvaluationInput,
  type IndicatorEvaluationPart,
  type MeasurementInput,
  type MeasurementKind,
  type SubIndicatorEvaluationInput,
} from "./evaluation.ts";
export {
  type DateFormatOptions,
  DEFAULT_TIME_ZONE,
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatPercent,
  INTL_LOCALE,
  type Locale,
  type MoneyFormatOptions,
  type NumberFormatOptions,
  parseDate,
  parseVietnameseNumber,
  unitLabel,
} from "./format.ts";
export {
  childKindsOf,
  JURISDICTION_KINDS,
  type JurisdictionKind,
  jurisdictionCodeProblem,
  mayCreateJurisdiction,
  parseSignInName,
} from "./jurisdictions.ts";
export { type Numeric, toNumber } from "./numeric.ts";
export {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordWeakness,
  passwordWeakness,
} from "./password.ts";
export * from "./periods.ts";
export { defaultPhasing, PHASINGS, type Phasing, phaseable, phasedTarget, phasingOf } from "./phasing.ts";
export * from "./planDocument/index.ts";
export * from "./reporting/index.ts";
export {
  combineStatuses,
  compareStatusSeverity,
  EVALUATION_STATUS_LABELS,
  EVALUATION_STATUSES,
  type EvaluationStatus,
  evaluationStatusLabel,
} from "./status.ts";
export * from "./supervision/recommendations.ts";
export {
  COMPARATOR_WORDING,
  COMPARATORS,
  type Comparator,
  type FormatTargetOptions,
  formatQuantity,
  formatTarget,
  MEASURE_KINDS,
  type MeasureKind,
  QUALITATIVE_KINDS,
  QUALITATIVE_WORDING,
  type QualitativeKind,
  TARGET_BASES,
  TARGET_DIRECTIONS,
  TARGET_KINDS,
  type TargetBasis,
  type TargetDirection,
  type TargetKind,
  type TargetLabelStyle,
  type TargetRowLike,
  type TargetSpec,
  targetSpecFromRow,
} from "./target.ts";
export { type TargetField, type TargetFields, type TargetProblem, targetProblems } from "./targetValidity.ts";
export { type ReadDeadline, type Recurrence, readDeadline } from "./taskDeadline.ts";
export { wardReportTitle } from "./wardReport.ts";
