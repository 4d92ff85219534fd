// Which wards a synthetic city of N wards has: the real ones, in order — Hải Phòng's 114 first (the
// repository's own list, under the city "31"), then the rest of the country's 3,321 from the national
// list (prisma/seed/jurisdictions-viet-nam-2025.csv, or SEED_CITY_WARDS_CSV), each under its province.
import fs from "node:fs";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import type { JurisdictionKind } from "../generated/prisma/enums.ts";
import { repoRoot, seedDir } from "../paths.ts";
import { SEED_FILES } from "../seed/load.ts";

export interface ProvinceSpec {
  code: string;
  name: string;
  kind: JurisdictionKind;
}

export interface WardSpec {
  code: string;
  name: string;
  kind: JurisdictionKind;
  provinceCode: string;
  /** "phường", "xã" or "đặc khu": the word the plan's text uses for it. */
  level: string;
  /** The name without its level ("Tân Hưng"). */
  bareName: string;
  /** How documents name its bodies: "phường Tân Hưng", with the province when the name recurs. */
  label: string;
}

/**
 * The official two-digit codes of the 34 provinces and cities from 1 July 2025 (Nghị quyết
 * 202/2025/QH15; each merged province kept the code of the one that gave it its name). The national
 * list names the province but not its code.
 */
const PROVINCE_CODES: Record<string, string> = {
  "Hà Nội": "01",
  "Cao Bằng": "04",
  "Tuyên Quang": "08",
  "Điện Biên": "11",
  "Lai Châu": "12",
  "Sơn La": "14",
  "Lào Cai": "15",
  "Thái Nguyên": "19",
  "Lạng Sơn": "20",
  "Quảng Ninh": "22",
  "Bắc Ninh": "24",
  "Phú Thọ": "25",
  "Hải Phòng": "31",
  "Hưng Yên": "33",
  "Ninh Bình": "37",
  "Thanh Hóa": "38",
  "Nghệ An": "40",
  "Hà Tĩnh": "42",
  "Quảng Trị": "44",
  Huế: "46",
  "Đà Nẵng": "48",
  "Quảng Ngãi": "51",
  "Gia Lai": "52",
  "Khánh Hòa": "56",
  "Đắk Lắk": "66",
  "Lâm Đồng": "68",
  "Đồng Nai": "75",
  "Hồ Chí Minh": "79",
  "Tây Ninh": "80",
  "Đồng Tháp": "82",
  "Vĩnh Long": "86",
  "An Giang": "91",
  "Cần Thơ": "92",
  "Cà Mau": "96",
};

const NATIONAL_WARDS_CSV = path.join(repoRoot, "prisma/seed/jurisdictions-viet-nam-2025.csv");

function province(written: string): ProvinceSpec {
  const m = /^(Thành phố|Tp|Tỉnh)\s+(.+)$/.exec(written.trim());
  if (!m?.[2]) throw new Error(`Không hiểu tên tỉnh, thành phố "${written}"`);
  const bare = m[2];
  const code = PROVINCE_CODES[bare];
  if (!code) throw new Error(`Không có mã của tỉnh, thành phố "${written}"`);
  const isCity = m[1] !== "Tỉnh";
  return { code, name: `${isCity ? "Thành phố" : "Tỉnh"} ${bare}`, kind: isCity ? "CITY" : "PROVINCE" };
}

const LEVELS: [prefix: string, kind: JurisdictionKind, level: string][] = [
  ["Phường ", "WARD", "phường"],
  ["Xã ", "COMMUNE", "xã"],
  ["Đặc khu ", "SPECIAL_ZONE", "đặc khu"],
];

function levelOf(name: string): { kind: JurisdictionKind; level: string; bareName: string } {
  for (const [prefix, kind, level] of LEVELS) {
    if (name.startsWith(prefix)) return { kind, level, bareName: name.slice(prefix.length) };
  }
  throw new Error(`Không nhận ra cấp của "${name}" (Phường, Xã, Đặc khu)`);
}

function readCsv(file: string): Record<string, string>[] {
  return parseCsv(fs.readFileSync(file, "utf8"), { columns: true, comment: "#", skip_empty_lines: true, trim: true });
}

/** The first `count` real wards (Hải Phòng's first) and the provinces they belong to. */
export function selectWards(
  count: number,
  nationalCsv = process.env.SEED_CITY_WARDS_CSV || NATIONAL_WARDS_CSV,
): {
  provinces: ProvinceSpec[];
  wards: WardSpec[];
} {
  const haiPhong = readCsv(path.join(seedDir, SEED_FILES.jurisdictions));
  const city = haiPhong.find((r) => !r.parentCode);
  if (!city?.code || !city.name) throw new Error(`${SEED_FILES.jurisdictions}: thiếu dòng thành phố`);
  const rows: { code: string; name: string; province: ProvinceSpec }[] = haiPhong
    .filter((r) => r.parentCode === city.code)
    .map((r) => ({
      code: r.code ?? "",
      name: r.name ?? "",
      province: { code: city.code ?? "", name: city.name ?? "", kind: "CITY" },
    }));
  if (count > rows.length) {
    if (!fs.existsSync(nationalCsv)) {
      throw new Error(
        `Cần danh sách đơn vị hành chính cả nước cho hơn ${rows.length} phường: không thấy ${path.relative(repoRoot, nationalCsv) || nationalCsv} (đặt SEED_CITY_WARDS_CSV).`,
      );
    }
    const taken = new Set(rows.map((r) => r.code));
    for (const r of readCsv(nationalCsv)) {
      if (!r.code || !r.name || !r.province || taken.has(r.code)) continue;
      rows.push({ code: r.code, name: r.name, province: province(r.province) });
    }
  }
  if (count > rows.length) throw new Error(`Chỉ có ${rows.length} phường, xã thật; không tạo được ${count}.`);
  const chosen = rows.slice(0, count);

  const namesSeen = new Map<string, number>();
  for (const r of chosen) namesSeen.set(r.name, (namesSeen.get(r.name) ?? 0) + 1);
  const provinces = new Map<string, ProvinceSpec>();
  const wards = chosen.map((r): WardSpec => {
    provinces.set(r.province.code, r.province);
    const { kind, level, bareName } = levelOf(r.name);
    // Names recur across provinces (Xã Tân Phú…), and documents are unique by number and issuer.
    const label =
      (namesSeen.get(r.name) ?? 0) > 1 ? `${level} ${bareName}, ${r.province.name}` : `${level} ${bareName}`;
    return { code: r.code, name: r.name, kind, provinceCode: r.province.code, level, bareName, label };
  });
  return { provinces: [...provinces.values()], wards };
}
