// Runs one typed mutation and turns its result union into react-admin's terms: the payload, or an
// HttpError whose message is the API's (Vietnamese, says what to fix). A ValidationError carries
// its field messages in `body.errors`, which react-admin shows under the form's inputs; a
// ConflictError says that someone else changed the record and it must be reloaded.
import type { TypedDocumentNode } from "@urql/core";
import { HttpError } from "react-admin";
import { runOperation } from "./query.ts";
import type { GraphqlClient } from "./types.ts";

/** The error members of every mutation result union (see the API's errors.ts). */
export interface ApiError {
  __typename: string;
  code?: string;
  message?: string;
  issues?: readonly { path: readonly string[]; message: string }[];
  currentVersion?: number;
}

const STATUS_OF_CODE: Record<string, number> = {
  NOT_AUTHORIZED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION: 400,
  PERIOD_CLOSED: 409,
};

/** The HttpError react-admin shows for a typed API error. */
export function httpErrorOf(error: ApiError): HttpError {
  const code = error.code ?? error.__typename;
  if (error.__typename === "ConflictError") {
    return new HttpError("app.error.conflict", 409, { code, currentVersion: error.currentVersion });
  }
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues ?? []) {
    // ["input", "name"] → "name"; nested paths keep dots ("lines.0.percentDone").
    const field = issue.path.filter((part, i) => !(i === 0 && part === "input")).join(".");
    if (field && !fieldErrors[field]) fieldErrors[field] = issue.message;
  }
  const message =
    error.issues && error.issues.length > 0
      ? error.issues.map((issue) => issue.message).join(" ")
      : (error.message ?? "ra.notification.http_error");
  return new HttpError(message, STATUS_OF_CODE[code] ?? 400, {
    code,
    ...(Object.keys(fieldErrors).length ? { errors: fieldErrors } : {}),
  });
}

/**
 * Runs `document` and returns what `pick` finds in its data: the payload (whose `__typename`
 * ends in "Payload"), or throws the HttpError of the typed error the API answered instead.
 */
export async function runMutation<
  Data,
  Variables extends Record<string, unknown>,
  Result extends { __typename?: string },
>(
  client: GraphqlClient,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  pick: (data: Data) => Result | null | undefined,
): Promise<Result> {
  const data = await runOperation(client, document, variables, "mutation");
  const result = pick(data);
  if (!result) throw new HttpError("ra.notification.http_error", 502);
  if (result.__typename && !result.__typename.endsWith("Payload")) throw httpErrorOf(result as ApiError);
  return result;
}
