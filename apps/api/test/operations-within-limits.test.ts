// Every operation the console and other teams rely on (packages/schema/src/operations and the
// benchmark's nested list) passes the request limits, so the limits refuse only abuse.
import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "@kehoach/db";
import { parse, separateOperations, specifiedRules, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../src/schema/index.ts";
import { queryProtection } from "../src/server/protection.ts";

const operationsDir = path.join(repoRoot, "packages", "schema", "src", "operations");
const allOperations = fs
  .readdirSync(operationsDir)
  .filter((f) => f.endsWith(".graphql"))
  .map((f) => fs.readFileSync(path.join(operationsDir, f), "utf8"))
  .join("\n");
const rules = [...specifiedRules, ...queryProtection(true).validationRules];

describe("published operations within the request limits", () => {
  it.each(Object.entries(separateOperations(parse(allOperations))))("%s", (_name, document) => {
    expect(validate(schema, document, rules).map((e) => e.message)).toEqual([]);
  });

  it("the benchmark's nested list (plan → 18 indicators → assignment units → measurements)", () => {
    const nested = parse(/* GraphQL */ `
      query Nested($planId: ID!) {
        plan(id: $planId) {
          indicators(first: 50) {
            edges { node {
              code name
              assignment { leadUnit { name } cooperatingUnits { name } }
              measurements { kind value period { label } }
              evaluation { status progress message }
            } }
          }
        }
      }`);
    expect(validate(schema, nested, rules).map((e) => e.message)).toEqual([]);
  });
});
