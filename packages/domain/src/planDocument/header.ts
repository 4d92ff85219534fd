// The header of an administrative document: issuer, national motto, "Số: …/KH-UBND", place and date,
// the kind ("KẾ HOẠCH") and the title ("Về …"); and the sentence that introduces the plan
// ("Ủy ban nhân dân phường Tân Hưng xây dựng Kế hoạch …, cụ thể như sau:").
import { claim, type PlanText } from "./sections.ts";
import { collapseSpaces, findDate, isoDate, sentenceCase } from "./text.ts";
import type { DocumentKind, PlanHeader, TextItem } from "./types.ts";

/** Kinds as the title line writes them, upper case. */
const KIND_LINE =
  /^(KẾ HOẠCH|QUYẾT ĐỊNH|BÁO CÁO|NGHỊ QUYẾT|CHƯƠNG TRÌNH|CHỈ THỊ|ĐỀ ÁN|CÔNG VĂN|THÔNG BÁO)(?:\s*:)?(?:\s+(.*))?$/u;
const KIND_OF: Record<string, DocumentKind> = {
  "KẾ HOẠCH": "PLAN",
  "QUYẾT ĐỊNH": "DECISION",
  "BÁO CÁO": "REPORT",
  "NGHỊ QUYẾT": "RESOLUTION",
  "CHƯƠNG TRÌNH": "PROGRAM",
  "CHỈ THỊ": "DIRECTIVE",
  "ĐỀ ÁN": "SCHEME",
  "CÔNG VĂN": "OFFICIAL_LETTER",
  "THÔNG BÁO": "NOTICE",
};
const NUMBER_LINE = /^Số\s*:\s*(.*)$/u;
const PLACE_AND_DATE = /^([\p{L} .'-]{2,40}),\s*ngày\b/u;
const MOTTO = /^(?:CỘNG HÒA|CỘNG HOÀ|Độc lập\s*[-–]\s*Tự do)/iu;
const ISSUER_START = /^(?:ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|HĐND|ĐẢNG (?:ỦY|UỶ|BỘ)|BAN |SỞ |PHÒNG |VĂN PHÒNG|BỘ |CÔNG AN)/u;
const INTRO =
  /^((?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Đảng ủy|Ban)\s[^,.;:]{0,100}?)\s+(?:xây dựng|ban hành)\s/u;
const JURISDICTION =
  /(phường|xã|đặc khu|thị trấn|thị xã|thành phố|tỉnh|quận|huyện)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})/gu;

const isUpperCase = (line: string) => /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);

/** Administrative units named in a text: "thành phố Hải Phòng" → { level: "thành phố", name: "Hải Phòng" }. */
export function namedJurisdictions(text: string): { level: string; name: string }[] {
  return [...text.matchAll(JURISDICTION)].map((match) => ({ level: match[1] ?? "", name: match[2] ?? "" }));
}

/** The last named administrative unit in a text ("Ủy ban nhân dân phường Tân Hưng" → phường Tân Hưng). */
export function jurisdictionIn(text: string): { level: string; name: string } | null {
  return namedJurisdictions(text).at(-1) ?? null;
}

/** "Tân Hưng, ngày tháng 01 năm 2026": an ISO date only if day, month and year are all written. */
function dateOf(text: string): { iso: string | null; year: number | null } {
  const numeric = findDate(text);
  if (numeric) return { iso: numeric.iso, year: Number(numeric.text.slice(-4)) };
  const spelled = /ngày(?:\s*(\d{1,2}))?\s*tháng(?:\s*(\d{1,2}))?\s*năm\s*(\d{4})/iu.exec(text);
  if (!spelled) return { iso: null, year: null };
  const [, day, month, year] = spelled;
  return { iso: day && month ? isoDate(Number(day), Number(month), Number(year)) : null, year: Number(year) };
}

/** The header region: lines before the first "Căn cứ"/"Thực hiện" paragraph or section I, at most 40. */
function headerEnd(doc: PlanText): number {
  const firstSection = doc.outline.headings.find((h) => h.level === 1)?.line ?? doc.lines.length + 1;
  const limit = Math.min(firstSection - 1, doc.lines.length, 40);
  for (let n = 1; n <= limit; n++) {
    if (/^(?:Căn cứ|Thực hiện|Triển khai)\s/u.test(doc.lines[n - 1] ?? "")) return n - 1;
  }
  return limit;
}

/** Reads the header; null when none of its lines is there. */
export function parseHeader(doc: PlanText): PlanHeader | null {
  const end = headerEnd(doc);
  const used: number[] = [];
  const issuerLines: string[] = [];
  let numberAsWritten: string | null = null;
  let placeAndDate: string | null = null;
  let kindWord: string | null = null;
  let title: string | null = null;
  for (let n = 1; n <= end; n++) {
    const line = doc.lines[n - 1] ?? "";
    if (line === "") continue;
    const kind = KIND_LINE.exec(line);
    if (kind && kindWord === null) {
      kindWord = kind[1] ?? null;
      used.push(n);
      // The title follows the kind, on the same line or the next ones, up to a blank line.
      const titleLines = kind[2] ? [kind[2]] : [];
      while (n + 1 <= end && (doc.lines[n] ?? "") !== "" && titleLines.length < 6) {
        n++;
        titleLines.push(doc.lines[n - 1] ?? "");
        used.push(n);
      }
      title = titleLines.length > 0 ? collapseSpaces(titleLines.join(" ")) : null;
    } else if (NUMBER_LINE.test(line) && numberAsWritten === null) {
      numberAsWritten = line;
      used.push(n);
    } else if (PLACE_AND_DATE.test(line) && placeAndDate === null) {
      placeAndDate = line;
      used.push(n);
    } else if (MOTTO.test(line)) {
      used.push(n);
    } else if (kindWord === null && isUpperCase(line) && (issuerLines.length > 0 || ISSUER_START.test(line))) {
      // A converted table puts the issuer and the motto on one row.
      issuerLines.push(line.split(/\s+CỘNG H[ÒO]A\s/u)[0] ?? line);
      used.push(n);
    }
  }
  if (used.length === 0) return null;
  for (const n of used) claim(doc, { fromLine: n, toLine: n });

  const numberText = numberAsWritten ? (NUMBER_LINE.exec(numberAsWritten)?.[1] ?? "") : "";
  const numberParts = /^(\d[\p{L}\p{N}]*)?\s*\/\s*(\S+)/u.exec(numberText);
  const place = placeAndDate ? (PLACE_AND_DATE.exec(placeAndDate)?.[1]?.trim() ?? null) : null;
  const date = placeAndDate ? dateOf(placeAndDate) : { iso: null, year: null };
  const properNames = place ? [place] : [];
  const issuer = issuerLines.length > 0 ? sentenceCase(collapseSpaces(issuerLines.join(" ")), properNames) : null;
  const titleYear = title ? [...title.matchAll(/năm\s+(\d{4})/gu)].at(-1)?.[1] : undefined;
  const found = [numberAsWritten, placeAndDate, kindWord, title, issuer].filter((x) => x !== null).length;
  return {
    numberAsWritten,
    number: numberParts?.[1] ? `${numberParts[1]}/${numberParts[2]}` : null,
    symbol: numberParts?.[2] ?? null,
    documentKind: kindWord ? (KIND_OF[kindWord] ?? null) : null,
    placeAndDate,
    place,
    issuedOn: date.iso,
    year: titleYear ? Number(titleYear) : date.year,
    issuer,
    title,
    jurisdiction: issuer ? jurisdictionIn(issuer) : null,
    evidence: { fromLine: Math.min(...used), toLine: Math.max(...used) },
    confidence: Math.round((0.5 + found * 0.09) * 100) / 100,
  };
}

/**
 * The sentence that introduces the plan, before section I; its subject is the issuer, used when the
 * header lost its issuer lines in conversion.
 */
export function parseIntro(doc: PlanText): { intro: TextItem; issuer: string } | null {
  const end = (doc.outline.headings.find((h) => h.level === 1)?.line ?? 41) - 1;
  for (let n = 1; n <= Math.min(end, doc.lines.length); n++) {
    if (doc.claimed[n]) continue;
    const line = doc.lines[n - 1] ?? "";
    const match = INTRO.exec(line);
    if (match?.[1]) {
      const evidence = { fromLine: n, toLine: n };
      claim(doc, evidence);
      return {
        intro: { text: line, evidence, confidence: 0.8 },
        issuer: match[1].replace(/^UBND\s/u, "Ủy ban nhân dân "),
      };
    }
  }
  return null;
}
