// Legal bases: the documents a plan is issued under, written before section I as "Căn cứ …;" lines
// or one "Thực hiện Kế hoạch số … ; Báo cáo số … ; Nghị quyết số …" paragraph. Each mention gives
// kind, number, date, issuer ("của …"), title ("về …") and the short name in parentheses.
import { claim, type PlanText } from "./sections.ts";
import {
  capitalize,
  collapseSpaces,
  evidenceOf,
  findDate,
  findTopLevel,
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

// A basis starts a line, after a list mark in a list of bases ("- Căn cứ …", "1. Căn cứ …").
const BASIS_START = /^(?:(?:[-+•]|\d{1,2}[.)]|[a-zđ]\))\s*)?(?:Căn cứ|Thực hiện|Triển khai|Theo)\s/u;
// A section of the bases: "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "I. CƠ SỞ PHÁP LÝ".
const BASES_SECTION = /^(?:can cu|co so phap ly|co so xay dung|co so ban hanh)/u;
// The proposal a decision is made on ("Theo đề nghị của Sở … tại Tờ trình số …") is not a basis.
const PROPOSAL = /^(?:Theo|Xét)\s+đề\s+nghị(?![\p{L}])/iu;
// A decision's or a resolution's enacting words and first article end its legal bases.
const ENACTING = /^(?:QUYẾT ĐỊNH|QUYẾT NGHỊ)\s*:|^Điều\s+1\s*[.:]/u;
const LEAD_WORDS =
  /^\s*(?:(?:[-+•]|\d{1,2}[.)]|[a-zđ]\))\s*)?(?:và\s+)?(?:(?:Căn cứ|Thực hiện|Triển khai)(?:\s+thực\s+hiện)?|Theo)?\s*/iu;
const KIND_WORDS =
  "Kế hoạch|Báo cáo|Nghị quyết|Quyết định|Chương trình(?:\\s+hành\\s+động)?|Chỉ thị|Đề án|Công văn|Công điện|Thông báo|Thông tri|Kết luận|Hướng dẫn|Bộ luật|Luật|Pháp lệnh|Hiến pháp|Nghị định|Thông tư|Quy định|Quy chế|Tờ trình|Văn bản";
const LAW = /^(?:Bộ luật|Luật|Pháp lệnh|Hiến pháp)$/iu;
const KIND_WORD = new RegExp(`^(${KIND_WORDS})(?![\\p{L}])`, "iu");
// Another document cited in the same sentence, after ", " or " và ": "…, Nghị quyết số 50/NQ-CP …",
// "… và Quyết định số 7619/QĐ-BCA …", "… và hướng dẫn của Bộ Nội vụ tại Công văn số 8935/BNV-CTTN&BĐG".
const CITATION_AFTER_SEPARATOR = new RegExp(
  `^(?:(?:${KIND_WORDS})\\s+(?:số\\s*)?|(?:ý kiến\\s+)?(?:chỉ đạo|hướng dẫn|kết luận|đề nghị|yêu cầu|thống nhất|chấp thuận)(?![\\p{L}])[^,;()“”]{0,100}?\\s(?:tại|theo)\\s+(?:${KIND_WORDS})\\s+(?:số\\s*)?)(\\d[^\\s,;()“”/-]*[/-][^\\s,;()“”]*)`,
  "iu",
);
// A document cited through what it says: "hướng dẫn của Bộ Nội vụ tại Công văn số …".
const CITED_THROUGH = new RegExp(`(?<![\\p{L}])(?:tại|theo)\\s+(?=(?:${KIND_WORDS})\\s+(?:số\\s*)?\\d)`, "iu");
// Several documents of one kind, numbered in parentheses: "Các Nghị định của Chính phủ … (Số
// 37/2019/NĐ-CP ngày …, số 58/2023/NĐ-CP … và số 22/2025/NĐ-CP …)".
const PLURAL = new RegExp(`^(?:các|những)\\s+(${KIND_WORDS})(?![\\p{L}])`, "iu");
const CARRIED_OUT = new RegExp(`^(?:${KIND_WORDS})\\s+(?:số\\s*)?\\d[^\\s,;()“”/-]*[/-]`, "iu");
const ITEM_KIND = new RegExp(`^(?:${KIND_WORDS})\\s+`, "iu");
const PLURAL_ITEM = new RegExp(`(?:^\\(\\s*|[,;]\\s*|\\s+và\\s+)(?:(?:${KIND_WORDS})\\s+)?số\\s+\\d`, "giu");
// Where the issuer's name ends and what the document does begins.
const ISSUER_END =
  /\s(?:về|phê duyệt|ban hành|quy định|hướng dẫn|sửa đổi|thực hiện|triển khai|tăng cường|đẩy mạnh|Kết luận|kết luận|thông báo)\s/u;
// The plan's own introduction run into the last basis: ", Ủy ban nhân dân tỉnh ban hành Kế hoạch …
// như sau:" (the verb at most 200 characters after the comma).
const INTRO_VERB = /\s(?:ban hành|xây dựng)\s+(?:Kế hoạch|kế hoạch|Chương trình|chương trình|Quyết định)(?![\p{L}])/u;
const MAX_INTRO_SUBJECT = 200;
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

/**
 * The number and symbol right after the kind ("số 202/2025/QH15", "42-CT/TW"), spaces around a
 * hyphen dropped ("10- CTr/TU" → "10-CTr/TU", "78/2021/NĐ -CP" → "78/2021/NĐ-CP").
 */
export function documentNumber(rest: string): string | null {
  const first = /^\s*(?:số\s*)?(\d[^\s,;()“”]*)/iu.exec(rest);
  if (!first?.[1]) return null;
  let number = first[1];
  let tail = rest.slice(first[0].length);
  for (let parts = 0; parts < 3; parts++) {
    const next = /[-–]$/u.test(number)
      ? /^\s+(\p{Lu}[^\s,;()“”]*)/u.exec(tail)
      : /^\s*[-–]\s*(\p{Lu}[^\s,;()“”]*)/u.exec(tail);
    if (!next?.[1]) break;
    number = /[-–]$/u.test(number) ? number + next[1] : `${number}-${next[1]}`;
    tail = tail.slice(next[0].length);
  }
  return number.replace(/–/gu, "-").replace(/[.:-]+$/u, "");
}

/** The mention without the plan's introduction run into it (", Ủy ban nhân dân … ban hành Kế hoạch … như sau:"). */
function withoutIntro(text: string): string {
  const verb = INTRO_VERB.exec(text);
  if (!verb) return text;
  const comma = findTopLevel(text, Math.max(0, verb.index - MAX_INTRO_SUBJECT), (i) => text[i] === ",");
  return comma < 0 || comma > verb.index || text.slice(comma, verb.index).includes(";") ? text : text.slice(0, comma);
}

/** Reads one mention ("Kế hoạch số 05/KH-UBND ngày 07/01/2026 của … về … (Kế hoạch số 05/KH-UBND)"). */
export function parseMention(mention: string, places: KnownPlaces): Omit<LegalBasis, "evidence"> | null {
  let text = collapseSpaces(mention.replace(LEAD_WORDS, ""));
  if (text.length > MAX_MENTION) return null;
  let citedBy: string | null = null;
  const numbered = KIND_WORD.test(text) && documentNumber(text.replace(KIND_WORD, "")) !== null;
  // "hướng dẫn của Bộ Nội vụ tại Công văn số …": the document, and who it is from.
  const through = numbered ? null : CITED_THROUGH.exec(text.slice(0, 300));
  if (through) {
    citedBy = /(?<![\p{L}])của\s+(.+?)\s*$/u.exec(text.slice(0, through.index))?.[1] ?? null;
    text = text.slice(through.index + through[0].length);
  }
  text = withoutIntro(text);
  const kind = KIND_WORD.exec(text);
  if (!kind) return null;
  const lastParen = parentheses(text).at(-1);
  const short =
    lastParen && trimPunctuation(text.slice(lastParen.end)) === ""
      ? text
          .slice(lastParen.start + 1, lastParen.end - 1)
          .replace(/^(?:sau đây|dưới đây)\s+(?:gọi|viết)\s+(?:tắt\s+)?là\s+/iu, "")
      : null;
  const body = lastParen && short !== null ? text.slice(0, lastParen.start) : text;
  const rest = body.slice(kind[0].length);
  const number = documentNumber(rest);
  const date = findDate(rest);
  // A law is named, not numbered, and is the National Assembly's: "Luật sửa đổi, bổ sung một số
  // điều của Luật Quy hoạch ngày 29/11/2024" has no issuer after "của".
  const law = number === null && LAW.test(kind[1] ?? "");
  const of = law ? null : /(?<![\p{L}])của\s/u.exec(rest);
  const afterOf = of ? of.index + 4 : 0;
  const about = /(?<![\p{L}])về\s/u.exec(rest.slice(afterOf));
  const issuerEnd = of ? ISSUER_END.exec(rest.slice(afterOf - 1)) : null;
  const issuerWritten = of
    ? trimPunctuation(rest.slice(afterOf, issuerEnd ? afterOf - 1 + issuerEnd.index : undefined))
    : citedBy;
  let title: string | null = null;
  if (about) title = capitalize(trimPunctuation(rest.slice(afterOf + about.index)));
  else if (issuerEnd) title = capitalize(trimPunctuation(rest.slice(afterOf - 1 + issuerEnd.index)));
  if (title === null && number === null) {
    // "Luật Tổ chức chính quyền địa phương ngày 16/6/2025": the name is the title.
    title = trimPunctuation(body.split(law ? /\s(?=ngày\s+\d)/u : /\s(?=số\s*\d|ngày\s+\d|của\s)/u)[0] ?? body);
  }
  const found = [number, date?.iso, issuerWritten, title].filter(Boolean).length;
  return {
    kind: kindOf(kind[1] ?? ""),
    number,
    issuedOn: date?.iso ?? null,
    issuer: issuerWritten ? completeIssuer(issuerWritten, places) : null,
    issuerAsWritten: issuerWritten || null,
    title: title || null,
    shortName: short ? trimPunctuation(short) : null,
    text: trimPunctuation(text),
    confidence: Math.round((0.55 + found * 0.1) * 100) / 100,
  };
}

/**
 * Where a mention names the document its document carries out: "Kế hoạch số 24/KH-UBND … của UBND
 * tỉnh thực hiện Nghị quyết số 66-NQ/TW …" also has the plan issued under Nghị quyết 66-NQ/TW (but
 * not a document named in its title: "… của Chính phủ về ban hành Kế hoạch triển khai Nghị quyết …").
 * The offset of the second document's kind in `mention`, or -1.
 */
function carriedOut(mention: string): number {
  const of = /(?<![\p{L}])của\s/u.exec(mention);
  if (!of) return -1;
  const afterOf = of.index + of[0].length - 1;
  const verb = ISSUER_END.exec(mention.slice(afterOf));
  if (!verb || !/^\s(?:thực hiện|triển khai)\s$/u.test(verb[0])) return -1;
  const at = afterOf + verb.index + verb[0].length;
  const next = mention.slice(at).replace(/^thực hiện\s+/u, "");
  const start = mention.length - next.length;
  return CARRIED_OUT.test(next.slice(0, 200)) ? start : -1;
}

/**
 * The mentions of a paragraph: split at ";", and at ", " or " và " before another cited document
 * (`CITATION_AFTER_SEPARATOR`) unless that document was cited before (`seen`): then it is a document
 * the previous one refers to ("Kế hoạch … về thực hiện Nghị quyết … và Chương trình số 10-CTr/TU").
 */
function mentions(paragraph: Paragraph, seen: ReadonlySet<string>): Span[] {
  const { text } = paragraph;
  const spans: Span[] = [];
  for (const part of splitTopLevel(text, (i) => (text[i] === ";" ? { length: 1, keep: 0 } : null))) {
    const piece = text.slice(part.start, part.end);
    if (piece.length > MAX_MENTION) {
      spans.push(trimSpan(text, part));
      continue;
    }
    const cited = new Set(seen);
    const own = documentNumber(piece.replace(LEAD_WORDS, "").replace(KIND_WORD, ""));
    if (own) cited.add(own);
    let start = 0;
    const cuts = splitTopLevel(piece, (i) => {
      const separator = piece[i] === "," ? 1 : piece.startsWith(" và ", i) ? 4 : 0;
      if (separator === 0 || i < start) return null;
      const next = CITATION_AFTER_SEPARATOR.exec(
        piece
          .slice(i + separator)
          .trimStart()
          .slice(0, 200),
      );
      const number = next?.[1] ? documentNumber(next[1]) : null;
      if (!number || cited.has(number)) return null;
      cited.add(number);
      start = i + separator;
      return { length: separator, keep: 0 };
    });
    for (const cut of cuts) spans.push(trimSpan(text, { start: part.start + cut.start, end: part.start + cut.end }));
  }
  return spans.filter((span) => span.end > span.start);
}

/**
 * "Các Nghị định của Chính phủ … (Số 37/2019/NĐ-CP ngày …, số 58/2023/NĐ-CP … và số 22/2025/NĐ-CP …)":
 * one span per numbered item in the parentheses (relative to the mention), with the kind; null for a
 * mention of one document.
 */
function pluralItems(mention: string): { kind: string; items: Span[] } | null {
  const lead = LEAD_WORDS.exec(mention)?.[0].length ?? 0;
  const plural = PLURAL.exec(mention.slice(lead));
  if (!plural?.[1]) return null;
  const items: Span[] = [];
  for (const group of parentheses(mention)) {
    const inside = mention.slice(group.start, group.end);
    const matches = [...inside.matchAll(PLURAL_ITEM)];
    for (const [i, m] of matches.entries()) {
      const separator = /^(?:\(\s*|[,;]\s*|\s+và\s+)/iu.exec(m[0])?.[0].length ?? 0;
      const next = matches[i + 1];
      items.push({ start: group.start + m.index + separator, end: next ? group.start + next.index : group.end - 1 });
    }
  }
  return items.length > 0 ? { kind: plural[1], items } : null;
}

/**
 * Paragraphs of the legal bases: a new one at each "Căn cứ"/"Thực hiện" line even without a blank
 * line before (a PDF breaks every line and leaves no blank lines), and at lines already read.
 */
function basisParagraphs(doc: PlanText, from: number, to: number): Paragraph[] {
  return paragraphs(doc.lines, from, to, {
    skip: (n) => doc.claimed[n] === 1,
    startsNew: (line) => BASIS_START.test(line),
  });
}

/**
 * Reads the legal bases in lines `from`..`to` (the part before section I, and before a decision's
 * "QUYẾT ĐỊNH:" or "Điều 1."), and in section I when it is the list of bases ("I. CĂN CỨ …"). A document cited twice (a basis and a document another basis refers
 * to) is read once. Mentions that name no document kind go to `doc.unparsed`.
 */
export function parseLegalBases(doc: PlanText, from: number, to: number, places: KnownPlaces): LegalBasis[] {
  // A first section that lists the bases ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH") is read with them.
  const basesSection = doc.outline.headings.find(
    (h) => h.level === 1 && h.line === to + 1 && BASES_SECTION.test(fold(h.title)),
  );
  let end = basesSection ? basesSection.end : to;
  for (let n = from; n <= end; n++) {
    if (ENACTING.test(doc.lines[n - 1] ?? "")) {
      end = n - 1;
      break;
    }
  }
  const bases: LegalBasis[] = [];
  const seen = new Set<string>();
  const add = (basis: Omit<LegalBasis, "evidence">, evidence: LegalBasis["evidence"]) => {
    if (basis.number && seen.has(basis.number)) return;
    if (basis.number) seen.add(basis.number);
    bases.push({ ...basis, evidence });
  };
  for (const paragraph of basisParagraphs(doc, from, end)) {
    if (!BASIS_START.test(paragraph.text) || PROPOSAL.test(paragraph.text)) continue;
    for (const span of mentions(paragraph, seen)) {
      const mention = paragraph.text.slice(span.start, span.end);
      const plural = pluralItems(mention);
      if (plural) {
        const head = parseMention(mention.replace(LEAD_WORDS, "").replace(PLURAL, plural.kind), places);
        for (const item of plural.items) {
          const itemText = mention.slice(item.start, item.end).replace(ITEM_KIND, "");
          const basis = parseMention(`${plural.kind} ${itemText}`, places);
          if (!basis) continue;
          const evidence = evidenceOf(paragraph, span.start + item.start, span.start + item.end);
          const issuerIsDocument = basis.issuerAsWritten !== null && KIND_WORD.test(basis.issuerAsWritten);
          add(
            {
              ...basis,
              issuer: issuerIsDocument || !basis.issuer ? (head?.issuer ?? null) : basis.issuer,
              issuerAsWritten:
                issuerIsDocument || !basis.issuer ? (head?.issuerAsWritten ?? null) : basis.issuerAsWritten,
              title: basis.title ?? head?.title ?? null,
            },
            evidence,
          );
        }
        continue;
      }
      const evidence = evidenceOf(paragraph, span.start, span.end);
      const basis = parseMention(mention, places);
      if (basis) add(basis, evidence);
      else doc.unparsed.push({ ...evidence, text: mention.trim(), reason: "Không nhận ra văn bản căn cứ" });
      const second = basis ? carriedOut(mention) : -1;
      const carried = second >= 0 ? parseMention(mention.slice(second), places) : null;
      if (carried) add(carried, evidenceOf(paragraph, span.start + second, span.end));
    }
    claim(doc, paragraph);
  }
  return bases;
}
