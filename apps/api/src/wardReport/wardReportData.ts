// The data of a ward's compiled monthly report, read through the GraphQL schema as the person who
// asks for it (schema/readAs.ts): the figures are the API's own, and the access policy decides —
// the approved reports of the period are read only by those who read the ward's sent reports.
import { type EvaluationStatus, evaluationStatusLabel, wardReportTitle } from "@kehoach/domain";
import type { GraphQLEnumType } from "graphql";
import type { Viewer } from "../auth/viewer.ts";
import { schema } from "../schema/index.ts";
import { type ReadOptions, readAs } from "../schema/readAs.ts";

const UNITS = "leadUnit { name } cooperatingUnits { name }";
const INDICATOR = `code name targets { text } assignment { ${UNITS} }
  evaluation(asOfMonth: $month) { status message }
  measurements(periodId: $periodId) { kind value periodValue samePeriodLastYear comparedWithSamePeriod achieved eventCount }`;

const PERIOD = /* GraphQL */ `
  query WardReportPeriod($periodId: ID!) {
    node(id: $periodId) { ... on ReportingPeriod { kind number year } }
  }
`;

const WARD_REPORT = /* GraphQL */ `
  query WardReport($periodId: ID!, $month: Int) {
    node(id: $periodId) {
      ... on ReportingPeriod {
        label number year
        plan {
          id title number signerName signerTitle
          jurisdiction { name }
          indicators(first: 100) { edges { node { ${INDICATOR} subIndicators { ${INDICATOR} } } } }
          tasks(first: 100) { edges { node {
            code title kind status percentDone deadline overdue
            area { name }
            assignment { ${UNITS} }
          } } }
        }
      }
    }
    progressReports(periodId: $periodId, status: APPROVED, first: 100) {
      edges { node {
        unit { name }
        summary
        taskLines { results difficulties proposals task { code title area { name } } }
      } }
    }
  }
`;

const OPEN_RECOMMENDATIONS = /* GraphQL */ `
  query WardReportRecommendations($planId: ID!) {
    recommendations(planId: $planId, openOnly: true, first: 100) {
      edges { node { content source receivedOn ageDays status answer unit { name } } }
    }
  }
`;

type Edges<T> = { edges: { node: T }[] };
type Units = { leadUnit: { name: string }; cooperatingUnits: { name: string }[] } | null;
interface RawIndicator {
  code: string;
  name: string;
  targets: { text: string }[];
  assignment: Units;
  evaluation: { status: EvaluationStatus; message: string };
  measurements: {
    kind: "ACTUAL" | "ESTIMATE";
    value: string | null;
    periodValue: string | null;
    samePeriodLastYear: string | null;
    comparedWithSamePeriod: string | null;
    achieved: boolean | null;
    eventCount: number | null;
  }[];
  subIndicators?: RawIndicator[];
}
interface RawTask {
  code: string;
  title: string;
  kind: "KEY" | "SPECIFIC";
  status: string;
  percentDone: string | null;
  deadline: string | null;
  overdue: boolean;
  area: { name: string };
  assignment: Units;
}
interface RawData {
  node: {
    label: string;
    number: number;
    year: number;
    plan: {
      id: string;
      title: string;
      number: string | null;
      signerName: string | null;
      signerTitle: string | null;
      jurisdiction: { name: string };
      indicators: Edges<RawIndicator>;
      tasks: Edges<RawTask>;
    };
  } | null;
  progressReports: Edges<{
    unit: { name: string };
    summary: string | null;
    taskLines: {
      results: string | null;
      difficulties: string | null;
      proposals: string | null;
      task: { code: string; title: string; area: { name: string } };
    }[];
  }> | null;
}

/** A figure as a report writes it: a number, a yes/no, an event count. */
export type Figure = number | string | null;

export interface WardReportIndicator {
  code: string;
  name: string;
  target: string;
  /** The period's own figure, last year's for the same period and the comparison in words (absent in reports made final before they were kept). */
  periodFigure?: Figure;
  toDate: Figure;
  yearEstimate: Figure;
  samePeriodLastYear?: Figure;
  comparedWithSamePeriod?: string | null;
  status: string;
  evaluation: string;
  lead: string;
  cooperating: string;
}
export interface WardReportTask {
  code: string;
  title: string;
  kind: "KEY" | "SPECIFIC";
  area: string;
  status: string;
  percentDone: number | null;
  deadline: string | null;
  overdue: boolean;
  /** Done or stopped: nothing more to plan for it. */
  finished: boolean;
  lead: string;
  cooperating: string;
}
export interface WardReportLine {
  area: string;
  unit: string;
  task: string;
  text: string;
}
/** A voters' recommendation not yet resolved, as the report lists it. */
export interface WardReportRecommendation {
  content: string;
  source: string;
  receivedOn: string;
  ageDays: number;
  status: string;
  unit: string | null;
  answer: string | null;
}
export interface WardReportData {
  ward: string;
  title: string;
  periodLabel: string;
  month: number;
  year: number;
  planTitle: string;
  planNumber: string | null;
  signerName: string | null;
  signerTitle: string | null;
  indicators: WardReportIndicator[];
  tasks: WardReportTask[];
  /** From the approved unit reports of the period, in plan order of their tasks. */
  results: WardReportLine[];
  difficulties: WardReportLine[];
  proposals: WardReportLine[];
  /** Units whose report of the period is approved. */
  reportingUnits: string[];
  /** Voters' recommendations still open when the report was compiled (absent in reports made final before they were kept). */
  openRecommendations?: WardReportRecommendation[];
}

function figureOf(m: RawIndicator["measurements"][number] | undefined): Figure {
  if (!m) return null;
  if (m.value !== null) return Number(m.value);
  if (typeof m.eventCount === "number") return `${m.eventCount} vụ việc`;
  if (typeof m.achieved === "boolean") return m.achieved ? "Đạt" : "Không đạt";
  return null;
}

/** A status as the API's enum describes it in Vietnamese. */
function enumLabel(type: string, value: string): string {
  return (schema.getType(type) as GraphQLEnumType).getValue(value)?.description ?? value;
}
const taskStatusLabel = (status: string) => enumLabel("TaskStatus", status);
const recommendationStatusLabel = (status: string) => enumLabel("RecommendationStatus", status);

const names = (units: Units) => ({
  lead: units?.leadUnit.name ?? "",
  cooperating: units?.cooperatingUnits.map((u) => u.name).join(", ") ?? "",
});

/**
 * The compiled report of a monthly period as `viewer` may read it, or null when the period is not
 * one (unknown, hidden from the viewer, or not a month).
 */
export async function wardReportData(
  o: ReadOptions,
  viewer: Viewer,
  request: { requestId: string; ip: string },
  periodId: string,
): Promise<WardReportData | null> {
  const found = await readAs<{ node: { kind: string; number: number } | null }>(o, viewer, request, PERIOD, {
    periodId,
  });
  if (found.node?.kind !== "MONTH") return null;
  const data = await readAs<RawData>(o, viewer, request, WARD_REPORT, { periodId, month: found.node.number });
  const period = data.node;
  if (!period) return null;
  const plan = period.plan;
  const indicators = plan.indicators.edges.flatMap(({ node }) =>
    [node, ...(node.subIndicators ?? [])].map((i) => {
      const actual = i.measurements.find((m) => m.kind === "ACTUAL");
      return {
        code: i.code,
        name: i.name,
        target: i.targets.map((t) => t.text).join("; "),
        periodFigure: actual?.periodValue == null ? null : Number(actual.periodValue),
        toDate: figureOf(actual),
        yearEstimate: figureOf(i.measurements.find((m) => m.kind === "ESTIMATE")),
        samePeriodLastYear: actual?.samePeriodLastYear == null ? null : Number(actual.samePeriodLastYear),
        comparedWithSamePeriod: actual?.comparedWithSamePeriod ?? null,
        status: evaluationStatusLabel(i.evaluation.status, "vi"),
        evaluation: i.evaluation.message,
        // A part is assigned with its composite.
        ...names(i.assignment ?? node.assignment),
      };
    }),
  );
  const tasks = plan.tasks.edges.map(({ node: t }) => ({
    code: t.code,
    title: t.title,
    kind: t.kind,
    area: t.area.name,
    status: taskStatusLabel(t.status),
    percentDone: t.percentDone === null ? null : Number(t.percentDone),
    deadline: t.deadline,
    overdue: t.overdue,
    finished: t.status === "DONE" || t.status === "CANCELLED",
    ...names(t.assignment),
  }));
  const open = await readAs<{
    recommendations: Edges<Omit<WardReportRecommendation, "unit"> & { unit: { name: string } | null }> | null;
  }>(o, viewer, request, OPEN_RECOMMENDATIONS, { planId: plan.id });
  const openRecommendations = (open.recommendations?.edges ?? []).map(({ node }) => ({
    ...node,
    status: recommendationStatusLabel(node.status),
    unit: node.unit?.name ?? null,
  }));
  const order = new Map(tasks.map((t, i) => [t.code, i]));
  const reports = data.progressReports?.edges.map((e) => e.node) ?? [];
  const linesOf = (field: "results" | "difficulties" | "proposals") =>
    reports
      .flatMap((report) =>
        report.taskLines.flatMap((line) =>
          line[field]?.trim()
            ? [
                {
                  area: line.task.area.name,
                  unit: report.unit.name,
                  task: `${line.task.code}. ${line.task.title}`,
                  text: line[field].trim(),
                  code: line.task.code,
                },
              ]
            : [],
        ),
      )
      .sort((a, b) => (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0))
      .map(({ code: _code, ...line }) => line);
  return {
    ward: plan.jurisdiction.name,
    title: wardReportTitle(period.number, period.year),
    periodLabel: period.label,
    month: period.number,
    year: period.year,
    planTitle: plan.title,
    planNumber: plan.number,
    signerName: plan.signerName,
    signerTitle: plan.signerTitle,
    indicators,
    tasks,
    results: linesOf("results"),
    difficulties: linesOf("difficulties"),
    proposals: linesOf("proposals"),
    reportingUnits: reports.map((r) => r.unit.name),
    openRecommendations,
  };
}
