// The urql client the console uses: POST /graphql with a JSON body and the signed-in user's
// Bearer token. Apollo Server's CSRF prevention refuses urql's default GET for queries, hence
// `preferGetMethod: false`; a File variable (importPlanDocument) makes urql send a multipart
// request, which that prevention accepts only with the `apollo-require-preflight` header.
import { Client, cacheExchange, fetchExchange } from "@urql/core";
import { tokenStore } from "./auth/tokenStore.ts";

export function createGraphqlClient(
  url = "/graphql",
  token: () => string | null = () => tokenStore.get()?.token ?? null,
): Client {
  return new Client({
    url,
    preferGetMethod: false,
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: () => {
      const bearer = token();
      return {
        credentials: "same-origin",
        headers: {
          accept: "application/graphql-response+json, application/json",
          "apollo-require-preflight": "true",
          ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        },
      };
    },
  });
}

export const graphqlClient = createGraphqlClient();
