// Limits on what one GraphQL request may ask for (graphql-armor). How refusals are answered: failures.ts.

import { ApolloArmor } from "@escape.tech/graphql-armor";

// maxCost is graphql-armor's static estimate (grows with depth and with list sizes asked): a full plan page with
// indicators, assignments, measurements and evaluations costs about 20,000.
export const QUERY_LIMITS = { maxDepth: 10, maxAliases: 15, maxTokens: 2000, maxCost: 50_000, maxDirectives: 50 };

export function queryProtection(production: boolean) {
  return new ApolloArmor({
    // Fragments count by what they select, not as an extra level.
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // Counted by graphql-js's parser instead (parseOptions in app.ts): armor's token plugin throws
    // from a hook Apollo treats as a server failure, answering a client's mistake with HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true, flattenFragments: true },
    // Suggestions ("Did you mean …") reveal the schema when introspection is off.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
