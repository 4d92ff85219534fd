// The synthetic city (`pnpm seed:city`): the same arguments give the same rows in two databases;
// every ward has its published plan with the 18 numbered indicators, 12 monthly periods, units,
// accounts and approved figures; the city has readers for its roll-up; a seeded database is refused
// unless reset, and the embedded database always.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMBEDDED_REFUSED, SeedCityError, type SeedCityResult, seedCity } from "../src/seedCity/index.ts";
import { createPostgresTestDatabase, type TestDatabase } from "../src/testing.ts";

const PASSWORD = "kiem-thu-thanh-pho-2026";
const ARGS = { wards: 3, seed: 42, password: PASSWORD } as const;

async function query<R extends pg.QueryResultRow>(url: string, sql: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Every approved figure, with the ids: what "the same rows" means for a ward, indicator and month. */
const FIGURES = `
  SELECT j.code AS ward, i.code AS indicator, p.number AS month, m.kind, m.value::text AS value,
         m."periodValue"::text AS "periodValue", m.achieved, m."eventCount", m.id
  FROM "Measurement" m
  JOIN "Indicator" i ON i.id = m."indicatorId"
  JOIN "ReportingPeriod" p ON p.id = m."periodId"
  JOIN "Jurisdiction" j ON j.id = p."jurisdictionId"
  ORDER BY j.code, i.position, p.number, m.kind`;

describe("seed:city", () => {
  let a: TestDatabase | undefined;
  let b: TestDatabase | undefined;
  let first: SeedCityResult;
  let second: SeedCityResult;
  const urlOf = (db: TestDatabase | undefined) => db?.url as string;

  beforeAll(async () => {
    a = await createPostgresTestDatabase();
    b = await createPostgresTestDatabase();
    first = await seedCity({ databaseUrl: urlOf(a), ...ARGS });
    second = await seedCity({ databaseUrl: urlOf(b), ...ARGS });
  });

  afterAll(async () => {
    await Promise.allSettled([a?.drop(), b?.drop()]);
  });

  it("gives the same rows and figures for the same arguments", async () => {
    expect(second.rows).toEqual(first.rows);
    const [figuresA, figuresB] = await Promise.all([query(urlOf(a), FIGURES), query(urlOf(b), FIGURES)]);
    expect(figuresA.length).toBeGreaterThan(1000);
    expect(figuresB).toEqual(figuresA);
    // One figure named outright: Phường Thủy Nguyên, indicator (5) (new businesses, a count), October.
    const pick = (rows: Record<string, unknown>[]) =>
      rows.find((r) => r.ward === "11560" && r.indicator === "5" && r.month === 10 && r.kind === "ACTUAL");
    expect(pick(figuresA)?.value).toMatch(/^\d+\.0+$/);
    expect(pick(figuresB)?.value).toBe(pick(figuresA)?.value);
  });

  it("gives every ward a published plan like Tân Hưng's, its units, accounts and a year of approved figures", async () => {
    const wards = await query<Record<string, string | number>>(
      urlOf(a),
      `SELECT j.code, j.kind,
        (SELECT count(*)::int FROM "Plan" pl WHERE pl."jurisdictionId" = j.id AND pl.status = 'ACTIVE' AND pl."publishedAt" IS NOT NULL) AS plans,
        (SELECT count(*)::int FROM "Indicator" i JOIN "Plan" pl ON pl.id = i."planId" WHERE pl."jurisdictionId" = j.id AND i.number IS NOT NULL) AS numbered,
        (SELECT count(*)::int FROM "Task" t JOIN "Plan" pl ON pl.id = t."planId" WHERE pl."jurisdictionId" = j.id) AS tasks,
        (SELECT count(*)::int FROM "Indicator" i JOIN "Plan" pl ON pl.id = i."planId" JOIN "Indicator" c ON c.id = i."contributesToId"
          JOIN "Plan" cp ON cp.id = c."planId" WHERE pl."jurisdictionId" = j.id AND cp."jurisdictionId" = j."parentId") AS shared,
        (SELECT count(*)::int FROM "ReportingPeriod" rp WHERE rp."jurisdictionId" = j.id AND rp.kind = 'MONTH') AS months,
        (SELECT count(*)::int FROM "Unit" u WHERE u."jurisdictionId" = j.id) AS units,
        (SELECT count(*)::int FROM "User" u WHERE u."jurisdictionId" = j.id) AS users,
        (SELECT count(DISTINCT rp.number)::int FROM "Measurement" m JOIN "ReportingPeriod" rp ON rp.id = m."periodId"
          WHERE rp."jurisdictionId" = j.id AND m.kind = 'ACTUAL') AS "monthsWithFigures"
      FROM "Jurisdiction" j WHERE j."parentId" IS NOT NULL ORDER BY j.code`,
    );
    expect(wards).toHaveLength(3);
    for (const w of wards) {
      // Four indicators add to the province plan's: two sums, a weighted average, one all wards must achieve.
      expect(w).toMatchObject({ plans: 1, numbered: 18, tasks: 32, months: 12, shared: 4 });
      expect(w.units).toBeGreaterThanOrEqual(12);
      expect(w.users).toBeGreaterThanOrEqual(25);
      // Months 1–10 are approved everywhere; month 11 only where its reports came in.
      expect(w.monthsWithFigures).toBeGreaterThanOrEqual(10);
    }
    // Official figures come from approved reports only.
    const [stray] = await query<{ n: number }>(
      urlOf(a),
      `SELECT count(*)::int AS n FROM "Measurement" m
       JOIN "ProgressReportIndicatorLine" l ON l.id = m."reportLineId" JOIN "ProgressReport" r ON r.id = l."reportId"
       WHERE r.status <> 'APPROVED'`,
    );
    expect(stray?.n).toBe(0);
    // The city's leader, office and administrator, who read the roll-up.
    const city = await query<{ role: string }>(
      urlOf(a),
      `SELECT g.role FROM "RoleGrant" g JOIN "Jurisdiction" j ON j.id = g."jurisdictionId" WHERE j.code = '31' ORDER BY g.role`,
    );
    expect(city.map((g) => g.role)).toEqual(["ADMIN", "OFFICE", "LEADER"]);
  });

  it("refuses a seeded database unless reset, and then seeds the same city again", async () => {
    await expect(seedCity({ databaseUrl: urlOf(a), ...ARGS })).rejects.toThrow(/--reset/);
    const again = await seedCity({ databaseUrl: urlOf(a), ...ARGS, reset: true });
    expect(again.rows).toEqual(first.rows);
    expect(await query(urlOf(a), FIGURES)).toEqual(await query(urlOf(b), FIGURES));
  });

  it("refuses the embedded database", async () => {
    const refused = seedCity({ databaseUrl: "memory://", ...ARGS });
    await expect(refused).rejects.toThrow(SeedCityError);
    await expect(refused).rejects.toThrow(EMBEDDED_REFUSED);
  });
});
