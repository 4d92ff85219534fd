// Sentence case for text written in capitals (a title, an issuer), keeping proper names capitalised
// the way the document itself writes them: "TRIỂN KHAI … TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH" becomes
// "Triển khai … trên địa bàn Thành phố Hồ Chí Minh" because the body says "… trên địa bàn Thành phố
// Hồ Chí Minh như sau:". A document repeats its title and its issuer in mixed case (the introducing
// sentence, "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …", annex notes), so the longest run of
// the capitalised words that the body also has gives their case. A word the body has only at the
// start of sentences, or not at all, is lower case, unless it is an abbreviation ("MTQG", "UBND").
import { fold } from "./text.ts";

const WORD = /[\p{L}\p{N}]+/gu;
// A list mark at the start of a line: "- ", "+ ", "a) ", "1. ", "1.2. ", "(1) ", "IV. ".
const LIST_MARK = /^\s*(?:[-+•]|\(?[\p{L}\p{N}]{1,4}\)|\p{N}{1,2}(?:\.\p{N}{1,2})*\.?|[IVX]{1,4}\.)\s+/u;
// Longest run of words looked up: longer runs add nothing to the case of names.
const MAX_RUN = 16;
// The body is read up to this many characters.
const MAX_SOURCE = 400_000;

interface Word {
  text: string;
  folded: string;
  start: number;
  /** First word of a sentence or paragraph: its capital says nothing about the word. */
  initial: boolean;
}

/** Where the case of words is read from: the words of a document's mixed-case lines. */
export interface CaseSource {
  words: Word[];
  at: Map<string, number[]>;
}

const isAllCaps = (line: string) => /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);

/**
 * Whether a text is written in capitals, document symbols aside ("THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTg" is:
 * a symbol keeps its small letters in a title in capitals).
 */
export function inCapitals(text: string): boolean {
  return isAllCaps(text.replace(/\S*[\p{N}/]\S*/gu, " "));
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({
    text: match[0],
    folded: fold(match[0]),
    start: match.index,
    initial: false,
  }));
}

/** Words of one paragraph; the first one and those after ". ! ? :" start a sentence. */
function paragraphWords(paragraph: string): Word[] {
  const words = wordsOf(paragraph);
  let previousEnd = 0;
  for (const [i, word] of words.entries()) {
    const gap = paragraph.slice(previousEnd, word.start);
    word.initial = i === 0 || /[.!?:]\s/u.test(gap);
    previousEnd = word.start + word.text.length;
  }
  return words;
}

/**
 * The mixed-case words of `lines`; lines in capitals say nothing about case and end a paragraph, as
 * blank lines do. A line that starts with a list mark starts a paragraph (and the mark is not a word).
 */
export function caseSource(lines: readonly string[]): CaseSource {
  const words: Word[] = [];
  let paragraph = "";
  let length = 0;
  const flush = () => {
    if (paragraph !== "") words.push(...paragraphWords(paragraph));
    paragraph = "";
  };
  for (const line of lines) {
    if (length > MAX_SOURCE) break;
    length += line.length;
    if (line === "" || isAllCaps(line)) {
      flush();
      continue;
    }
    const mark = LIST_MARK.exec(line);
    if (mark) {
      flush();
      paragraph = line.slice(mark[0].length);
    } else {
      paragraph = paragraph === "" ? line : `${paragraph} ${line}`;
    }
  }
  flush();
  const at = new Map<string, number[]>();
  for (const [i, word] of words.entries()) {
    const list = at.get(word.folded);
    if (list) list.push(i);
    else at.set(word.folded, [i]);
  }
  return { words, at };
}

// Names of the genre whose case the body may not show: "nhân dân" is small in a body's name,
// capitalised alone ("phục vụ Nhân dân").
const NAMES = [
  "Ủy ban nhân dân",
  "Uỷ ban nhân dân",
  "Hội đồng nhân dân",
  "Tòa án nhân dân",
  "Viện kiểm sát nhân dân",
  "Công an nhân dân",
  "Quân đội nhân dân",
  "Ủy ban Mặt trận Tổ quốc Việt Nam",
  "Đảng Cộng sản Việt Nam",
  "Thủ tướng Chính phủ",
  "Ban Chấp hành Trung ương",
  "Ban Thường vụ",
  "Bộ Chính trị",
  "Ban Bí thư",
  "Quốc hội",
];
let namesSource: CaseSource | null = null;
/** The genre's names as a case source (each after a word, so that its first word counts). */
function genreNames(): CaseSource {
  namesSource ??= caseSource(NAMES.flatMap((name) => [`x ${name}`, ""]));
  return namesSource;
}

/** Which letters of a word are capitals: "1" per capital, "0" otherwise ("TTg" → "110"). */
const capitalsOf = (word: string) => [...word].map((ch) => (/\p{Lu}/u.test(ch) ? "1" : "0")).join("");

/** The word (in capitals) with the capitals of the most frequent mask, or null without votes. */
function byVotes(word: string, masks: string[]): string | null {
  const votes = new Map<string, number>();
  // A word in capitals inside mixed text ("TM. ỦY BAN NHÂN DÂN" in a table row) says nothing.
  for (const mask of masks) if (mask.length < 2 || mask.includes("0")) votes.set(mask, (votes.get(mask) ?? 0) + 1);
  let best: string | null = null;
  const capitals = (mask: string) => mask.replace(/0/g, "").length;
  for (const [mask, count] of votes) {
    // On a tie, fewer capitals.
    const bestCount = best === null ? -1 : (votes.get(best) ?? 0);
    if (count > bestCount || (count === bestCount && best !== null && capitals(mask) < capitals(best))) best = mask;
  }
  if (best === null) return null;
  const chars = [...word.toLowerCase()];
  if (chars.length !== best.length) return best.startsWith("1") ? capitalizeWord(word) : word.toLowerCase();
  return chars.map((ch, i) => (best?.[i] === "1" ? ch.toUpperCase() : ch)).join("");
}

const capitalizeFirst = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const capitalizeWord = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

// A Vietnamese syllable (folded): initial consonants, vowels, final consonants. A word in capitals
// that is not one is an abbreviation ("UBND", "MTQG", "TTG").
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/u;

/** A word the document never writes in mixed case: an abbreviation keeps its capitals. */
function unknownWord(word: string): string {
  const folded = fold(word);
  if (/^\p{L}+$/u.test(folded) && folded.length >= 2 && !SYLLABLE.test(folded)) return word;
  // A symbol of letters and digits ("QH15").
  if (/\p{L}/u.test(word) && /\p{N}/u.test(word)) return word;
  return word.toLowerCase();
}

/** The case of one word from its occurrences inside sentences. */
function singleWord(word: Word, source: CaseSource): string {
  const lower = word.text.toLowerCase();
  const inside = (source.at.get(word.folded) ?? []).map((p) => source.words[p]).filter((w) => w && !w.initial);
  // Same spelling first ("kế" and "kể" fold alike), else any spelling of the folded word.
  const same = inside.filter((w) => w?.text.toLowerCase() === lower);
  const masks = (same.length > 0 ? same : inside).map((w) => capitalsOf(w?.text ?? ""));
  return byVotes(word.text, masks) ?? unknownWord(word.text);
}

/** The longest run of words from `i` that the source has, and where it has it. */
function longestRun(words: Word[], i: number, source: CaseSource): { length: number; starts: number[] } {
  let length = 0;
  let starts: number[] = [];
  for (const p of source.at.get(words[i]?.folded ?? "") ?? []) {
    let n = 1;
    while (
      n < MAX_RUN &&
      i + n < words.length &&
      p + n < source.words.length &&
      source.words[p + n]?.folded === words[i + n]?.folded
    ) {
      n++;
    }
    if (n > length) {
      length = n;
      starts = [p];
    } else if (n === length) {
      starts.push(p);
    }
  }
  return { length, starts };
}

/**
 * `text` in sentence case if it is written in capitals (else as it is), each word in the case the
 * source writes it (see the module header). Separators and spelling are kept: only case changes.
 */
export function restoreCase(text: string, source: CaseSource): string {
  if (!inCapitals(text)) return text;
  const words = wordsOf(text);
  const cased = words.map((w) => w.text.toLowerCase());
  let i = 0;
  while (i < words.length) {
    const fromBody = longestRun(words, i, source);
    const fromNames = longestRun(words, i, genreNames());
    const [run, runSource] = fromNames.length > fromBody.length ? [fromNames, genreNames()] : [fromBody, source];
    const { length, starts } = run;
    if (length < 2) {
      const word = words[i];
      if (word) cased[i] = singleWord(word, source);
      i++;
      continue;
    }
    for (let k = 0; k < length; k++) {
      const word = words[i + k];
      if (!word) continue;
      const occurrences = starts.map((p) => runSource.words[p + k]).filter((w) => w !== undefined);
      const masks = occurrences.filter((w) => k > 0 || !w.initial).map((w) => capitalsOf(w.text));
      cased[i + k] = byVotes(word.text, masks) ?? singleWord(word, source);
    }
    i += length;
  }
  let out = "";
  let previousEnd = 0;
  for (const [k, word] of words.entries()) {
    const gap = text.slice(previousEnd, word.start);
    // A quoted name starts with a capital (Đề án “Nâng cao nhận thức cộng đồng …”).
    const cased_ = /“\s*$/u.test(gap) ? capitalizeFirst(cased[k] ?? word.text) : (cased[k] ?? word.text);
    out += gap + cased_;
    previousEnd = word.start + word.text.length;
  }
  out += text.slice(previousEnd);
  return out.replace(/^([^\p{L}]*)(\p{Ll})/u, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * Restores proper names the text has in small letters ("ủy ban nhân dân xã an lạc" with "An Lạc" →
 * "… xã An Lạc"), whatever the tone marks' placement.
 */
export function withProperNames(text: string, names: readonly string[]): string {
  let out = text;
  for (const name of names) {
    if (!/\p{Lu}/u.test(name) || name.length < 2) continue;
    const folded = fold(out);
    const target = fold(name);
    let from = 0;
    for (let at = folded.indexOf(target, from); at >= 0; at = folded.indexOf(target, from)) {
      const end = at + target.length;
      const bounded = !/[\p{L}\p{N}]/u.test(folded[at - 1] ?? "") && !/[\p{L}\p{N}]/u.test(folded[end] ?? "");
      if (bounded && [...out.slice(at, end)].length === [...name].length) {
        const mask = capitalsOf(name);
        const chars = [...out.slice(at, end)].map((ch, i) => (mask[i] === "1" ? ch.toUpperCase() : ch));
        out = out.slice(0, at) + chars.join("") + out.slice(end);
      }
      from = end;
    }
  }
  return out;
}
