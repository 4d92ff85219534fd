// Seed fidelity: the seeded database holds the Tân Hưng 2026 plan exactly as the document writes it,
// on the embedded database and on the PostgreSQL server; seeding is idempotent; bad seed files fail
// with a message naming the file and the field.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { verify } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDir } from "../src/paths.ts";
import { loadSeedData, SeedDataError, type SeedResult, seedDatabase } from "../src/seed/index.ts";
import { type TestDatabase, testDatabaseKinds } from "../src/testing.ts";

const PLAN_TEXT = fs
  .readFileSync(path.join(seedDir, "ke-hoach-tan-hung-2026.md"), "utf8")
  // The markdown conversion wrote ≥ as \geq and added emphasis markers; the seed keeps the words.
  .replace(/\\geq/g, "≥")
  .replace(/\*/g, "");

const DEMO_PASSWORD = "thu-nghiem-tan-hung-2026";
const TODAY = "2026-03-10";

// code → [kind, comparator, value, unit, basis, direction, qualitativeKind], as written in section II.3.
type Row = [string, string | null, string | null, string | null, string, string, string | null];
const EXPECTED_TARGETS: Record<string, Row[]> = {
  "1": [["QUANTITATIVE", "GT", "10", "%", "AVERAGE_ANNUAL_CHANGE", "INCREASE", null]],
  "1.1": [["QUANTITATIVE", "GTE", "12", "%", "AVERAGE_ANNUAL_CHANGE", "INCREASE", null]],
  "1.2": [["QUANTITATIVE", "GTE", "10", "%", "AVERAGE_ANNUAL_CHANGE", "INCREASE", null]],
  "1.3": [["QUANTITATIVE", "GTE", "2", "%", "AVERAGE_ANNUAL_CHANGE", "INCREASE", null]],
  "2": [["QUALITATIVE", null, null, null, "LEVEL", "INCREASE", "COMPLETE_ASSIGNED"]],
  "3": [["QUANTITATIVE", "GT", "14", "tỷ đồng", "LEVEL", "INCREASE", null]],
  "4": [["QUANTITATIVE", "EQ", "100", "%", "LEVEL", "INCREASE", null]],
  "5": [["QUANTITATIVE", "GT", "20", "cơ sở", "LEVEL", "INCREASE", null]],
  "6": [["QUANTITATIVE", "EQ", "84.9", "triệu đồng", "LEVEL", "INCREASE", null]],
  "7": [["QUANTITATIVE", "GTE", "50", "%", "CHANGE", "DECREASE", null]],
  "8": [["QUANTITATIVE", "EQ", "100", "%", "LEVEL", "INCREASE", null]],
  "9": [["QUANTITATIVE", "EQ", "100", "%", "LEVEL", "INCREASE", null]],
  "10": [["QUANTITATIVE", "EQ", "96", "%", "LEVEL", "INCREASE", null]],
  "11": [["QUANTITATIVE", "EQ", "1", "trường", "ADDITIONAL", "INCREASE", null]],
  "12": [["QUANTITATIVE", "EQ", "1", "cơ sở", "LEVEL", "INCREASE", null]],
  "13": [["QUANTITATIVE", "EQ", "55", "%", "LEVEL", "INCREASE", null]],
  "14": [],
  "14.1": [["QUANTITATIVE", "GT", "97", "%", "LEVEL", "INCREASE", null]],
  "14.2": [["QUANTITATIVE", "EQ", "100", "%", "LEVEL", "INCREASE", null]],
  "14.3": [["QUALITATIVE", null, null, null, "LEVEL", "INCREASE", "ACHIEVED"]],
  "14.4": [["QUALITATIVE", null, null, null, "LEVEL", "INCREASE", "ACHIEVED"]],
  "15": [],
  "15.1": [["QUANTITATIVE", "GT", "99", "%", "LEVEL", "INCREASE", null]],
  "15.2": [["QUANTITATIVE", "EQ", "100", "%", "LEVEL", "INCREASE", null]],
  "15.3": [["QUANTITATIVE", "EQ", "100", "%", "LEVEL", "INCREASE", null]],
  "15.4": [["QUANTITATIVE", "GT", "98", "%", "LEVEL", "INCREASE", null]],
  "16": [["QUALITATIVE", null, null, null, "LEVEL", "INCREASE", "ACHIEVED"]],
  "17": [],
  "17.1": [["QUANTITATIVE", "EQ", "100", "%", "LEVEL", "INCREASE", null]],
  "17.2": [["QUANTITATIVE", "EQ", "100", "%", "LEVEL", "INCREASE", null]],
  "18": [["QUALITATIVE", null, null, null, "LEVEL", "MAINTAIN", "ZERO_EVENTS"]],
};

const INDICATOR_AREAS: Record<number, string> = {
  ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [n, "ECONOMY"])),
  ...Object.fromEntries([10, 11, 12, 13, 14, 15].map((n) => [n, "CULTURE_SOCIETY"])),
  16: "JUSTICE",
  17: "MILITARY",
  18: "PUBLIC_ORDER",
};

// The leader in charge follows the item's area (section IV.1).
const LEADER_BY_AREA: Record<string, string> = {
  GENERAL: "chutich",
  DEFENCE_SECURITY: "chutich",
  MILITARY: "chutich",
  PUBLIC_ORDER: "chutich",
  ECONOMY: "pct.kinhte",
  CULTURE_SOCIETY: "pct.vhxh",
  JUSTICE: "pct.vhxh",
};

describe("seed files", () => {
  const data = loadSeedData();

  it("quote the plan verbatim: every indicator line, sub-indicator, task, purpose and requirement", () => {
    const p = data.plan;
    const indicators = p.indicatorGroups.flatMap((g) => g.indicators.flatMap((i) => [i, ...i.subIndicators]));
    for (const i of indicators) expect(PLAN_TEXT, `chỉ tiêu ${i.code}`).toContain(i.sourceText);
    for (const t of p.tasks) expect(PLAN_TEXT, `nhiệm vụ ${t.code}`).toContain(t.content);
    for (const s of [p.objective ?? "", ...p.purposes, ...p.requirements]) expect(PLAN_TEXT).toContain(s);
    expect(PLAN_TEXT).toContain(`“${p.theme}”`);
    for (const t of p.tasks) expect(t.title.length).toBeLessThanOrEqual(120);
  });

  // The official list sits beside the repository in the project workspace, not in a clone.
  const OFFICIAL = path.join(seedDir, "..", "..", "..", "shared", "data", "don-vi-hanh-chinh-cap-xa-2025.csv");
  it.skipIf(!fs.existsSync(OFFICIAL))("copy the 114 Hải Phòng wards and communes from the official list", () => {
    const list = fs.readFileSync(OFFICIAL, "utf8");
    const official = list
      .split(/\r?\n/)
      .filter((l) => l.endsWith(",Tp Hải Phòng"))
      .map((l) => l.split(",").slice(0, 2).join(","));
    const seeded = data.jurisdictions.filter((j) => j.parentCode === "31").map((j) => `${j.code},${j.name}`);
    expect(seeded).toEqual(official);
  });

  it("fail with the file and the field when a comparator is wrong", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-seed-"));
    try {
      for (const f of fs.readdirSync(seedDir)) fs.copyFileSync(path.join(seedDir, f), path.join(dir, f));
      const file = path.join(dir, "plan-tan-hung-2026.yaml");
      fs.writeFileSync(
        file,
        fs.readFileSync(file, "utf8").replace("comparator: EQ, value: 84.9", "comparator: BANG, value: 84.9"),
      );
      let error: unknown;
      try {
        loadSeedData(dir);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SeedDataError);
      const err = error as SeedDataError;
      expect(err.file).toBe("plan-tan-hung-2026.yaml");
      expect(err.field).toBe("indicatorGroups[0].indicators[5].targets[0].comparator");
      expect(err.message).toMatch(
        /^plan-tan-hung-2026\.yaml: indicatorGroups\[0\]\.indicators\[5\]\.targets\[0\]\.comparator: .*"BANG".*GT, GTE, EQ/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fail on an unknown unit code in an assignment", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-seed-"));
    try {
      for (const f of fs.readdirSync(seedDir)) fs.copyFileSync(path.join(seedDir, f), path.join(dir, f));
      const file = path.join(dir, "plan-tan-hung-2026.yaml");
      fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("lead: qs", "lead: khongco"));
      expect(() => loadSeedData(dir)).toThrow(
        /plan-tan-hung-2026\.yaml: indicators\[17\]\.assignment\.lead: đơn vị "khongco"/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(testDatabaseKinds)("seed on the $kind database", ({ create }) => {
  let test: TestDatabase;
  let first: SeedResult;
  let planId: string;
  const prisma = () => test.db.prisma;

  beforeAll(async () => {
    test = await create({ migrate: true });
    first = await seedDatabase(test.db.prisma, { demo: true, demoPassword: DEMO_PASSWORD, today: TODAY });
    const plan = await test.db.prisma.plan.findFirstOrThrow({ where: { jurisdiction: { code: "10537" }, year: 2026 } });
    planId = plan.id;
  });

  afterAll(async () => {
    await test?.drop();
  });

  it("holds Hải Phòng and its 114 wards and communes, Tân Hưng 10537 under the city", async () => {
    expect(await prisma().jurisdiction.count()).toBe(115);
    const tanHung = await prisma().jurisdiction.findUniqueOrThrow({
      where: { code: "10537" },
      include: { parent: true },
    });
    expect(tanHung).toMatchObject({
      name: "Phường Tân Hưng",
      kind: "WARD",
      parent: { code: "31", name: "Thành phố Hải Phòng", kind: "CITY" },
    });
    const kinds = await prisma().jurisdiction.groupBy({ by: ["kind"], _count: true, orderBy: { kind: "asc" } });
    expect(Object.fromEntries(kinds.map((k) => [k.kind, k._count]))).toEqual({
      CITY: 1,
      WARD: 45,
      COMMUNE: 67,
      SPECIAL_ZONE: 2,
    });
  });

  it("holds the plan's header, theme, objective, purposes, requirements and signer", async () => {
    const plan = await prisma().plan.findUniqueOrThrow({ where: { id: planId }, include: { parentDocument: true } });
    expect(plan).toMatchObject({
      year: 2026,
      number: null,
      issuedOn: null,
      placeAndDate: "Tân Hưng, ngày tháng 01 năm 2026",
      issuer: "Ủy ban nhân dân phường Tân Hưng",
      title: "Về phát triển kinh tế-xã hội, quốc phòng- an ninh phường Tân Hưng năm 2026",
      theme: "Chủ động thực thi; phát huy động lực; tăng trưởng bút phá",
      signerName: "Vũ Công Thảo",
      signerTitle: "TM. Ủy ban nhân dân – Chủ tịch",
      status: "ACTIVE",
      parentDocument: { number: "05/KH-UBND", issuer: "Ủy ban nhân dân thành phố Hải Phòng" },
    });
    expect(plan.publishedAt).toBeInstanceOf(Date);
    expect(plan.objective).toMatch(
      /^Đẩy mạnh tăng trưởng kinh tế, chuyển dịch cơ cấu kinh tế\..*thông suốt, không gián đoạn\.$/,
    );
    expect(plan.purposes).toHaveLength(2);
    expect(plan.purposes[0]).toMatch(/^Triển khai thực hiện nghiêm túc/);
    expect(plan.requirements).toHaveLength(2);
    expect(plan.requirements[1]).toMatch(/^Tăng cường công tác tự kiểm tra/);
  });

  it("holds the four legal bases in order with their numbers, dates and issuers", async () => {
    const bases = await prisma().planLegalBasis.findMany({
      where: { planId },
      include: { document: true },
      orderBy: { position: "asc" },
    });
    expect(
      bases.map((b) => [
        b.position,
        b.document.kind,
        b.document.number,
        b.document.issuedOn?.toISOString().slice(0, 10),
        b.document.issuer,
      ]),
    ).toEqual([
      [1, "PLAN", "05/KH-UBND", "2026-01-07", "Ủy ban nhân dân thành phố Hải Phòng"],
      [2, "REPORT", "57-BC/ĐU", "2025-12-22", "Đảng ủy phường Tân Hưng"],
      [3, "RESOLUTION", "13-NQ/ĐU", "2026-01-09", "Ban chấp hành Đảng bộ phường Tân Hưng"],
      [4, "RESOLUTION", "21/NQ-HĐND", "2025-12-22", "Hội đồng nhân dân phường Tân Hưng"],
    ]);
    expect(bases[0]?.document.shortName).toBe("Kế hoạch số 05/KH-UBND");
    expect(bases[0]?.document.title).toBe(
      "Về phát triển kinh tế - xã hội, quốc phòng - an ninh, đối ngoại thành phố năm 2026",
    );
  });

  it("holds the 18 numbered indicators in groups a (9), b (6), c (3) with their areas", async () => {
    const groups = await prisma().indicatorGroup.findMany({
      where: { planId },
      include: { area: true, indicators: { where: { parentId: null }, orderBy: { position: "asc" } } },
      orderBy: { position: "asc" },
    });
    expect(groups.map((g) => [g.code, g.area.code, g.indicators.map((i) => i.number)])).toEqual([
      ["a", "ECONOMY", [1, 2, 3, 4, 5, 6, 7, 8, 9]],
      ["b", "CULTURE_SOCIETY", [10, 11, 12, 13, 14, 15]],
      ["c", "DEFENCE_SECURITY", [16, 17, 18]],
    ]);
    const numbered = await prisma().indicator.findMany({
      where: { planId, number: { not: null } },
      include: { area: true },
    });
    expect(numbered).toHaveLength(18);
    for (const i of numbered) expect([i.number, i.area.code]).toEqual([i.number, INDICATOR_AREAS[i.number ?? 0]]);
    const six = numbered.find((i) => i.number === 6);
    expect(six?.sourceText).toBe("(6) Thu nhập bình quân đầu người đạt 84,9 triệu đồng.");
  });

  it("gives (1), (14), (15), (17) their sub-indicators and (7) applies from 2027", async () => {
    const subs = await prisma().indicator.findMany({
      where: { planId, parentId: { not: null } },
      include: { parent: true },
      orderBy: { position: "asc" },
    });
    expect(subs.map((s) => `${s.parent?.code}>${s.code}`)).toEqual([
      "1>1.1",
      "1>1.2",
      "1>1.3",
      "14>14.1",
      "14>14.2",
      "14>14.3",
      "14>14.4",
      "15>15.1",
      "15>15.2",
      "15>15.3",
      "15>15.4",
      "17>17.1",
      "17>17.2",
    ]);
    const applicable = await prisma().indicator.findMany({ where: { planId, applicableFromYear: { not: null } } });
    expect(applicable.map((i) => [i.code, i.applicableFromYear])).toEqual([["7", 2027]]);
  });

  it("structures every target exactly as written", async () => {
    const indicators = await prisma().indicator.findMany({
      where: { planId },
      include: { targets: { orderBy: { position: "asc" } } },
    });
    const actual = Object.fromEntries(
      indicators.map((i) => [
        i.code,
        i.targets.map((t) => [
          t.kind,
          t.comparator,
          t.value?.toString() ?? null,
          t.unit,
          t.basis,
          t.direction,
          t.qualitativeKind,
        ]),
      ]),
    );
    expect(actual).toEqual(EXPECTED_TARGETS);
    const money = indicators.flatMap((i) =>
      i.targets.filter((t) => t.measure === "MONEY").map((t) => [i.code, t.currency, t.scale?.toString()]),
    );
    expect(money).toEqual(
      expect.arrayContaining([
        ["3", "VND", "1000000000"],
        ["6", "VND", "1000000"],
      ]),
    );
    const t6 = indicators.find((i) => i.code === "6")?.targets[0];
    expect(t6?.text).toBe("đạt 84,9 triệu đồng");
  });

  it("holds every task of section III in its area", async () => {
    const tasks = await prisma().task.findMany({
      where: { planId },
      include: { area: true, outputs: true },
      orderBy: { position: "asc" },
    });
    const by = (section: string, area: string, kind: string) =>
      tasks.filter((t) => t.section === section && t.area.code === area && t.kind === kind).map((t) => t.code);
    expect(by("III.1", "GENERAL", "KEY")).toEqual(["TT.1", "TT.2", "TT.3", "TT.4"]);
    expect(by("III.2.1", "GENERAL", "SPECIFIC")).toEqual(["2.1"]);
    expect(by("III.2.2.a", "ECONOMY", "SPECIFIC")).toHaveLength(9);
    expect(by("III.2.2.b", "CULTURE_SOCIETY", "SPECIFIC")).toHaveLength(10);
    expect(by("III.2.2.c", "JUSTICE", "SPECIFIC")).toEqual(["c.1", "c.2", "c.3"]);
    expect(by("III.2.2.d", "MILITARY", "SPECIFIC")).toEqual(["d.QS.1"]);
    expect(by("III.2.2.d", "PUBLIC_ORDER", "SPECIFIC")).toEqual(["d.AN.1", "d.AN.2", "d.AN.3", "d.AN.4"]);
    expect(tasks).toHaveLength(32);
    for (const t of tasks) expect(PLAN_TEXT, t.code).toContain(t.content);
    const outputs = tasks.flatMap((t) => t.outputs.map((o) => `${t.code}:${o.kind}`)).sort();
    expect(outputs).toEqual([
      "a.1:SCHEME",
      "a.5:PLAN",
      "b.4:PLAN",
      "b.6:PLAN",
      "d.AN.2:MODEL",
      "d.AN.2:PLAN",
      "d.AN.2:SCHEME",
    ]);
  });

  it("has the units of section IV with their duties", async () => {
    const units = await prisma().unit.findMany({
      where: { jurisdiction: { code: "10537" } },
      include: { parent: true },
    });
    const byCode = Object.fromEntries(units.map((u) => [u.code, u]));
    expect(byCode.vp).toMatchObject({ name: "Văn phòng HĐND và UBND", kind: "OFFICE" });
    expect(byCode.kt).toMatchObject({ name: "Phòng Kinh tế, Hạ tầng và Đô thị", kind: "SPECIALISED_OFFICE" });
    expect(byCode.thngocson).toMatchObject({ name: "Trường Tiểu học Ngọc Sơn", kind: "SCHOOL" });
    expect(byCode.tdp).toMatchObject({ kind: "RESIDENTIAL_GROUP" });
    expect(units.filter((u) => u.parent?.code === "mttq").map((u) => u.kind)).toEqual(
      Array(5).fill("MASS_ORGANISATION"),
    );
    expect(byCode.vp?.duties).toHaveLength(6); // IV.2 (3) + IV.3 (3)
    expect(byCode.dvsnc?.duties).toHaveLength(5); // IV.2 (3) + IV.4 (2)
    expect(byCode.mttq?.duties[1]).toMatch(/^Phát huy vai trò giám sát và phản biện xã hội/);
  });

  it("assigns every indicator and task, inferred, with a lead unit, a leader by area and a reason", async () => {
    const indicators = await prisma().indicator.findMany({
      where: { planId, parentId: null },
      include: { area: true, assignment: { include: { leader: true, leadUnit: true } } },
    });
    const tasks = await prisma().task.findMany({
      where: { planId },
      include: { area: true, assignment: { include: { leader: true, leadUnit: true } } },
    });
    for (const item of [...indicators, ...tasks]) {
      const a = item.assignment;
      expect(a, item.code).not.toBeNull();
      expect(a?.inferred).toBe(true);
      expect(a?.inferenceNote?.length).toBeGreaterThan(20);
      expect(a?.leader?.username, item.code).toBe(LEADER_BY_AREA[item.area.code]);
    }
    const lead = (code: string) => indicators.find((i) => i.code === code)?.assignment?.leadUnit.code;
    expect([lead("1"), lead("10"), lead("15"), lead("16"), lead("17"), lead("18")]).toEqual([
      "kt",
      "vhxh",
      "hcc",
      "vp",
      "qs",
      "ca",
    ]);
    expect(await prisma().assignment.count({ where: { planId } })).toBe(18 + 32);
  });

  it("opens the 2026 periods — 12 months, quarters, six and nine months, the year — in Decree-09 windows, with their status on the day", async () => {
    const all = await prisma().reportingPeriod.findMany({
      where: { planId },
      orderBy: [{ kind: "asc" }, { number: "asc" }],
    });
    const periods = all.filter((p) => p.kind === "MONTH");
    expect(periods.map((p) => p.label)).toEqual(
      Array.from({ length: 12 }, (_, i) => `Tháng ${String(i + 1).padStart(2, "0")}/2026`),
    );
    const others = all.filter((p) => p.kind !== "MONTH").map((p) => `${p.label} ${p.status}`);
    expect(others.sort()).toEqual(
      [
        "Quý I/2026 OPEN",
        "Quý II/2026 UPCOMING",
        "Quý III/2026 UPCOMING",
        "Quý IV/2026 UPCOMING",
        "6 tháng đầu năm 2026 OPEN",
        "9 tháng năm 2026 OPEN",
        "Năm 2026 OPEN",
      ].sort(),
    );
    expect(all.every((p) => p.year === 2026)).toBe(true);
    // On 10/03: February's report was due on 17/02, March's window runs 15/02–14/03, April's starts 15/03.
    expect(periods[1]).toMatchObject({ status: "CLOSED" });
    expect(periods[2]).toMatchObject({ status: "OPEN" });
    expect(periods[3]).toMatchObject({ status: "UPCOMING" });
    const day = (d: Date | undefined) => d?.toISOString().slice(0, 10);
    expect([
      day(periods[1]?.startsOn),
      day(periods[1]?.endsOn),
      day(periods[1]?.cutoffOn),
      day(periods[1]?.dueOn),
    ]).toEqual(["2026-01-15", "2026-02-14", "2026-02-14", "2026-02-17"]);
  });

  it("creates the demo accounts with their roles, units and areas, and the demo password", async () => {
    const users = await prisma().user.findMany({
      include: { unit: true, roleGrants: { include: { unit: true, areas: { include: { area: true } } } } },
    });
    const summary = Object.fromEntries(
      users.map((u) => [
        u.username,
        [
          u.isDemo,
          u.unit?.code ?? null,
          ...u.roleGrants.map(
            (g) =>
              `${g.role}:${g.unit?.code ?? "-"}:${g.areas
                .map((a) => a.area.code)
                .sort()
                .join("+")}`,
          ),
        ],
      ]),
    );
    expect(summary).toEqual({
      admin: [true, null, "ADMIN:-:"],
      vanphong: [true, "vp", "OFFICE:-:"],
      chutich: [false, null, "LEADER:-:CULTURE_SOCIETY+DEFENCE_SECURITY+ECONOMY+GENERAL+JUSTICE+MILITARY+PUBLIC_ORDER"],
      "pct.kinhte": [false, null, "LEADER:-:ECONOMY"],
      "pct.vhxh": [false, null, "LEADER:-:CULTURE_SOCIETY+JUSTICE"],
      "kt.truongphong": [true, "kt", "UNIT_HEAD:kt:"],
      "kt.canbo": [true, "kt", "UNIT_STAFF:kt:"],
      "vhxh.canbo": [true, "vhxh", "UNIT_STAFF:vhxh:"],
      "vhxh.truongphong": [true, "vhxh", "UNIT_HEAD:vhxh:"],
      "hcc.giamdoc": [true, "hcc", "UNIT_HEAD:hcc:"],
      "dvsnc.giamdoc": [true, "dvsnc", "UNIT_HEAD:dvsnc:"],
      "ca.truong": [true, "ca", "UNIT_HEAD:ca:"],
      "qs.chihuytruong": [true, "qs", "UNIT_HEAD:qs:"],
      "thngocson.hieutruong": [true, "thngocson", "UNIT_HEAD:thngocson:"],
      mttq: [true, "mttq", "SUPERVISOR:-:"],
    });
    expect(users.find((u) => u.username === "chutich")?.displayName).toBe("Vũ Công Thảo");
    expect(first.demoPassword).toBe(DEMO_PASSWORD);
    const admin = users.find((u) => u.username === "admin");
    expect(admin?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verify(admin?.passwordHash ?? "", DEMO_PASSWORD)).toBe(true);
  });

  it("changes nothing when run a second time", async () => {
    const again = await seedDatabase(prisma(), { demo: true, demoPassword: DEMO_PASSWORD, today: TODAY });
    expect(again.changes).toEqual({ created: 0, updated: 0, deleted: 0 });
    expect(again.counts).toEqual(first.counts);
    expect(first.counts).toMatchObject({
      jurisdictions: 115,
      plans: 1,
      indicators: 31,
      targets: 28,
      tasks: 32,
      assignments: 50,
      reportingPeriods: 19,
    });
  });

  it("creates only the leader accounts, without passwords, when demo accounts are not asked for", async () => {
    const fresh = await create({ migrate: true });
    try {
      const result = await seedDatabase(fresh.db.prisma, {
        demo: false,
        today: TODAY,
        env: { DEMO_PASSWORD: "bo-qua" },
      });
      expect(result.demoPassword).toBeUndefined();
      const users = await fresh.db.prisma.user.findMany({ orderBy: { username: "asc" } });
      expect(users.map((u) => [u.username, u.isDemo, u.passwordHash])).toEqual([
        ["chutich", false, null],
        ["pct.kinhte", false, null],
        ["pct.vhxh", false, null],
      ]);
      expect(result.counts).toMatchObject({ ...first.counts, users: 3, demoUsers: 0, roleGrants: 3 });
    } finally {
      await fresh.drop();
    }
  });
});
