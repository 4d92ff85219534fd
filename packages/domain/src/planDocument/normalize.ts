// Normalisation of a plan's text before parsing: one output line per input line, so that evidence
// (line numbers) found in the normalised text points at the same lines of the document as given.
//
// Plans reach us converted from Word/PDF to markdown, with typographic variants and conversion
// artefacts. Everything is folded to one canonical spelling so that the parsers need one pattern
// per word: Unicode NFC, plain spaces, "-" for hyphen-like characters and minus signs, "–" for
// dashes (en and em dashes become en dashes), “ ” and ‘ ’ for typographic quotes (« » „ ‹ › ‚ …).
// En dashes and curly quotes are kept rather than made ASCII because the seed and the console quote
// the plan verbatim ("quốc phòng – an ninh", Đề án “…”).
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
const HYPHENS = /[\u2010-\u2012\u2212\ufe63\uff0d]/g;
const DASHES = /[\u2014\u2015]/g;
const OPENING_DOUBLE = /[«„‟]/g;
const CLOSING_DOUBLE = /»/g;
const OPENING_SINGLE = /[‹‚‛]/g;
const CLOSING_SINGLE = /›/g;

// LaTeX that converters leave for comparison signs ("\geq 12%", "$\geq$ 12\%").
const LATEX_SIGNS: Record<string, string> = { geq: "≥", ge: "≥", leq: "≤", le: "≤", approx: "≈" };
const LATEX_COMMAND = /\\(geq|ge|leq|le|approx)(?![A-Za-z])/g;
// Inline math left around a sign or number once the command is converted ("$≥ 12%$").
const INLINE_MATH = /\$([\s\d.,%≥≤≈<>=+-]{1,40})\$/g;

const HEADING_MARK = /^#{1,6}\s+/;
const TRAILING_HASHES = /\s+#+$/;
const BLOCKQUOTE_MARK = /^(?:>\s?)+/;
const TABLE_SEPARATOR = /^\|?(?:\s*:?-{3,}:?\s*\|)*\s*:?-{3,}:?\s*\|?$/;
const BULLET_MARK = /^[*•●▪◦·]\s+/;
const STRONG = /\*\*+/g;
const UNDERLINE_STRONG = /(?<![\p{L}\p{N}_\\])__(?=\S)([^_]+?)(?<=\S)__(?![\p{L}\p{N}_])/gu;
const EMPHASIS = /(?<![\p{L}\p{N}*\\])\*(?=\S)([^*]+?)(?<=[^\s\\])\*(?![\p{L}\p{N}*])/gu;
const MARKDOWN_ESCAPE = /\\([\\`*_{}[\]()#+\-.!|<>~"'%$])/g;
// A line of emphasis marks alone ("* *", "** **": emphasis of a blank table cell) or a rule drawn
// under a header cell ("-------", "________").
const MARKS_ONLY = /^[*_\s]*$|^[-–_=*.·•\s]{3,}$/u;
// An HTML line break inside a table cell ("ỦY BAN NHÂN DÂN<br>TỈNH SƠN LA").
const HTML_BREAK = /<br\s*\/?>/giu;

function tableRow(line: string): string {
  if (!line.startsWith("|")) return line;
  if (TABLE_SEPARATOR.test(line)) return "";
  // Cells are joined with a space: a row of an indicator table reads as one sentence.
  return line
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|\s*$/, "")
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== "")
    .join(" ");
}

/**
 * Removes the "*" of an emphasis that opens on one line and closes on another ("*Căn cứ Luật …" /
 * "… năm 2025; *", "*1.1. *Quán triệt"): a "*" touching a word, or alone at an end of the line.
 * Kept: escaped "\\*", footnote marks "(*)", and "*" between spaces inside the line ("2 * 3").
 */
function strayAsterisks(line: string): string {
  let out = "";
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch !== "*") {
      out += ch;
      continue;
    }
    const before = line[i - 1];
    const after = line[i + 1];
    const footnote = /[(*]/u.test(before ?? "") && /[)*]/u.test(after ?? "");
    const spaced = before === " " && after === " ";
    if (before === "\\" || footnote || spaced) out += ch;
  }
  return out;
}

function normalizeLine(raw: string): string {
  let line = raw
    .replace(INVISIBLE, "")
    .replace(SPACES, " ")
    .replace(HYPHENS, "-")
    .replace(DASHES, "–")
    .replace(OPENING_DOUBLE, "“")
    .replace(CLOSING_DOUBLE, "”")
    .replace(OPENING_SINGLE, "‘")
    .replace(CLOSING_SINGLE, "’")
    .replace(HTML_BREAK, " ")
    .replace(/ {2,}/g, " ")
    .trim();
  line = line
    .replace(LATEX_COMMAND, (_, name: string) => LATEX_SIGNS[name] ?? "")
    .replace(/\\%/g, "%")
    .replace(INLINE_MATH, (_, inner: string) => inner.trim())
    .replace(/>=/g, "≥")
    .replace(/<=/g, "≤");
  // "> 10%" at the start of a line is a comparison, not a quote.
  if (!/^>\s*\d/.test(line)) line = line.replace(BLOCKQUOTE_MARK, "");
  line = tableRow(line.replace(HEADING_MARK, "").replace(TRAILING_HASHES, "").trim());
  if (MARKS_ONLY.test(line)) return "";
  line = line.replace(BULLET_MARK, "- ").replace(STRONG, "").replace(UNDERLINE_STRONG, "$1").replace(EMPHASIS, "$1");
  line = strayAsterisks(line).replace(MARKDOWN_ESCAPE, "$1");
  // A trailing backslash is a markdown hard line break.
  return line.replace(/\\$/, "").replace(/ {2,}/g, " ").trim();
}

/**
 * Splits a plan's text into normalised lines (see the module header). Line i of the result (1-based
 * in evidence) is line i of `raw`, whatever its line breaks (LF, CRLF or CR).
 */
export function normalizePlanText(raw: string): string[] {
  return raw
    .normalize("NFC")
    .split(/\r\n|\r|\n/)
    .map(normalizeLine);
}
