// The two mutations of a plan import on the console's client: the uploaded document read into a
// draft (urql sends the File as a multipart request), and the reviewed draft confirmed into a plan.
// Typed refusals come back as values to show; network and GraphQL failures throw (HttpError).
import type { PlanDraftJson } from "@kehoach/domain";
import { ConfirmPlanImportDocument, type ConfirmPlanImportMutation, ImportPlanDocumentDocument } from "@kehoach/schema";
import { runOperation } from "../dataProvider/query.ts";
import type { GraphqlClient } from "../dataProvider/types.ts";
import type { ReviewedDraft } from "./reviewedDraft.ts";

export interface ReadDocument {
  kind: "draft";
  draft: PlanDraftJson;
  /** The normalised text, line by line: the draft's evidence numbers these lines from 1. */
  lines: string[];
  format: string;
}

export interface Refusal {
  kind: "refused";
  message: string;
  /** Field issues of a ValidationError, their path under the draft ("header", "title"). */
  issues: { path: string[]; message: string }[];
}

export type CreatedPlan = Extract<
  ConfirmPlanImportMutation["confirmPlanImport"],
  { __typename: "ConfirmPlanImportPayload" }
>;

type ApiError = { message: string; issues?: { path: string[]; message: string }[] };

function refusal(error: ApiError): Refusal {
  const issues = (error.issues ?? []).map((issue) => ({
    path: issue.path[0] === "draft" ? issue.path.slice(1) : issue.path,
    message: issue.message,
  }));
  return { kind: "refused", message: error.message, issues };
}

export async function readPlanDocument(client: GraphqlClient, file: File): Promise<ReadDocument | Refusal> {
  const data = await runOperation(client, ImportPlanDocumentDocument, { file }, "mutation");
  const result = data.importPlanDocument;
  if (result.__typename !== "ImportPlanDocumentPayload") return refusal(result);
  return { kind: "draft", draft: result.draft as PlanDraftJson, lines: result.lines, format: result.format };
}

export async function confirmPlanImport(
  client: GraphqlClient,
  draft: ReviewedDraft,
): Promise<({ kind: "created" } & CreatedPlan) | Refusal> {
  const data = await runOperation(client, ConfirmPlanImportDocument, { input: { draft } }, "mutation");
  const result = data.confirmPlanImport;
  if (result.__typename !== "ConfirmPlanImportPayload") return refusal(result);
  return { kind: "created", ...result };
}
