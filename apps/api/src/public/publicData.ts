// What the public page and the open data show: read through the GraphQL schema as an anonymous
// reader, so the access policy (packages/domain access/policy.ts) decides — published plans, and
// only the approved figures of published periods. Nothing here filters on its own.
import { anonymousViewer } from "../auth/viewer.ts";
import { type ReadOptions, readAs } from "../schema/readAs.ts";

const EVALUATION = "evaluation { status latestValue message }";
const INDICATOR = `code name targets { text } ${EVALUATION}`;

const PUBLIC_PLANS = /* GraphQL */ `
  query PublicPlans {
    plans(first: 100, orderBy: YEAR_DESC) {
      edges { node {
        id year number title issuer issuedOn publishedAt
        jurisdiction { code name }
        wardReports { finalizedAt publishedAt period { id number year label } }
        indicators(first: 100) { edges { node { ${INDICATOR} subIndicators { ${INDICATOR} } } } }
        tasks(first: 100) { edges { node {
          code title status percentDone deadline overdue
          area { name }
          assignment { leadUnit { name } }
        } } }
      } }
    }
  }
`;

export interface PublicEvaluation {
  status: string;
  latestValue: number | null;
  message: string;
}
export interface PublicIndicator {
  code: string;
  name: string;
  targets: { text: string }[];
  evaluation: PublicEvaluation;
  subIndicators?: PublicIndicator[];
}
export interface PublicTask {
  code: string;
  title: string;
  status: string;
  percentDone: string | null;
  deadline: string | null;
  overdue: boolean;
  area: { name: string };
  assignment: { leadUnit: { name: string } } | null;
}
/** A final compiled report published for the citizens. */
export interface PublicWardReport {
  finalizedAt: string;
  publishedAt: string;
  period: { id: string; number: number; year: number; label: string };
}
export interface PublicPlan {
  id: string;
  year: number;
  number: string | null;
  title: string;
  issuer: string;
  issuedOn: string | null;
  publishedAt: string | null;
  jurisdiction: { code: string; name: string };
  indicators: PublicIndicator[];
  tasks: PublicTask[];
  /** Published monthly reports, newest first. */
  wardReports: PublicWardReport[];
}

type Edges<T> = { edges: { node: T }[] };
type RawPlan = Omit<PublicPlan, "indicators" | "tasks"> & {
  indicators: Edges<PublicIndicator>;
  tasks: Edges<PublicTask>;
};

export type PublicDataOptions = ReadOptions;

/** The published plans, newest first, as an anonymous reader sees them. */
export async function publishedPlans(o: PublicDataOptions, requestId: string): Promise<PublicPlan[]> {
  const data = await readAs<{ plans: Edges<RawPlan> }>(o, anonymousViewer, { requestId, ip: "public" }, PUBLIC_PLANS);
  return data.plans.edges
    .map((e) => e.node)
    .filter((plan) => plan.publishedAt !== null)
    .map((plan) => ({
      ...plan,
      indicators: plan.indicators.edges.map((e) => e.node),
      tasks: plan.tasks.edges.map((e) => e.node),
    }));
}
