// The urql client the console uses: POST /graphql with a JSON body. The session is the API's
// HttpOnly cookie, which the browser sends by itself (same origin); no script ever holds a token.
// Apollo Server's CSRF prevention refuses urql's default GET for queries, hence
// `preferGetMethod: false`; a File variable (importPlanDocument) makes urql send a multipart
// request, which that prevention accepts only with the `apollo-require-preflight` header.
import { Client, cacheExchange, fetchExchange } from "@urql/core";

/** `fetch`: for tests outside a browser, which must send the session cookie themselves. */
export function createGraphqlClient(url = "/graphql", options: { fetch?: typeof fetch } = {}): Client {
  return new Client({
    url,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    preferGetMethod: false,
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: {
      credentials: "same-origin",
      headers: {
        accept: "application/graphql-response+json, application/json",
        "apollo-require-preflight": "true",
      },
    },
  });
}

export const graphqlClient = createGraphqlClient();
