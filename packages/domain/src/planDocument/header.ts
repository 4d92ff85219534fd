// The header of an administrative document: issuer, national motto, "Số: …/KH-UBND", place and date,
// the kind ("KẾ HOẠCH") and the title ("Về …"); and the sentence that introduces the plan
// ("Ủy ban nhân dân phường Tân Hưng xây dựng Kế hoạch …, cụ thể như sau:").
//
// The header is a two-column table: issuer and number on the left, motto and place and date on the
// right. It reaches us as one cell per line or paragraph (crawled pages, Word), cell parts broken
// over lines and separated by blank lines, as rows of a markdown table (both cells on one line), or
// interleaved (PDF: "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"). So the lines before the
// kind are read as one text: the motto is cut out wherever it is, "Số: …" and "…, ngày … tháng …
// năm …" are found wherever they are, and what is left in capitals before them is the issuer.
import { type CaseSource, caseSource, inCapitals, restoreCase, withProperNames } from "./casing.ts";
import { claim, type PlanText } from "./sections.ts";
import { capitalize, collapseSpaces, fold, isoDate } from "./text.ts";
import type { DocumentKind, PlanHeader, TextItem } from "./types.ts";

/** Kinds as the title line writes them, upper case. */
const KIND_LINE =
  /^(KẾ HOẠCH|QUYẾT ĐỊNH|BÁO CÁO|NGHỊ QUYẾT|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?|CHỈ THỊ|ĐỀ ÁN|CÔNG VĂN|THÔNG BÁO|HƯỚNG DẪN|TỜ TRÌNH|KẾT LUẬN|QUY CHẾ)(?:\s*:)?(?:\s+(.*))?$/u;
const KIND_OF: Record<string, DocumentKind> = {
  "KẾ HOẠCH": "PLAN",
  "QUYẾT ĐỊNH": "DECISION",
  "BÁO CÁO": "REPORT",
  "NGHỊ QUYẾT": "RESOLUTION",
  "CHƯƠNG TRÌNH": "PROGRAM",
  "CHƯƠNG TRÌNH HÀNH ĐỘNG": "PROGRAM",
  "CHỈ THỊ": "DIRECTIVE",
  "ĐỀ ÁN": "SCHEME",
  "CÔNG VĂN": "OFFICIAL_LETTER",
  "THÔNG BÁO": "NOTICE",
};
// "QUYẾT ĐỊNH:" after the legal bases of a decision enacts it; it is not the kind line.
const ENACTING = /^(?:QUYẾT ĐỊNH|QUYẾT NGHỊ)\s*:\s*$/u;
const ARTICLE_ONE = /^Điều\s+1\s*[.:]/u;
const BASIS_LINE = /^(?:Căn cứ|Thực hiện|Triển khai|Theo đề nghị|Xét đề nghị)\s/u;
const SECTION_LINE = /^(?:(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s|PHẦN\s|Phần\s+(?:thứ|[IVX\d]))/u;
const ANNEX_NOTE = /^\(?\s*(?:Ban hành\s+)?(?:kèm|Kèm)\s+theo\b/u;
// The national motto, and the party's, wherever the lines break them.
const MOTTO =
  /C\s*Ộ\s*N\s*G\s+H\s*(?:ÒA|OÀ)\s+X\s*Ã\s+H\s*Ộ\s*I\s+C\s*H\s*Ủ\s+N\s*G\s*H\s*Ĩ\s*A\s+V\s*I\s*Ệ\s*T\s+N\s*A\s*M|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc/giu;
// "Số: 174/KH-UBND", "Số: /KH-UBND", "Số 57-BC/ĐU": the number and symbol have no space.
const NUMBER = /(?<![\p{L}\p{N}])Số\s*:?[ \t]*((?:[^\s,;/]+[ \t]?(?=\/))?[^\s,;]*[\p{N}/][^\s,;]*)/u;
// "ngày 18 tháng 11 năm 2025", "ngày tháng 01 năm 2026" (left blank), "ngày 7/1/2026".
const DATE =
  /(?<![\p{L}])ngày[\s.…_]*(\d{1,2})?[\s.…_]*tháng[\s.…_]*(\d{1,2})?[\s.…_]*năm[\s.…_]*(\d{4})|(?<![\p{L}])ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/iu;
// The place before the date: letters, spaces and ". ' -" ("TP. Hồ Chí Minh", "Buôn Ma Thuột").
const PLACE_CHARS = /^[\p{L} .'-]+$/u;
const MAX_PLACE = 60;
// Bodies that issue documents, and the signers' titles a decision's preamble names.
const AUTHORITY_START =
  /^(?:ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|HĐND|ĐẢNG|BAN |SỞ |PHÒNG |VĂN PHÒNG|BỘ |CÔNG AN|CHÍNH PHỦ|THỦ TƯỚNG|CHỦ TỊCH|BỘ TRƯỞNG|GIÁM ĐỐC|TRƯỞNG BAN|CỤC|TỔNG CỤC|BỘ CHỈ HUY|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|MẶT TRẬN)/u;
// A body under a People's Committee, written under it ("UBND TỈNH SƠN LA" / "SỞ CÔNG THƯƠNG").
const PARENT_BODY =
  /^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)\s+((?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG|ĐẶC KHU)\s+\S.*)$/u;
const SUBORDINATE_BODY =
  /^(?:SỞ|BAN|PHÒNG|VĂN PHÒNG|CHI CỤC|CỤC|TRUNG TÂM|TRƯỜNG|BỆNH VIỆN|CÔNG AN|BỘ CHỈ HUY|THANH TRA|KHO BẠC|BAN QUẢN LÝ)(?![\p{L}])/u;
const INTRO =
  /^((?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Đảng ủy|Ban)\s[^,.;:]{0,100}?)\s+(?:xây dựng|ban hành)\s/u;
const JURISDICTION =
  /(?<![\p{L}])([Pp]hường|[Xx]ã|[Đđ]ặc khu|[Tt]hị trấn|[Tt]hị xã|[Tt]hành phố|[Tt]ỉnh|[Qq]uận|[Hh]uyện)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})(?![\p{L}])/gu;
const LEVEL_AT_END =
  /(?<![\p{L}])(phường|xã|đặc khu|thị trấn|thị xã|thành phố|tỉnh|quận|huyện)\s+(\p{Ll}[\p{Ll}\s]*)$/u;
// The header is within the first lines; a document without a kind line has it within fewer.
const MAX_HEADER_LINES = 80;
const MAX_HEADER_LINES_WITHOUT_KIND = 40;
const MAX_TITLE_LINES = 12;
const MAX_HEADER_LINE = 400;
const MAX_TITLE = 500;

/** Administrative units named in a text: "thành phố Hải Phòng" → { level: "thành phố", name: "Hải Phòng" }. */
export function namedJurisdictions(text: string): { level: string; name: string }[] {
  return [...text.matchAll(JURISDICTION)].map((match) => ({
    level: (match[1] ?? "").toLowerCase(),
    name: match[2] ?? "",
  }));
}

/** The last named administrative unit in a text ("Ủy ban nhân dân phường Tân Hưng" → phường Tân Hưng). */
export function jurisdictionIn(text: string): { level: string; name: string } | null {
  return namedJurisdictions(text).at(-1) ?? null;
}

/** The ISO date (only if day, month and year are all written) and the year of a DATE match. */
function dateOf(match: RegExpExecArray): { iso: string | null; year: number | null } {
  const [, day, month, year, numericDay, numericMonth, numericYear] = match;
  if (numericYear) {
    return { iso: isoDate(Number(numericDay), Number(numericMonth), Number(numericYear)), year: Number(numericYear) };
  }
  return { iso: day && month ? isoDate(Number(day), Number(month), Number(year)) : null, year: Number(year) };
}

/** Lines `from`..`to` read as one text, with the line each offset is on. */
interface Stream {
  text: string;
  /** Offset of the start of each line in `text`. */
  starts: number[];
  from: number;
}

function streamOf(lines: readonly string[], from: number, to: number): Stream {
  const starts: number[] = [];
  let text = "";
  for (let n = from; n <= to; n++) {
    if (n > from) text += "\n";
    starts.push(text.length);
    // A header line is short: a long one is read in part (regular expressions stay fast).
    text += (lines[n - 1] ?? "").slice(0, MAX_HEADER_LINE);
  }
  return { text, starts, from };
}

function lineAt(stream: Stream, offset: number): number {
  let index = 0;
  while (index + 1 < stream.starts.length && (stream.starts[index + 1] ?? Number.POSITIVE_INFINITY) <= offset) index++;
  return stream.from + index;
}

interface Range {
  start: number;
  end: number;
}

/** The pieces of text in capitals between offsets `from` and `to`, outside `taken`, with their lines. */
function capitalsBetween(stream: Stream, from: number, to: number, taken: Range[]): { text: string; line: number }[] {
  const parts: { text: string; line: number }[] = [];
  const ranges = [...taken].sort((x, y) => x.start - y.start);
  for (const [i, lineStart] of stream.starts.entries()) {
    const lineEnd = Math.min(to, (stream.starts[i + 1] ?? stream.text.length + 1) - 1);
    let at = Math.max(lineStart, from);
    for (const range of [...ranges, { start: lineEnd, end: lineEnd }]) {
      if (at >= lineEnd) break;
      if (range.end <= at) continue;
      const text = collapseSpaces(stream.text.slice(at, Math.min(range.start, lineEnd)));
      if (/\p{L}.*\p{L}/u.test(text) && inCapitals(text)) parts.push({ text, line: stream.from + i });
      at = Math.max(at, range.end);
    }
  }
  return parts;
}

/** Where the kind line is, and where the header ends without one. */
function headerRegion(doc: PlanText): { kindLine: number | null; end: number } {
  const firstSection = doc.outline.headings.find((h) => h.level === 1)?.line ?? doc.lines.length + 1;
  const limit = Math.min(firstSection - 1, doc.lines.length, MAX_HEADER_LINES);
  for (let n = 1; n <= limit; n++) {
    const line = doc.lines[n - 1] ?? "";
    if (BASIS_LINE.test(line) || ENACTING.test(line) || ARTICLE_ONE.test(line)) return { kindLine: null, end: n - 1 };
    if (KIND_LINE.test(line)) return { kindLine: n, end: limit };
  }
  return { kindLine: null, end: Math.min(limit, MAX_HEADER_LINES_WITHOUT_KIND) };
}

/**
 * The place written before the date: back from ", ngày" over place characters, on the date's line
 * and the lines just before it that are part of the same cell (mixed case, short, no blank line).
 */
function placeBefore(stream: Stream, dateStart: number, stops: Range[]): Range | null {
  let end = dateStart;
  while (end > 0 && /[\s,]/u.test(stream.text[end - 1] ?? "")) end--;
  const stop = Math.max(0, ...stops.filter((r) => r.end <= end).map((r) => r.end));
  let start = end;
  while (start > stop && end - start < MAX_PLACE) {
    const ch = stream.text[start - 1] ?? "";
    if (ch === "\n") {
      // A line before the date's line belongs to the place when it is a short mixed-case fragment.
      const previousStart = stream.text.lastIndexOf("\n", start - 2) + 1;
      const previous = stream.text.slice(Math.max(previousStart, stop), start - 1);
      if (previous === "" || previous.length > 30 || inCapitals(previous) || !PLACE_CHARS.test(previous)) break;
      start = Math.max(previousStart, stop);
      continue;
    }
    if (!PLACE_CHARS.test(ch)) break;
    start--;
  }
  while (start < end && /[\s.'-]/u.test(stream.text[start] ?? "")) start++;
  if (start >= end || !/\p{L}/u.test(stream.text.slice(start, end))) return null;
  return { start, end };
}

/**
 * Whether a line ends the title: the legal bases, the decision's enacting words, a section… The first
 * line after the kind may start as a basis does ("Thực hiện Nghị quyết số 48/NQ-CP …" is a title).
 */
function endsTitle(line: string, first = false): boolean {
  return (
    (first ? /^Căn cứ\s/u.test(line) : BASIS_LINE.test(line)) ||
    ENACTING.test(line) ||
    ARTICLE_ONE.test(line) ||
    SECTION_LINE.test(line) ||
    ANNEX_NOTE.test(line) ||
    INTRO.test(line) ||
    (KIND_LINE.test(line) && !KIND_LINE.exec(line)?.[2]) ||
    /^Kính gửi\b/u.test(line)
  );
}

interface Title {
  text: string | null;
  lines: number[];
}

/**
 * The title (trích yếu) after the kind line: its first paragraph, and the next paragraphs written in
 * the same case (a title broken by blank lines) until a paragraph that is not title. Without blank
 * lines (Word, PDF), a line continues a title in capitals when it is in capitals, a mixed-case title
 * when it starts with a small letter. A decision's authority line ("ỦY BAN NHÂN DÂN TỈNH SƠN LA")
 * after the title is read (claimed) but is not title.
 */
function readTitle(doc: PlanText, kindLine: number, rest: string | undefined, issuer: string | null): Title {
  const lines: number[] = [];
  const parts: string[] = rest ? [rest] : [];
  const last = Math.min(doc.lines.length, kindLine + MAX_TITLE_LINES + 6);
  const line = (n: number) => doc.lines[n - 1] ?? "";
  const isAuthority = (n: number) => {
    const text = line(n);
    if (!inCapitals(text) || !AUTHORITY_START.test(text)) return false;
    if (issuer && fold(text).includes(fold(issuer))) return true;
    let next = n + 1;
    while (next <= doc.lines.length && line(next) === "") next++;
    return next > doc.lines.length || BASIS_LINE.test(line(next)) || ENACTING.test(line(next));
  };
  let capitals = rest ? inCapitals(rest) : null;
  // A line without letters ("- 2030") fits any title.
  const fits = (text: string) =>
    !/\p{L}/u.test(text) || (capitals ? inCapitals(text) : /^[(“"]?[\p{Ll}\p{N}]/u.test(text));
  const readAuthority = (from: number) => {
    for (let m = from; m <= last && line(m) !== "" && inCapitals(line(m)); m++) lines.push(m);
  };
  let n = kindLine + 1;
  while (n <= last && lines.length < MAX_TITLE_LINES) {
    const afterBlank = line(n) === "";
    while (n <= last && line(n) === "") n++;
    const first = parts.length === 0;
    if (n > last || endsTitle(line(n), first)) break;
    if (!first && isAuthority(n)) {
      readAuthority(n);
      break;
    }
    if (!first && !fits(line(n))) break;
    // One paragraph: up to a blank line, a line that ends the title or the authority line.
    const paragraph: number[] = [];
    while (n <= last && line(n) !== "" && !endsTitle(line(n), first && paragraph.length === 0)) {
      if (paragraph.length > 0 && isAuthority(n)) break;
      paragraph.push(n);
      n++;
    }
    if (paragraph.length === 0) break;
    capitals ??= inCapitals(line(paragraph[0] ?? 0));
    // Without a blank line after it (Word, PDF), only the lines that fit the title's case.
    const endedByBlank = n > doc.lines.length || line(n) === "";
    const misfit = endedByBlank ? -1 : paragraph.findIndex((m, i) => i > 0 && !fits(line(m)));
    const taken = misfit > 0 ? paragraph.slice(0, misfit) : paragraph;
    const text = taken.map(line).join(" ");
    if ((!first && afterBlank && taken.length > 3) || parts.join(" ").length + text.length > MAX_TITLE) break;
    parts.push(text);
    lines.push(...taken);
    if (taken.length < paragraph.length) {
      n = (taken.at(-1) ?? n) + 1;
      if (isAuthority(n)) readAuthority(n);
      break;
    }
  }
  const text = collapseSpaces(parts.join(" "));
  return { text: text === "" ? null : text, lines };
}

/** An issuer or a title in capitals in sentence case, names as the document writes them. */
function casedText(text: string, source: () => CaseSource, properNames: readonly string[]): string {
  if (!inCapitals(text)) return text;
  return withProperNames(restoreCase(text, source()), properNames);
}

/**
 * The unit's name after its level is a proper name ("ủy ban nhân dân xã an lạc" → "… xã An Lạc"), and
 * a department's or a ministry's name starts with a capital ("Sở y tế" → "Sở Y tế").
 */
function capitalizeUnitName(issuer: string): string {
  return issuer
    .replace(
      /^((?:Sở|Bộ|Cục|Chi cục|Văn phòng|Phòng|Trung tâm)\s+)(\p{Ll})/u,
      (_, body: string, c: string) => body + c.toUpperCase(),
    )
    .replace(
      LEVEL_AT_END,
      (_, level: string, name: string) =>
        `${level} ${name.replace(/(^|\s)(\p{Ll})/gu, (__, s: string, c: string) => s + c.toUpperCase())}`,
    );
}

/**
 * The issuer from the capital lines of its cell: one name broken over lines ("ỦY BAN NHÂN" / "DÂN" /
 * "TỈNH SƠN LA"), or a body under its People's Committee ("UBND TỈNH SƠN LA" / "SỞ CÔNG THƯƠNG" →
 * "SỞ CÔNG THƯƠNG TỈNH SƠN LA").
 */
function issuerOf(parts: readonly string[]): string | null {
  for (let k = 1; k < parts.length; k++) {
    const parent = PARENT_BODY.exec(collapseSpaces(parts.slice(0, k).join(" ")));
    if (parent?.[1] && SUBORDINATE_BODY.test(parts[k] ?? "")) {
      return collapseSpaces(`${parts.slice(k).join(" ")} ${parent[1]}`);
    }
  }
  return parts.length > 0 ? collapseSpaces(parts.join(" ")) : null;
}

/** Reads the header; null when none of its lines is there. */
export function parseHeader(doc: PlanText): PlanHeader | null {
  const { kindLine, end } = headerRegion(doc);
  const beforeKind = (kindLine ?? end + 1) - 1;
  const stream = streamOf(doc.lines, 1, beforeKind);
  const used = new Set<number>();
  const useRange = (range: Range) => {
    for (let n = lineAt(stream, range.start); n <= lineAt(stream, Math.max(range.start, range.end - 1)); n++)
      used.add(n);
  };

  const mottos: Range[] = [...stream.text.matchAll(MOTTO)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const motto of mottos) useRange(motto);
  const inMotto = (offset: number) => mottos.some((m) => offset >= m.start && offset < m.end);

  const numberMatch = NUMBER.exec(stream.text);
  const number = numberMatch && !inMotto(numberMatch.index) ? numberMatch : null;
  const numberRange = number ? { start: number.index, end: number.index + number[0].length } : null;
  if (numberRange) useRange(numberRange);

  const dateMatch = DATE.exec(stream.text);
  const date = dateMatch && !inMotto(dateMatch.index) ? dateMatch : null;
  const stops = [...mottos, ...(numberRange ? [numberRange] : [])];
  const placeRange = date ? placeBefore(stream, date.index, stops) : null;
  const placeAndDateRange = date ? { start: placeRange?.start ?? date.index, end: date.index + date[0].length } : null;
  if (placeAndDateRange) useRange(placeAndDateRange);

  // The issuer: what is left in capitals before the number and the date.
  const issuerEnd = Math.min(numberRange?.start ?? stream.text.length, placeAndDateRange?.start ?? stream.text.length);
  let issuerPieces = capitalsBetween(stream, 0, issuerEnd, mottos);
  if (issuerPieces.length === 0 && kindLine !== null) {
    // The right cell before the left one: the issuer after the place and date.
    const taken = [...mottos, ...(numberRange ? [numberRange] : []), ...(placeAndDateRange ? [placeAndDateRange] : [])];
    issuerPieces = capitalsBetween(stream, issuerEnd, stream.text.length, taken);
  }
  for (const part of issuerPieces) used.add(part.line);
  const issuerParts = issuerPieces.map((part) => part.text);

  const place = placeRange ? collapseSpaces(stream.text.slice(placeRange.start, placeRange.end)) : null;
  const properNames = place ? [place] : [];
  let sourceCache: CaseSource | null = null;
  const source = () => {
    sourceCache ??= caseSource(doc.lines);
    return sourceCache;
  };
  const issuerText = issuerOf(issuerParts);
  const issuer = issuerText ? capitalizeUnitName(casedText(issuerText, source, properNames)) : null;

  let kindWord: string | null = null;
  let title: string | null = null;
  if (kindLine !== null) {
    const kind = KIND_LINE.exec(doc.lines[kindLine - 1] ?? "");
    kindWord = kind?.[1] ?? null;
    used.add(kindLine);
    const read = readTitle(doc, kindLine, kind?.[2], issuerText);
    for (const n of read.lines) used.add(n);
    title = read.text ? capitalize(casedText(read.text, source, properNames)) : null;
  }
  if (used.size === 0) return null;
  for (const n of used) claim(doc, { fromLine: n, toLine: n });

  const numberText = (number?.[1] ?? "").replace(/\s+/gu, "");
  const numberParts = /^[._…\s]*(\d[\p{L}\p{N}]*)?\s*([/-])\s*(\S+)/u.exec(numberText);
  const placeAndDate = placeAndDateRange
    ? collapseSpaces(stream.text.slice(placeAndDateRange.start, placeAndDateRange.end))
    : null;
  const dated = date ? dateOf(date) : { iso: null, year: null };
  const titleYear = title ? [...title.matchAll(/năm\s+(\d{4})/gu)].at(-1)?.[1] : undefined;
  const numberAsWritten = number ? collapseSpaces(number[0]) : null;
  const found = [numberAsWritten, placeAndDate, kindWord, title, issuer].filter((x) => x !== null).length;
  const symbol = numberParts?.[3] ? numberParts[3].replace(/^\d{4}\//u, "") : null;
  return {
    numberAsWritten,
    number: numberParts?.[1] ? `${numberParts[1]}${numberParts[2]}${numberParts[3]}` : null,
    symbol,
    documentKind: kindWord ? (KIND_OF[kindWord] ?? "OTHER") : null,
    placeAndDate,
    place,
    issuedOn: dated.iso,
    year: titleYear ? Number(titleYear) : dated.year,
    issuer,
    title,
    jurisdiction: issuer ? jurisdictionIn(issuer) : null,
    evidence: { fromLine: Math.min(...used), toLine: Math.max(...used) },
    confidence: Math.round((0.5 + found * 0.09) * 100) / 100,
  };
}

/**
 * The sentence that introduces the plan, before section I; its subject is the issuer, used when the
 * header lost its issuer lines in conversion. It may be broken over lines ("Ủy ban nhân dân Thành
 * phố" / "ban hành Kế hoạch … như sau:"): it starts a paragraph or follows a sentence's end, and runs
 * to its paragraph's end or its closing ":".
 */
export function parseIntro(doc: PlanText): { intro: TextItem; issuer: string } | null {
  const end = Math.min((doc.outline.headings.find((h) => h.level === 1)?.line ?? 41) - 1, doc.lines.length);
  for (let n = 1; n <= end; n++) {
    const line = doc.lines[n - 1] ?? "";
    const previous = n > 1 ? (doc.lines[n - 2] ?? "") : "";
    if (doc.claimed[n] || !/^(?:Ủy|Uỷ|UBND|Hội|HĐND|Đảng|Ban)\s/u.test(line)) continue;
    if (previous !== "" && !/[.;:]$/u.test(previous)) continue;
    let last = n;
    let text = line;
    while (
      last < end &&
      !/:$/u.test(text) &&
      (doc.lines[last] ?? "") !== "" &&
      !doc.claimed[last + 1] &&
      last - n < 8
    ) {
      text += ` ${doc.lines[last] ?? ""}`;
      last++;
    }
    const match = INTRO.exec(text);
    if (match?.[1]) {
      const evidence = { fromLine: n, toLine: last };
      claim(doc, evidence);
      return {
        intro: { text: collapseSpaces(text), evidence, confidence: 0.8 },
        issuer: match[1].replace(/^UBND\s/u, "Ủy ban nhân dân "),
      };
    }
  }
  return null;
}
