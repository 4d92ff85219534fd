// The published contract packages/schema/schema.graphql is exactly what the code prints, and
// every type, field, argument and enum value in it is documented.
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
} from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../src/schema/index.ts";
import { committedSdl, printedSdl } from "../src/schema/sdl.ts";

function undocumented(): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of "args" in field ? field.args : []) {
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe("schema.graphql", () => {
  it("matches the schema printed from the code (run `pnpm schema:print` after a change)", () => {
    expect(committedSdl()).toBe(printedSdl());
  });

  it("documents every type, field, argument and enum value", () => {
    expect(undocumented()).toEqual([]);
  });
});
