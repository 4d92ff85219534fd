// @kehoach/schema: the typed client side of the GraphQL contract. Re-exports the documents
// (PlansDocument, PlanIndicatorsDocument, …) and the operation, fragment and enum types that
// graphql-codegen generates from schema.graphql and src/operations/*.graphql.
export * from "./generated/graphql.ts";
