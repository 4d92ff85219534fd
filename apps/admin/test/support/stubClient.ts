// A urql client that answers each typed operation with data typed as that operation's result, so
// that a stubbed list answer holds exactly what the list query asks for (and no more).
import type { TypedDocumentNode } from "@urql/core";
import type { DocumentNode } from "graphql";
import type { GraphqlClient } from "../../src/dataProvider/index.ts";

export interface Answer {
  document: DocumentNode;
  data: (variables: Record<string, unknown>) => unknown;
}

/** `data`, or a function of the variables giving it (or a promise of it, to answer later). */
export function answer<Data, Variables>(
  document: TypedDocumentNode<Data, Variables>,
  data: Data | ((variables: Variables) => Data | Promise<Data>),
): Answer {
  return {
    document,
    data: (variables) =>
      typeof data === "function"
        ? (data as (variables: Variables) => Data | Promise<Data>)(variables as Variables)
        : data,
  };
}

/** A promise and the function that settles it: an answer the test gives when it chooses. */
export function later<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

/** A page of a Relay connection holding `nodes`. */
export function page<Node>(nodes: Node[]) {
  return {
    totalCount: nodes.length,
    pageInfo: { hasNextPage: false, endCursor: null },
    edges: nodes.map((node, index) => ({ cursor: String(index), node })),
  };
}

export function stubClient(...answers: Answer[]): GraphqlClient {
  const run = (document: DocumentNode, variables: Record<string, unknown>) => ({
    toPromise: async () => {
      const found = answers.find((candidate) => candidate.document === document);
      if (!found) throw new Error(`unexpected operation ${operationName(document)}`);
      return { data: await found.data(variables ?? {}) };
    },
  });
  return { query: run, mutation: run } as unknown as GraphqlClient;
}

function operationName(document: DocumentNode): string {
  const operation = document.definitions.find((definition) => definition.kind === "OperationDefinition");
  return operation?.name?.value ?? "(anonymous)";
}
