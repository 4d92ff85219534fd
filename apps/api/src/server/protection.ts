// Limits on what one GraphQL request may ask for (graphql-armor), and error masking so that
// production responses never carry stack traces, SQL or driver messages.

import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { GraphQLFormattedError } from "graphql";

// maxCost is graphql-armor's static estimate (grows with depth and with list sizes asked): a full plan page with
// indicators, assignments, measurements and evaluations costs about 20,000.
export const QUERY_LIMITS = { maxDepth: 10, maxAliases: 15, maxTokens: 2000, maxCost: 50_000, maxDirectives: 50 };

export function queryProtection(production: boolean) {
  return new ApolloArmor({
    // Fragments count by what they select, not as an extra level.
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true, flattenFragments: true },
    // Suggestions ("Did you mean …") reveal the schema when introspection is off.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/** Codes whose messages are meant for the client; anything else is an internal failure. */
const CLIENT_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
  "UNAUTHENTICATED",
  "FORBIDDEN",
]);

export function maskInternalErrors(production: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? "INTERNAL_SERVER_ERROR");
    if (!production || CLIENT_CODES.has(code)) return formatted;
    return {
      message: "Lỗi máy chủ nội bộ. Vui lòng thử lại hoặc báo quản trị hệ thống.",
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}
