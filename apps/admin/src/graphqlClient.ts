// The urql client the data provider uses: POST /graphql with a JSON body. Apollo Server's
// CSRF prevention refuses urql's default GET for queries, hence `preferGetMethod: false`.
import { Client, cacheExchange, fetchExchange } from "@urql/core";

export function createGraphqlClient(url = "/graphql"): Client {
  return new Client({
    url,
    preferGetMethod: false,
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: {
      credentials: "same-origin",
      headers: { accept: "application/graphql-response+json, application/json" },
    },
  });
}

export const graphqlClient = createGraphqlClient();
