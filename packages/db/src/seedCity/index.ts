// The synthetic city (`pnpm seed:city --wards N --seed S`): N real wards — Hải Phòng's first, then
// the rest of the country under their provinces — each with a published 2026 plan cloned from Tân
// Hưng's, its units, about thirty accounts, a year of monthly reports (months 1–11) and their
// approved figures; the city's (and every province's) leader, office and administrator to read the
// roll-up. PostgreSQL only, written in bulk through `pg`, deterministic for a given seed.
//
// Not idempotent: it refuses a database that already holds jurisdictions, unless `reset` empties
// every table first. Batches of wards commit separately (two at a time), so an interrupted run leaves
// part of a city behind: run it again with reset.
import { type Algorithm, hash } from "@node-rs/argon2";
import pg from "pg";
import { openDatabase } from "../client.ts";
import { migrateDeploy } from "../migrate/index.ts";
import { generateDemoPassword, loadSeedData } from "../seed/index.ts";
import { TABLES, type Table, Tables, writeTables } from "./bulk.ts";
import { Ids, mix, Random } from "./random.ts";
import { PLAN_YEAR, wardTemplate } from "./template.ts";
import { buildWard } from "./ward.ts";
import { selectWards } from "./wards.ts";

export interface SeedCityOptions {
  /** PostgreSQL connection string (the embedded database is refused). */
  databaseUrl: string;
  wards: number;
  seed: number;
  /** Empty every table of a database that already holds data, instead of refusing it. */
  reset?: boolean;
  /** Every account's password; else a generated one, returned. */
  password?: string | undefined;
  /** Wards per transaction. */
  batchSize?: number;
  /** Transactions at once: one builds its rows while the other is written. */
  concurrency?: number;
  log?: (line: string) => void;
}

export interface SeedCityResult {
  wards: number;
  provinces: number;
  password: string;
  passwordGenerated: boolean;
  phases: { name: string; ms: number }[];
  ms: number;
  rows: Record<Table, number>;
  databaseBytes: number;
}

/** A refusal the CLI prints as is (Vietnamese, then English). */
export class SeedCityError extends Error {}

export const EMBEDDED_REFUSED =
  "seed:city chỉ chạy trên PostgreSQL: đặt DATABASE_URL=postgresql://… (cơ sở dữ liệu nhúng PGlite không chứa nổi một thành phố giả lập). / " +
  "seed:city runs on PostgreSQL only: set DATABASE_URL=postgresql://… (the embedded PGlite database is not meant for a synthetic city).";

const CREATED = `${PLAN_YEAR}-01-02T01:00:00.000Z`;

/**
 * The province plan's indicators that every ward's plan adds to, with the ward indicator (by its
 * code in Tân Hưng's plan) and how it adds up: the city roll-up's shared indicators.
 */
const SHARED_INDICATORS = [
  {
    wardCode: "3",
    rule: "SUM",
    name: "Vốn đầu tư từ nguồn ngân sách cấp xã",
    target: {
      kind: "QUANTITATIVE",
      comparator: "GT",
      value: "1500",
      unit: "tỷ đồng",
      qualitativeKind: null,
      text: "trên 1.500 tỷ đồng",
    },
  },
  {
    wardCode: "5",
    rule: "SUM",
    name: "Số cơ sở sản xuất kinh doanh chuyển đổi thành doanh nghiệp",
    target: {
      kind: "QUANTITATIVE",
      comparator: "GT",
      value: "2000",
      unit: "cơ sở",
      qualitativeKind: null,
      text: "trên 2.000 cơ sở",
    },
  },
  {
    wardCode: "10",
    rule: "WEIGHTED_AVERAGE",
    name: "Tỷ lệ người dân tham gia bảo hiểm y tế",
    target: { kind: "QUANTITATIVE", comparator: "GTE", value: "95", unit: "%", qualitativeKind: null, text: "đạt 95%" },
  },
  {
    wardCode: "16",
    rule: "ALL_OF",
    name: "Các phường, xã đạt chuẩn tiếp cận pháp luật",
    target: {
      kind: "QUALITATIVE",
      comparator: null,
      value: null,
      unit: null,
      qualitativeKind: "ACHIEVED",
      text: "100% phường, xã đạt chuẩn",
    },
  },
] as const;
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export async function seedCity(options: SeedCityOptions): Promise<SeedCityResult> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const phases: SeedCityResult["phases"] = [];
  async function phase<T>(name: string, run: () => Promise<T> | T): Promise<T> {
    const t0 = performance.now();
    const result = await run();
    const ms = Math.round(performance.now() - t0);
    phases.push({ name, ms });
    log(`  ${name}: ${(ms / 1000).toFixed(1)} s`);
    return result;
  }

  if (!/^postgres(ql)?:\/\//.test(options.databaseUrl)) throw new SeedCityError(EMBEDDED_REFUSED);
  if (!Number.isInteger(options.wards) || options.wards < 1)
    throw new SeedCityError("--wards phải là số nguyên dương. / --wards must be a positive integer.");
  const seed = options.seed >>> 0;
  const batchSize = options.batchSize ?? 10;
  const concurrency = options.concurrency ?? 2;

  const { provinces, wards, template, areas } = await phase(
    "đọc mẫu Tân Hưng và danh sách phường / read template and wards",
    () => {
      const data = loadSeedData();
      return { ...selectWards(options.wards), template: wardTemplate(data), areas: data.areas };
    },
  );

  await phase("migrate", async () => {
    const db = await openDatabase({ databaseUrl: options.databaseUrl, poolSize: 1 });
    try {
      await migrateDeploy(db.migrationTarget);
    } finally {
      await db.close();
    }
  });

  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: concurrency + 1 });
  try {
    await phase("kiểm tra / check", async () => {
      const { rows } = await pool.query<{ jurisdictions: string; plans: string }>(
        `SELECT (SELECT count(*) FROM "Jurisdiction") AS jurisdictions, (SELECT count(*) FROM "Plan") AS plans`,
      );
      const held = rows[0];
      if (!held || (held.jurisdictions === "0" && held.plans === "0")) return;
      if (!options.reset) {
        throw new SeedCityError(
          `Cơ sở dữ liệu đã có dữ liệu (${held.jurisdictions} đơn vị hành chính, ${held.plans} kế hoạch): thêm --reset để XÓA TOÀN BỘ và tạo lại. / ` +
            `The database already holds data (${held.jurisdictions} jurisdictions, ${held.plans} plans): pass --reset to ERASE EVERYTHING and seed again.`,
        );
      }
      const tables = await pool.query<{ tablename: string }>(
        `SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`,
      );
      await pool.query(`TRUNCATE ${tables.rows.map((t) => `"${t.tablename}"`).join(", ")} CASCADE`);
    });

    const password = options.password || generateDemoPassword();
    // One hash for every account: argon2 is slow on purpose, and a city has tens of thousands of accounts.
    const passwordHash = await phase("băm mật khẩu / password hash", () =>
      hash(password, { algorithm: 2 as Algorithm }),
    );

    // ── City-wide rows: areas, provinces and wards, each province's plan, its leader, office, admin.
    const ids = new Ids(seed, 0);
    const rnd = new Random(mix(seed, 0));
    const areaIds = new Map<string, string>();
    const jurisdictionIds = new Map<string, string>();
    const parentDocumentIds = new Map<string, string>();
    /** Per province: the ward indicator's code → the province indicator it adds to, and how. */
    const sharedOf = new Map<string, Map<string, { id: string; rule: string }>>();
    await phase("thành phố, tỉnh, phường / city, provinces, wards", async () => {
      const t = new Tables();
      const stamp = { createdAt: CREATED, updatedAt: CREATED };
      for (const a of areas) {
        const id = ids.next();
        areaIds.set(a.code, id);
        const parentId = a.parentCode ? areaIds.get(a.parentCode) : null;
        t.add("Area", { id, code: a.code, name: a.name, nameEn: a.nameEn, parentId, position: a.position, ...stamp });
      }
      const plan = template.plan;
      const provincePlans = plan.legalBases.filter((d) => d.jurisdictionCode !== plan.jurisdictionCode);
      const parentDoc = provincePlans[0];
      if (provincePlans.length !== 1 || !parentDoc || parentDoc.number !== plan.parentDocument?.number) {
        throw new Error("seedCity: mẫu phải có đúng một căn cứ của thành phố, là kế hoạch cấp trên.");
      }
      const cityName = "thành phố Hải Phòng";
      for (const p of provinces) {
        const id = ids.next();
        jurisdictionIds.set(p.code, id);
        t.add("Jurisdiction", { id, code: p.code, name: p.name, kind: p.kind, parentId: null, ...stamp });
        const docId = ids.next();
        parentDocumentIds.set(p.code, docId);
        const own = (s: string) => s.replaceAll(cityName, lowerFirst(p.name));
        t.add("Document", {
          id: docId,
          jurisdictionId: id,
          kind: parentDoc.kind,
          number: parentDoc.number,
          issuedOn: parentDoc.issuedOn,
          issuer: own(parentDoc.issuer),
          title: own(parentDoc.title),
          shortName: parentDoc.shortName,
          ...stamp,
        });
        // The province's own plan, published, with the indicators its wards add to.
        const provincePlanId = ids.next();
        t.add("Plan", {
          id: provincePlanId,
          jurisdictionId: id,
          year: PLAN_YEAR,
          number: parentDoc.number,
          issuedOn: parentDoc.issuedOn,
          issuer: own(parentDoc.issuer),
          title: own(parentDoc.title),
          purposes: [],
          requirements: [],
          status: "ACTIVE",
          publishedAt: `${PLAN_YEAR}-01-08T02:00:00.000Z`,
          ...stamp,
        });
        const groupId = ids.next();
        const areaId = [...areaIds.values()][0];
        t.add("IndicatorGroup", {
          id: groupId,
          planId: provincePlanId,
          code: "a",
          title: "Chỉ tiêu chủ yếu",
          areaId,
          position: 1,
        });
        const shared = new Map<string, { id: string; rule: string }>();
        SHARED_INDICATORS.forEach((indicator, i) => {
          const indicatorId = ids.next();
          shared.set(indicator.wardCode, { id: indicatorId, rule: indicator.rule });
          t.add("Indicator", {
            id: indicatorId,
            planId: provincePlanId,
            groupId,
            areaId,
            number: i + 1,
            code: String(i + 1),
            name: indicator.name,
            sourceText: `(${i + 1}) ${indicator.name} ${indicator.target.text}.`,
            position: i + 1,
            ...stamp,
          });
          t.add("Target", { id: ids.next(), indicatorId, ...indicator.target, position: 1, ...stamp });
        });
        sharedOf.set(p.code, shared);
        // Who reads the province's roll-up (cityOverview): its leader, office and administrator.
        const level = p.kind === "CITY" ? "thành phố" : "tỉnh";
        const accounts: [string, string, "LEADER" | "OFFICE" | "ADMIN"][] = [
          ["chutich", `Chủ tịch UBND ${level}`, "LEADER"],
          ["vanphong", `Chuyên viên Văn phòng UBND ${level}`, "OFFICE"],
          ["admin", "Quản trị hệ thống", "ADMIN"],
        ];
        for (const [username, title, role] of accounts) {
          const userId = ids.next();
          const displayName = `${rnd.pick(["Nguyễn", "Trần", "Lê", "Phạm"])} ${rnd.pick(["Văn", "Thị", "Minh"])} ${rnd.pick(["Hải", "Lan", "Sơn", "Trang"])}`;
          t.add("User", {
            id: userId,
            jurisdictionId: id,
            username,
            displayName,
            title,
            passwordHash,
            unitId: null,
            isDemo: false,
            ...stamp,
          });
          const grantId = ids.next();
          t.add("RoleGrant", { id: grantId, userId, role, jurisdictionId: id, unitId: null, ...stamp });
          if (role === "LEADER") for (const areaId of areaIds.values()) t.add("RoleGrantArea", { grantId, areaId });
        }
      }
      for (const w of wards) {
        const id = ids.next();
        jurisdictionIds.set(w.code, id);
        t.add("Jurisdiction", {
          id,
          code: w.code,
          name: w.name,
          kind: w.kind,
          parentId: jurisdictionIds.get(w.provinceCode),
          ...stamp,
        });
      }
      await writeTables(pool, t);
    });

    // ── The wards, a batch per transaction; one batch is built while the previous is written.
    let building = 0;
    await phase(
      `${wards.length} phường: kế hoạch, đơn vị, tài khoản, báo cáo / wards: plans, units, accounts, reports`,
      async () => {
        let next = 0;
        let done = 0;
        let reported = 0;
        const worker = async () => {
          while (next < wards.length) {
            const from = next;
            next += batchSize;
            const t0 = performance.now();
            const t = new Tables();
            for (let i = from; i < Math.min(from + batchSize, wards.length); i++) {
              const ward = wards[i];
              if (!ward) continue;
              buildWard(
                template,
                {
                  seed,
                  index: i + 1,
                  ward,
                  jurisdictionId: jurisdictionIds.get(ward.code) as string,
                  parentDocumentId: parentDocumentIds.get(ward.provinceCode) as string,
                  shared: sharedOf.get(ward.provinceCode) ?? new Map(),
                  areaIds,
                  passwordHash,
                },
                t,
              );
            }
            building += performance.now() - t0;
            await writeTables(pool, t);
            done = Math.min(wards.length, done + batchSize);
            // A line every tenth of the way, so that a country's long run shows it is alive.
            if (done === wards.length || done - reported >= Math.max(batchSize, wards.length / 10)) {
              reported = done;
              log(`    ${done}/${wards.length} phường, ${((performance.now() - started) / 1000).toFixed(0)} s`);
            }
          }
        };
        await Promise.all(Array.from({ length: concurrency }, worker));
      },
    );
    log(`    (trong đó dựng dữ liệu / of which building rows: ${(building / 1000).toFixed(1)} s)`);

    // Fresh statistics, so that the first queries on the new city are planned on its real sizes.
    await phase("ANALYZE", () => pool.query("ANALYZE"));

    const counted = await phase("đếm / count", async () => {
      const counts = {} as Record<Table, number>;
      for (const table of TABLES) {
        const { rows } = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
        counts[table] = Number(rows[0]?.n ?? 0);
      }
      const size = await pool.query<{ bytes: string }>("SELECT pg_database_size(current_database()) AS bytes");
      return { counts, databaseBytes: Number(size.rows[0]?.bytes ?? 0) };
    });

    return {
      wards: wards.length,
      provinces: provinces.length,
      password,
      passwordGenerated: !options.password,
      phases,
      ms: Math.round(performance.now() - started),
      rows: counted.counts,
      databaseBytes: counted.databaseBytes,
    };
  } finally {
    await pool.end();
  }
}
