// Runs one typed operation on urql and turns GraphQL and network failures into react-admin's
// HttpError, so that react-admin shows them as notifications.
import type { TypedDocumentNode } from "@urql/core";
import { HttpError } from "react-admin";
import type { GraphqlClient } from "./types.ts";

export async function runQuery<Data, Variables extends Record<string, unknown>>(
  client: GraphqlClient,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  // react-admin keeps its own cache (react-query); "Tải lại" must reach the server.
  const result = await client.query(document, variables, { requestPolicy: "network-only" }).toPromise();
  if (result.error) {
    const { networkError, graphQLErrors } = result.error;
    const response = (networkError as { response?: { status?: number } } | undefined)?.response;
    const status = response?.status ?? (networkError ? 503 : 400);
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
