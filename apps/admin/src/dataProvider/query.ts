// Runs one typed operation on urql and turns GraphQL and network failures into react-admin's
// HttpError, so that react-admin shows them as notifications.
import type { TypedDocumentNode } from "@urql/core";
import { HttpError } from "react-admin";
import type { GraphqlClient } from "./types.ts";

export function runQuery<Data, Variables extends Record<string, unknown>>(
  client: GraphqlClient,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  return runOperation(client, document, variables, "query");
}

export async function runOperation<Data, Variables extends Record<string, unknown>>(
  client: GraphqlClient,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  kind: "query" | "mutation",
): Promise<Data> {
  // react-admin keeps its own cache (react-query); "Tải lại" must reach the server.
  const result =
    kind === "query"
      ? await client.query(document, variables, { requestPolicy: "network-only" }).toPromise()
      : await client.mutation(document, variables).toPromise();
  if (result.error) {
    const { networkError, graphQLErrors } = result.error;
    const response = (networkError as { response?: { status?: number } } | undefined)?.response;
    const status = response?.status ?? (networkError ? 503 : 400);
    if (graphQLErrors.some((error) => error.extensions?.code === "UNAUTHENTICATED")) {
      throw new HttpError("app.auth.signed_out", 401, { code: "UNAUTHENTICATED" });
    }
    const message = graphQLErrors.length
      ? graphQLErrors.map((error) => error.message).join("; ")
      : (networkError?.message ?? result.error.message);
    throw new HttpError(message, status, { graphQLErrors });
  }
  if (result.data == null) {
    throw new HttpError("ra.notification.http_error", 502);
  }
  return result.data;
}

export function notFound(resource: string, id: unknown): HttpError {
  return new HttpError(`ra.notification.item_doesnt_exist`, 404, { resource, id });
}
