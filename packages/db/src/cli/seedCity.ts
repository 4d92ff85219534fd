// `pnpm seed:city --wards 114 --seed 42 [--reset]`: a synthetic city on the PostgreSQL server of
// DATABASE_URL (seedCity/index.ts). Prints the phases' times, the rows per table and the database size.
import { parseArgs } from "node:util";
import { EMBEDDED_REFUSED, SeedCityError, seedCity } from "../seedCity/index.ts";

const USAGE = `Cách dùng / usage: DATABASE_URL=postgresql://… pnpm seed:city [--wards 114] [--seed 42] [--reset] [--batch 10] [--concurrency 2]
  --wards        số phường, xã thật (114: Hải Phòng; tối đa 3321: cả nước) / number of real wards
  --seed         hạt giống của bộ sinh số ngẫu nhiên / PRNG seed (same arguments, same rows)
  --reset        xóa toàn bộ dữ liệu trước khi tạo / erase every table first
  Mật khẩu mọi tài khoản / every account's password: SEED_CITY_PASSWORD, hoặc sinh ngẫu nhiên và in ra / or generated and printed.`;

function integer(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new SeedCityError(`--${name} phải là số nguyên không âm. / --${name} must be a non-negative integer.`);
  return n;
}

async function main() {
  const { values } = parseArgs({
    // pnpm may pass a lone "--" before the script's arguments.
    args: process.argv.slice(2).filter((a) => a !== "--"),
    options: {
      wards: { type: "string" },
      seed: { type: "string" },
      reset: { type: "boolean", default: false },
      batch: { type: "string" },
      concurrency: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new SeedCityError(EMBEDDED_REFUSED);
  const wards = integer("wards", values.wards, 114);
  const seed = integer("seed", values.seed, 42);
  console.log(
    `Thành phố giả lập / synthetic city: ${wards} phường, seed ${seed}, ${new URL(databaseUrl).host}${new URL(databaseUrl).pathname}`,
  );
  const result = await seedCity({
    databaseUrl,
    wards,
    seed,
    reset: values.reset,
    password: process.env.SEED_CITY_PASSWORD || undefined,
    batchSize: integer("batch", values.batch, 10) || 10,
    concurrency: integer("concurrency", values.concurrency, 2) || 2,
    log: (line) => console.log(line),
  });
  const total = Object.values(result.rows).reduce((a, b) => a + b, 0);
  console.log(
    `Xong / done: ${result.wards} phường, ${result.provinces} tỉnh/thành phố, ${(result.ms / 1000).toFixed(1)} s`,
  );
  console.log("Số dòng / rows:");
  for (const [table, n] of Object.entries(result.rows)) console.log(`  ${table.padEnd(28)} ${String(n).padStart(10)}`);
  console.log(`  ${"(tổng / total)".padEnd(28)} ${String(total).padStart(10)}`);
  console.log(`Dung lượng CSDL / database size: ${(result.databaseBytes / 1024 / 1024).toFixed(1)} MB`);
  console.log(
    `Đăng nhập / sign in: chutich@31, vanphong@31, admin@31 (thành phố), kt.truongphong@<mã phường>…; mật khẩu / password: ${result.password}${result.passwordGenerated ? " (sinh ngẫu nhiên / generated; đặt SEED_CITY_PASSWORD để chọn)" : ""}`,
  );
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (e: unknown) => {
    console.error(
      e instanceof SeedCityError
        ? e.message
        : `Lỗi / error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
    );
    process.exit(1);
  },
);
