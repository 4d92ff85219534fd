// Statement names for pg's prepared statements: one per text, stable, and bounded.
import { describe, expect, it } from "vitest";
import { statementNamer } from "../src/statementNames.ts";

describe("statementNamer", () => {
  const query = (sql: string, parameters = 1) => ({ sql, args: Array.from({ length: parameters }, () => "x") });

  it("gives one text one name, and another text another", () => {
    const name = statementNamer();
    const a = name(query('SELECT "id" FROM "Plan" WHERE "id" = $1'));
    expect(a).not.toBe("");
    expect(name(query('SELECT "id" FROM "Plan" WHERE "id" = $1'))).toBe(a);
    expect(name(query('SELECT "id" FROM "Task" WHERE "id" = $1'))).not.toBe(a);
    // The same text names the same statement in another process (another namer).
    expect(statementNamer()(query('SELECT "id" FROM "Plan" WHERE "id" = $1'))).toBe(a);
  });

  it("leaves unnamed a statement of many parameters, and every new text past the limit", () => {
    const name = statementNamer({ maxNamed: 2, maxParameters: 3 });
    expect(name(query("SELECT $1, $2, $3, $4", 4))).toBe("");
    const first = name(query("SELECT 1"));
    expect(name(query("SELECT 2"))).not.toBe("");
    expect(name(query("SELECT 3"))).toBe("");
    expect(name(query("SELECT 1"))).toBe(first);
  });
});
