// Legal bases: the documents a plan is issued under, written before section I as "Căn cứ …;" lines
// or one "Thực hiện Kế hoạch số … ; Báo cáo số … ; Nghị quyết số …" paragraph. Each mention gives
// kind, number, date, issuer ("của …"), title ("về …") and the short name in parentheses.
import { claim, type PlanText } from "./sections.ts";
import {
  capitalize,
  collapseSpaces,
  evidenceOf,
  findDate,
  fold,
  type Paragraph,
  paragraphs,
  parentheses,
  type Span,
  splitTopLevel,
  trimPunctuation,
  trimSpan,
} from "./text.ts";
import type { DocumentKind, LegalBasis } from "./types.ts";

const BASIS_START = /^(?:Căn cứ|Thực hiện|Triển khai|Theo)\s/u;
const LEAD_WORDS = /^\s*(?:và\s+)?(?:(?:Căn cứ|Thực hiện|Triển khai)(?:\s+thực\s+hiện)?|Theo)?\s*/iu;
const KIND_WORD =
  /^(Kế hoạch|Báo cáo|Nghị quyết|Quyết định|Chương trình(?:\s+hành\s+động)?|Chỉ thị|Đề án|Công văn|Thông báo|Kết luận|Hướng dẫn|Bộ luật|Luật|Nghị định|Thông tư|Quy định|Văn bản)(?![\p{L}])/iu;
const KINDS: [string, DocumentKind][] = [
  ["ke hoach", "PLAN"],
  ["bao cao", "REPORT"],
  ["nghi quyet", "RESOLUTION"],
  ["quyet dinh", "DECISION"],
  ["chuong trinh", "PROGRAM"],
  ["chi thi", "DIRECTIVE"],
  ["de an", "SCHEME"],
  ["cong van", "OFFICIAL_LETTER"],
  ["thong bao", "NOTICE"],
];
const DOCUMENT_NUMBER = /^\s*(?:số\s*)?(\d[\p{L}\p{N}/.\-–]*[\p{L}\p{N}])/iu;
// Mentions longer than this are not a document mention (and are not worth scanning).
const MAX_MENTION = 2000;

const ABBREVIATIONS: [RegExp, string][] = [
  [/(?<![\p{L}])UBND(?![\p{L}])/gu, "Ủy ban nhân dân"],
  [/(?<![\p{L}])HĐND(?![\p{L}])/gu, "Hội đồng nhân dân"],
  [/(?<![\p{L}])MTTQ(?![\p{L}])/gu, "Mặt trận Tổ quốc"],
];
const BARE_LEVEL = /(phường|xã|đặc khu|thị trấn|thị xã|thành phố|tỉnh|quận|huyện)$/u;

/** Named administrative units the plan mentions, by level ("phường" → {"Tân Hưng"}). */
export type KnownPlaces = Map<string, Set<string>>;

/**
 * The issuer in full: abbreviations spelt out and a bare level completed with the one unit of that
 * level the plan names ("HĐND phường" → "Hội đồng nhân dân phường Tân Hưng").
 */
export function completeIssuer(written: string, places: KnownPlaces): string {
  let issuer = written;
  for (const [pattern, full] of ABBREVIATIONS) issuer = issuer.replace(pattern, full);
  const level = BARE_LEVEL.exec(issuer)?.[1];
  const names = level ? places.get(level) : undefined;
  if (names?.size === 1) issuer = `${issuer} ${[...names][0]}`;
  return issuer;
}

function kindOf(word: string): DocumentKind {
  const folded = fold(word);
  return KINDS.find(([prefix]) => folded.startsWith(prefix))?.[1] ?? "OTHER";
}

/** Reads one mention ("Kế hoạch số 05/KH-UBND ngày 07/01/2026 của … về … (Kế hoạch số 05/KH-UBND)"). */
export function parseMention(mention: string, places: KnownPlaces): Omit<LegalBasis, "evidence"> | null {
  const text = collapseSpaces(mention.replace(LEAD_WORDS, ""));
  const kind = KIND_WORD.exec(text);
  if (!kind || text.length > MAX_MENTION) return null;
  const lastParen = parentheses(text).at(-1);
  const short =
    lastParen && trimPunctuation(text.slice(lastParen.end)) === ""
      ? text.slice(lastParen.start + 1, lastParen.end - 1).replace(/^sau đây gọi (?:tắt )?là\s+/iu, "")
      : null;
  const body = lastParen && short !== null ? text.slice(0, lastParen.start) : text;
  const rest = body.slice(kind[0].length);
  const number = DOCUMENT_NUMBER.exec(rest)?.[1] ?? null;
  const date = findDate(rest);
  const of = /(?<![\p{L}])của\s/u.exec(rest);
  const about = /(?<![\p{L}])về\s/u.exec(rest.slice(of ? of.index : 0));
  const aboutAt = about ? (of ? of.index : 0) + about.index : -1;
  const issuerWritten = of ? trimPunctuation(rest.slice(of.index + 4, aboutAt > of.index ? aboutAt : undefined)) : null;
  let title: string | null = aboutAt >= 0 ? capitalize(trimPunctuation(rest.slice(aboutAt))) : null;
  if (title === null && number === null) {
    // "Luật Tổ chức chính quyền địa phương ngày 16/6/2025": the name is the title.
    title = trimPunctuation(body.split(/\s(?:số|ngày|của)\s/u)[0] ?? body);
  }
  const found = [number, date?.iso, issuerWritten, title].filter(Boolean).length;
  return {
    kind: kindOf(kind[1] ?? ""),
    number,
    issuedOn: date?.iso ?? null,
    issuer: issuerWritten ? completeIssuer(issuerWritten, places) : null,
    issuerAsWritten: issuerWritten,
    title,
    shortName: short ? trimPunctuation(short) : null,
    text: trimPunctuation(text),
    confidence: Math.round((0.55 + found * 0.1) * 100) / 100,
  };
}

function mentions(paragraph: Paragraph): Span[] {
  const { text } = paragraph;
  return splitTopLevel(text, (i) => (text[i] === ";" ? { length: 1, keep: 0 } : null)).map((span) =>
    trimSpan(text, span),
  );
}

/**
 * Reads the legal bases in lines `from`..`to` (the part before section I). Mentions that name no
 * document kind go to `doc.unparsed`.
 */
export function parseLegalBases(doc: PlanText, from: number, to: number, places: KnownPlaces): LegalBasis[] {
  const bases: LegalBasis[] = [];
  for (const paragraph of paragraphs(doc.lines, from, to)) {
    if (doc.claimed[paragraph.fromLine] || !BASIS_START.test(paragraph.text)) continue;
    for (const span of mentions(paragraph)) {
      const evidence = evidenceOf(paragraph, span.start, span.end);
      const mention = paragraph.text.slice(span.start, span.end);
      const basis = parseMention(mention, places);
      if (basis) bases.push({ ...basis, evidence });
      else doc.unparsed.push({ ...evidence, text: mention.trim(), reason: "Không nhận ra văn bản căn cứ" });
    }
    claim(doc, paragraph);
  }
  return bases;
}
