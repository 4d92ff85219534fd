// No field can bypass the access policy: every object type of the schema that holds a ward's data
// carries the policy's guard (src/access/guards.ts), and every other type is public reference data,
// a wrapper (payload, error, connection), or a computed view reachable only through a guarded object
// or a query field with its own scope. A new type or field that fits none of these fails here.
import { type GraphQLField, type GraphQLObjectType, getNamedType, isInterfaceType, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { GUARDED_TYPES, readGuard } from "../../src/access/guards.ts";
import { schema } from "../../src/schema/index.ts";

/**
 * Readable by anyone by the policy (Unit, Jurisdiction and its reporting calendar, Area) or published
 * law (Document).
 */
const PUBLIC_TYPES = new Set(["Area", "Jurisdiction", "ReportingCalendar", "Unit", "Document"]);

const objectTypes = Object.values(schema.getTypeMap()).filter(
  (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith("__"),
);

function options(thing: { extensions?: unknown }): { authScopes?: unknown } {
  return ((thing.extensions as { pothosOptions?: { authScopes?: unknown } } | undefined)?.pothosOptions ?? {}) as {
    authScopes?: unknown;
  };
}

function isWrapper(type: GraphQLObjectType): boolean {
  if (["Query", "Mutation", "PageInfo", "FieldIssue"].includes(type.name)) return true;
  if (/(Payload|Connection|ConnectionEdge)$/.test(type.name)) return true;
  return type.getInterfaces().some((face) => face.name === "Error");
}

/** Every field of the schema with the type that declares it. */
const allFields = objectTypes.flatMap((parent) =>
  Object.values(parent.getFields()).map((field) => ({ parent, field })),
);

describe("the access policy covers every path", () => {
  const guards = new Set<unknown>(Object.values(readGuard));

  it("each protected type carries its guard", () => {
    for (const name of Object.keys(GUARDED_TYPES)) {
      const type = schema.getType(name);
      expect(type && isObjectType(type), name).toBe(true);
      expect(guards.has(options(type as GraphQLObjectType).authScopes), `${name} has no readGuard`).toBe(true);
    }
  });

  it("every other type is public, a wrapper, or reached only through a guarded object or a scoped query", () => {
    const guarded = new Set(Object.keys(GUARDED_TYPES));
    const computed = objectTypes.filter((t) => !guarded.has(t.name) && !PUBLIC_TYPES.has(t.name) && !isWrapper(t));
    const computedNames = new Set(computed.map((t) => t.name));
    const uncovered: string[] = [];
    for (const type of computed) {
      const paths = allFields.filter(({ field }) => getNamedType(field.type) === type);
      for (const { parent, field } of paths) {
        const covered =
          guarded.has(parent.name) ||
          computedNames.has(parent.name) ||
          (isWrapper(parent) && parent.name !== "Query") ||
          (parent.name === "Query" && options(field as GraphQLField<unknown, unknown>).authScopes !== undefined);
        if (!covered) uncovered.push(`${parent.name}.${field.name} → ${type.name}`);
      }
    }
    expect(uncovered).toEqual([]);
  });

  it("no interface or union hides an unguarded holder of ward data", () => {
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isInterfaceType(type) || type.name !== "Node") continue;
      for (const impl of schema.getImplementations(type).objects) {
        expect(guarded(impl.name) || PUBLIC_TYPES.has(impl.name), `${impl.name} is a Node without a guard`).toBe(true);
      }
    }
  });
});

function guarded(name: string): boolean {
  return name in GUARDED_TYPES;
}
