// Reading one target ("mức chỉ tiêu") from the words of a plan: "tăng bình quân trên 10%/năm",
// "giảm 50% trở lên", "đạt 84,9 triệu đồng", "có thêm 01 trường đạt chuẩn quốc gia", "không để xảy ra …".
//
// A quantitative target is a number with the words around it: before it a reach word (đạt, ước đạt,
// hoàn thành), a change word (tăng, giảm, bình quân, thêm, xuống, còn) and a comparator (trên, từ,
// không quá, ≥…); after it a unit (%, điểm %, triệu đồng, cơ sở…), a second number of a range,
// "/năm", a rate base ("trên 1 vạn dân") and "trở lên"/"trở xuống". Without a usable number the
// phrase may be qualitative (không để xảy ra → ZERO_EVENTS, hoàn thành … giao → COMPLETE_ASSIGNED,
// đạt chuẩn / giữ vững … → ACHIEVED). Patterns are flat alternations of words, so the cost stays
// linear in the length of the text.
import { parseVietnameseNumber } from "../format.ts";
import type { Comparator, MeasureKind, QualitativeKind, TargetBasis, TargetDirection } from "../target.ts";
import { trimmedEnd } from "./text.ts";
import type { ParsedTarget } from "./types.ts";

const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;
// The number must be whole: not inside a word, a date (07/01/2026) or a document number (57-BC/ĐU).
const NUMBER_START = String.raw`(?<![\p{L}\p{N}/.,])`;
// "4/100.000 trẻ sinh ra" is a rate: a slash before a base of 10, 100, 1.000 … and a noun is allowed.
const NUMBER_END = String.raw`(?![\p{N}]|[.,]\p{N}|\/(?!(?:10+|1(?:\.000)+|100(?:\.000)+)\s+\p{L})[\p{N}\p{L}]|-\p{Lu})`;

const COMPARATOR_WORDS: [string, Comparator][] = [
  ["không vượt quá", "LTE"],
  ["không quá", "LTE"],
  ["không cao hơn", "LTE"],
  ["không lớn hơn", "LTE"],
  ["không nhiều hơn", "LTE"],
  ["tối đa", "LTE"],
  ["nhiều nhất", "LTE"],
  ["≤", "LTE"],
  ["không thấp hơn", "GTE"],
  ["không dưới", "GTE"],
  ["không ít hơn", "GTE"],
  ["tối thiểu", "GTE"],
  ["ít nhất", "GTE"],
  ["≥", "GTE"],
  ["từ", "GTE"],
  ["xấp xỉ", "APPROX"],
  ["khoảng", "APPROX"],
  ["gần", "APPROX"],
  ["ước", "APPROX"],
  ["≈", "APPROX"],
  ["~", "APPROX"],
  ["top", "LTE"],
  ["trên", "GT"],
  ["hơn", "GT"],
  [">", "GT"],
  ["dưới", "LT"],
  ["<", "LT"],
  ["bằng", "EQ"],
  ["=", "EQ"],
];
const COMPARATOR_OF = new Map(COMPARATOR_WORDS);
const words = (phrase: string) => phrase.replace(/ /g, String.raw`\s+`);

const CANDIDATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])` +
    String.raw`(?<lead>(?:ước\s+)?đạt\s+|hoàn\s+thành\s+)?` +
    String.raw`(?<change>(?:(?:có|tăng|giảm)\s+)?thêm\s+|(?:tăng|giảm)(?:\s+bình\s+quân)?(?:\s+(?:xuống|lên))?\s+)?` +
    String.raw`(?<level>(?:ước\s+)?đạt\s+|còn\s+|ở\s+mức\s+|xuống(?:\s+còn)?\s+|lên\s+)?` +
    `(?:(?<cmp>${COMPARATOR_WORDS.map(([w]) => words(w)).join("|")})\\s*)?` +
    `${NUMBER_START}(?<num>${NUMBER})${NUMBER_END}`,
  "giu",
);

// Words before a number that make it a reference, not a quantity ("năm 2026", "Phụ lục 01", "số 05").
const REFERENCE_BEFORE =
  /(?<![\p{L}])(?:năm|giai\s+đoạn|nhiệm\s+kỳ|khóa|khoá|số|lần\s+thứ|thứ|phụ\s+lục|mục|điều|khoản|chương|quý|tháng|ngày|tuần|mục\s+tiêu|chỉ\s+tiêu|nhóm|hoạt\s+động|nhiệm\s+vụ|giải\s+pháp|dự\s+án|tiểu\s+dự\s+án|nội\s+dung)\s*$/iu;

const SCALES: Record<string, number> = {
  "nghìn tỷ": 1e12,
  "ngàn tỷ": 1e12,
  tỷ: 1e9,
  triệu: 1e6,
  "trăm nghìn": 1e5,
  vạn: 1e4,
  nghìn: 1e3,
  ngàn: 1e3,
};
const SCALE_WORD = /^\s*(nghìn\s+tỷ|ngàn\s+tỷ|tỷ|triệu|trăm\s+nghìn|vạn|nghìn|ngàn)(?![\p{L}\p{N}])/iu;
const CURRENCY_WORD = /^\s*(đồng|VNĐ|VND|USD|đô\s+la(?:\s+Mỹ)?)(?![\p{L}\p{N}])/iu;

/** Nouns counted by COUNT targets; a longer noun is tried before its prefix ("trường hợp", "trường"). */
const COUNT_NOUNS = [
  "tổ dân phố",
  "khu dân cư",
  "hợp tác xã",
  "doanh nghiệp",
  "cơ sở",
  "trường hợp",
  "trường học",
  "trường",
  "hộ gia đình",
  "hộ",
  "vụ việc",
  "vụ án",
  "vụ",
  "người dân",
  "người",
  "lao động",
  "học sinh",
  "phòng học",
  "công trình",
  "dự án",
  "buổi",
  "lượt",
  "sản phẩm",
  "mô hình",
  "gia đình",
  "đơn vị",
  "thôn",
  "câu lạc bộ",
  "cán bộ",
  "đảng viên",
  "bác sĩ",
  "giường bệnh",
  "giường",
  "tuyến",
  "chợ",
  "hồ sơ",
  "cuộc",
  "lớp",
  "đợt",
  "xã",
  "phường",
  "dân",
  "trẻ em",
  "trẻ",
  "đoàn viên",
  "hội viên",
  "công dân",
  "nhà văn hóa",
  "nhà",
  "căn",
  "ca",
  "tin, bài",
  "tin bài",
  "bài viết",
  "con",
].sort((a, b) => b.length - a.length);
const COUNT_NOUN = new RegExp(`^\\s*(${COUNT_NOUNS.map(words).join("|")})(?![\\p{L}\\p{N}])`, "iu");
const OTHER_UNIT = /^\s*(km|m2|m²|m3|m³|ha|tấn|kg|lít|giờ|ngày|tháng|lần)(?![\p{L}\p{N}])/iu;

const PER_BASE_NOUNS = String.raw`người\s+dân|dân\s+số|dân|người|trẻ\s+em|trẻ|phụ\s+nữ|hộ|lao\s+động`;
// After a quantity: "/người", "trên 1 vạn dân", "/1.000 dân".
const PER_AFTER = new RegExp(
  String.raw`^\s*(?:\/|trên)\s*(?:(?<num>${NUMBER})\s*)?(?:(?<scale>trăm\s+nghìn|vạn|nghìn|ngàn|triệu)\s*)?(?<noun>${PER_BASE_NOUNS})(?![\p{L}\p{N}])` +
    // "/100 bé gái": after a slash and a number, the base is whatever the next words count.
    String.raw`|^\s*\/\s*(?<num2>${NUMBER})\s+(?<noun2>\p{Ll}+(?:\s+\p{Ll}+)?)(?![\p{L}\p{N}])`,
  "iu",
);
// Anywhere, for "Số bác sĩ/1 vạn dân đạt 11 bác sĩ": needs a base number or scale word.
const PER_ANYWHERE = new RegExp(
  String.raw`(?:\/|(?<![\p{L}\p{N}])trên)\s*(?:(?<num>${NUMBER})\s*)?(?:(?<scale>trăm\s+nghìn|vạn|nghìn|ngàn|triệu)\s*)?(?<noun>${PER_BASE_NOUNS})(?![\p{L}\p{N}])`,
  "giu",
);

const FROM_TO = new RegExp(
  String.raw`^(?:[^;.]|\.(?=\d)){0,60}?(?<![\p{L}])(?:xuống|lên|còn)\s+(?:mức\s+)?(?:${NUMBER})`,
  "u",
);
const MAINTAIN_BEFORE = /(?<![\p{L}])(?:duy\s+trì|giữ\s+vững|giữ\s+ổn\s+định)(?:\s+[^\s,;.]+){0,5}\s*$/iu;
const DURATION = /^\s*(?:năm|tháng)(?![\p{L}])/iu;
const AGE = /^\s*(?:tháng\s+)?tuổi(?![\p{L}])/iu;
const RANGE_END = new RegExp(String.raw`^\s*(?:-|–|đến|tới)\s*(?<num>${NUMBER})${NUMBER_END}`, "iu");
const PER_YEAR = /^\s*(?:\/\s*năm|mỗi\s+năm|một\s+năm|hằng\s+năm|hàng\s+năm)(?![\p{L}])/iu;
const BOUND_TAIL = /^\s*trở\s+(lên|xuống)(?![\p{L}])/iu;
// "100% chỉ tiêu", "hoàn thành 100% kế hoạch": the percentage is of that.
const PERCENT_OF = /^\s+(chỉ\s+tiêu|kế\s+hoạch)(?![\p{L}])/iu;
// "01 trường đạt chuẩn quốc gia": the qualifier says which ones count.
const COUNT_QUALIFIER = /^\s+đạt\s[^,;.()]*/u;

const ZERO_EVENTS =
  /(?<![\p{L}])không\s+(?:để\s+(?:xảy\s+ra|phát\s+sinh|tái\s+phát|tồn\s+đọng|ùn\s+tắc|xảy)|(?:có|xảy\s+ra|phát\s+sinh)\s+(?:vụ|án|trường\s+hợp|điểm\s+nóng|tai\s+nạn|cháy))/iu;
const COMPLETE_ASSIGNED =
  /(?<![\p{L}])(?:hoàn\s+thành|đạt\s+và\s+vượt|vượt)\s+(?:(?:các|toàn\s+bộ)\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|nhiệm\s+vụ|dự\s+toán)(?![\p{L}])/iu;
const ASSIGNED_WORD = /(?<![\p{L}])giao(?![\p{L}])/u;
const ACHIEVED =
  /(?<![\p{L}])(?:đạt\s+chuẩn|đạt\s+danh\s+hiệu|đạt\s+tiêu\s+chí|được\s+công\s+nhận|hoàn\s+thành|giữ\s+vững|duy\s+trì|bảo\s+đảm|đảm\s+bảo|ổn\s+định)(?![\p{L}])/iu;
const MAINTAIN_WORDS = /^(?:giữ|duy|bảo|đảm|ổn)/iu;

interface UnitRead {
  unit: string | null;
  measure: MeasureKind | null;
  currency: string | null;
  scale: number | null;
  /** Offset after the unit. */
  end: number;
  /** The unit was inferred ("14 tỷ" → tỷ đồng). */
  inferred: boolean;
}

const squash = (s: string) => s.replace(/\s+/g, " ");

/** The unit written at `from` (after a number), if any. */
function readUnit(text: string, from: number): UnitRead {
  const none: UnitRead = { unit: null, measure: null, currency: null, scale: null, end: from, inferred: false };
  const rest = text.slice(from, from + 60);
  const percent = /^\s*(?:%|phần\s+trăm)/iu.exec(rest);
  if (percent) return { ...none, unit: "%", measure: "PERCENT", end: from + percent[0].length };
  const point = /^\s*điểm\s*(?:%|phần\s+trăm)/iu.exec(rest);
  if (point) return { ...none, unit: "điểm %", measure: "PERCENTAGE_POINT", end: from + point[0].length };
  const scale = SCALE_WORD.exec(rest);
  const scaleWord = scale ? squash(scale[1] ?? "").toLowerCase() : "";
  const afterScale = scale ? scale[0].length : 0;
  const currency = CURRENCY_WORD.exec(rest.slice(afterScale));
  if (currency) {
    const usd = /USD|đô/iu.test(currency[1] ?? "");
    return {
      unit: `${scaleWord} ${usd ? "USD" : "đồng"}`.trim(),
      measure: "MONEY",
      currency: usd ? "USD" : "VND",
      scale: SCALES[scaleWord] ?? 1,
      end: from + afterScale + currency[0].length,
      inferred: false,
    };
  }
  const noun = COUNT_NOUN.exec(rest.slice(afterScale));
  if (noun) {
    return {
      ...none,
      unit: `${scaleWord} ${squash(noun[1] ?? "")}`.trim(),
      measure: "COUNT",
      scale: scale ? (SCALES[scaleWord] ?? null) : null,
      end: from + afterScale + noun[0].length,
    };
  }
  if (scale && SCALES[scaleWord] !== undefined && (SCALES[scaleWord] ?? 0) >= 1e6) {
    // "ước đạt trên 14 tỷ": a bare tỷ/triệu in a plan is money in đồng.
    return {
      unit: `${scaleWord} đồng`,
      measure: "MONEY",
      currency: "VND",
      scale: SCALES[scaleWord] ?? null,
      end: from + afterScale,
      inferred: true,
    };
  }
  const other = OTHER_UNIT.exec(rest);
  if (other) return { ...none, unit: other[1] ?? null, measure: "OTHER", end: from + other[0].length };
  const counted = countedWords(rest);
  if (counted) return { ...none, unit: counted.unit, measure: "COUNT", end: from + counted.length, inferred: true };
  return none;
}

// Words that cannot be what a number counts ("03 của cả nước", "20 trở lên").
const NOT_COUNTED = new Set(
  "của và với trong trên dưới so là các những đến từ tại để cho đạt trở được có năm tháng ngày hoặc hay theo về mỗi một thì mà nên vào ra lên xuống".split(
    " ",
  ),
);

/**
 * What a number counts when it is no known unit: the one or two lower-case words after it
 * ("02 vùng nuôi", "01 trung tâm"), unless they are a function word.
 */
function countedWords(rest: string): { unit: string; length: number } | null {
  const match = /^(\s+)(\p{Ll}+)(?:\s+(\p{Ll}+))?(?![\p{L}\p{N}])/u.exec(rest);
  const first = match?.[2];
  if (!match || !first || NOT_COUNTED.has(first)) return null;
  const second = match[3];
  const unit = second && !NOT_COUNTED.has(second) ? `${first} ${second}` : first;
  return { unit, length: (match[1] ?? "").length + unit.length };
}

interface PerBase {
  perQuantity: number;
  perUnit: string;
}

function perBase(groups: Record<string, string | undefined>): PerBase {
  const num = groups.num ?? groups.num2;
  const count = num ? (parseVietnameseNumber(num) ?? 1) : 1;
  const scale = groups.scale ? (SCALES[squash(groups.scale).toLowerCase()] ?? 1) : 1;
  return { perQuantity: count * scale, perUnit: squash(groups.noun ?? groups.noun2 ?? "").toLowerCase() };
}

/** Rate bases written away from the quantity ("Số bác sĩ/1 vạn dân …"), with where they are. */
function perBasesAnywhere(text: string): { start: number; end: number; base: PerBase }[] {
  const found: { start: number; end: number; base: PerBase }[] = [];
  for (const match of text.matchAll(PER_ANYWHERE)) {
    const groups = match.groups ?? {};
    const slash = match[0].trimStart().startsWith("/");
    // "trên 20 người" is a bound, not a base: a base after "trên" is a scale word or a 1 followed by zeros.
    if (!slash && !groups.scale && !/^10*$/.test((groups.num ?? "").replace(/\./g, ""))) continue;
    found.push({ start: match.index, end: match.index + match[0].length, base: perBase(groups) });
  }
  return found;
}

interface Candidate {
  match: RegExpExecArray;
  numStart: number;
  numEnd: number;
}

function isReference(text: string, start: number, end: number, number: string): boolean {
  if (REFERENCE_BEFORE.test(text.slice(Math.max(0, start - 14), start))) return true;
  // A bare year ("2026 - 2031") unless a unit makes it a quantity.
  return /^(?:19|20|21)\d\d$/.test(number) && readUnit(text, end).unit === null;
}

function candidates(text: string, excluded: { start: number; end: number }[]): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const number = match.groups?.num ?? "";
    const numEnd = match.index + match[0].length;
    const numStart = numEnd - number.length;
    if (excluded.some((span) => numStart >= span.start && numStart < span.end)) continue;
    if (isReference(text, numStart, numEnd, number)) continue;
    // "kế hoạch 05 năm", "Chiến lược 10 năm": a duration, unless target words say otherwise.
    const worded = Boolean(match.groups?.lead || match.groups?.change || match.groups?.level || match.groups?.cmp);
    if (!worded && DURATION.test(text.slice(numEnd, numEnd + 8))) continue;
    // "giảm từ 23 ca sinh … xuống 18 ca sinh": the first number is where it starts from.
    if (/^từ/iu.test(match.groups?.cmp ?? "") && FROM_TO.test(text.slice(numEnd, numEnd + 80))) continue;
    found.push({ match: match as RegExpExecArray, numStart, numEnd });
  }
  return found;
}

/** The candidate most likely to be the target: the first with target words or a unit around it. */
function bestCandidate(text: string, all: Candidate[]): Candidate | null {
  // "tỷ lệ trẻ em dưới 15 tuổi đạt khoảng 22%": an age says who is counted, not the target.
  const notAges = all.filter(({ numEnd }) => !AGE.test(text.slice(numEnd, numEnd + 12)));
  const list = notAges.length > 0 ? notAges : all;
  const worded = list.find(({ match, numEnd }) => {
    const g = match.groups ?? {};
    if (g.lead || g.change || g.level || g.cmp) return true;
    return readUnit(text, numEnd).unit !== null || RANGE_END.test(text.slice(numEnd, numEnd + 40));
  });
  return worded ?? list[0] ?? null;
}

function comparatorOf(
  cmpWord: string,
  range: boolean,
  tail: string,
  estimated: boolean,
): { comparator: Comparator; doubt: number } {
  if (range) return { comparator: "RANGE", doubt: 0 };
  if (cmpWord !== "") {
    const comparator = COMPARATOR_OF.get(cmpWord) ?? "EQ";
    // "từ 3 cơ sở" without "trở lên" is most likely a lower bound, but says so less clearly.
    return { comparator, doubt: cmpWord === "từ" && tail !== "lên" ? 0.1 : 0 };
  }
  if (tail === "lên") return { comparator: "GTE", doubt: 0 };
  if (tail === "xuống") return { comparator: "LTE", doubt: 0 };
  // "ước đạt 14 tỷ" states an estimate: about that much.
  if (estimated) return { comparator: "APPROX", doubt: 0.15 };
  return { comparator: "EQ", doubt: 0 };
}

function basisOf(
  change: string,
  levelWord: string,
  perYear: boolean,
  comparator: Comparator,
): { basis: TargetBasis; direction: TargetDirection } {
  const down = change.startsWith("giảm");
  if (change.includes("thêm")) return { basis: "ADDITIONAL", direction: down ? "DECREASE" : "INCREASE" };
  if (change !== "") {
    const direction = down ? "DECREASE" : "INCREASE";
    // "giảm xuống còn 1%", "tăng lên 95%": the level to reach, not the size of the change.
    if (/xuống|lên/.test(change) || levelWord === "còn") return { basis: "LEVEL", direction };
    if (change.includes("bình quân") || perYear) return { basis: "AVERAGE_ANNUAL_CHANGE", direction };
    return { basis: "CHANGE", direction };
  }
  if (perYear) return { basis: "AVERAGE_ANNUAL_CHANGE", direction: "INCREASE" };
  const lower = levelWord === "còn" || levelWord.startsWith("xuống") || comparator === "LT" || comparator === "LTE";
  return { basis: "LEVEL", direction: lower ? "DECREASE" : "INCREASE" };
}

function quantitative(text: string, candidate: Candidate, bases: { base: PerBase }[]): ParsedTarget {
  const g = candidate.match.groups ?? {};
  const lower = (s: string | undefined) =>
    squash(s ?? "")
      .trim()
      .toLowerCase();
  const first = parseVietnameseNumber(g.num ?? "");
  // "top 03 vùng …" is a rank among the regions, not a count of them.
  const rank = lower(g.cmp) === "top";
  let unit: UnitRead = rank
    ? { unit: null, measure: null, currency: null, scale: null, end: candidate.numEnd, inferred: false }
    : readUnit(text, candidate.numEnd);
  let end = unit.end;
  let second: number | null = null;
  const range = RANGE_END.exec(text.slice(end, end + 40));
  if (range) {
    second = parseVietnameseNumber(range.groups?.num ?? "");
    const afterRange = end + range[0].length;
    const secondUnit = readUnit(text, afterRange);
    if (secondUnit.unit !== null) unit = secondUnit;
    end = secondUnit.unit !== null ? secondUnit.end : afterRange;
  }
  const perYear = PER_YEAR.exec(text.slice(end, end + 20));
  if (perYear) end += perYear[0].length;
  let base: PerBase | null = bases[0]?.base ?? null;
  const per = PER_AFTER.exec(text.slice(end, end + 60));
  if (per) {
    base = perBase(per.groups ?? {});
    end += per[0].length;
    // "triệu đồng/người/năm"
    const perYearAfterBase = PER_YEAR.exec(text.slice(end, end + 20));
    if (perYearAfterBase) end += perYearAfterBase[0].length;
  }
  const tailMatch = BOUND_TAIL.exec(text.slice(end, end + 20));
  if (tailMatch) end += tailMatch[0].length;
  const tail = lower(tailMatch?.[1]);
  if (unit.measure === "PERCENT") {
    const of = PERCENT_OF.exec(text.slice(end, end + 20));
    if (of) end += of[0].length;
  }
  if (unit.measure === "COUNT") {
    const qualifier = COUNT_QUALIFIER.exec(text.slice(end));
    if (qualifier) end += qualifier[0].trimEnd().length;
  }

  const cmpWord = lower(g.cmp);
  const levelWord = lower(g.level);
  const estimated = lower(g.lead).startsWith("ước") || levelWord.startsWith("ước");
  const { comparator, doubt } = comparatorOf(cmpWord, second !== null, tail, estimated);
  const read = basisOf(lower(g.change), levelWord, perYear !== null, comparator);
  const { basis } = read;
  // "duy trì 100% …", "ở mức 107 …": a level to keep.
  const keeps =
    g.change === undefined &&
    (levelWord === "ở mức" ||
      MAINTAIN_BEFORE.test(text.slice(Math.max(0, candidate.match.index - 40), candidate.match.index)));
  const direction = keeps ? "MAINTAIN" : read.direction;
  const worded = Boolean(g.lead || g.change || g.level || g.cmp);
  let confidence = 0.95 - doubt;
  if (unit.unit === null) confidence -= 0.2;
  if (unit.inferred) confidence -= 0.05;
  if (!worded && unit.unit === null) confidence = 0.5;
  const rate = base !== null && (unit.measure === "COUNT" || unit.measure === null);
  return {
    kind: "QUANTITATIVE",
    comparator,
    value: second === null ? first : null,
    min: second === null ? null : first,
    max: second,
    unit: unit.unit,
    measure: rate ? "RATE" : unit.measure,
    currency: unit.currency,
    scale: unit.scale,
    perQuantity: base?.perQuantity ?? null,
    perUnit: base?.perUnit ?? null,
    direction,
    basis,
    qualitativeKind: null,
    text: squash(text.slice(candidate.match.index, end)),
    year: deadlineYear(text, candidate.match.index, end),
    confidence: Math.round(confidence * 100) / 100,
    start: candidate.match.index,
    end,
  };
}

function qualitative(
  text: string,
  kind: QualitativeKind,
  start: number,
  direction: TargetDirection,
  confidence: number,
): ParsedTarget {
  const end = Math.max(start, trimmedEnd(text));
  return {
    kind: "QUALITATIVE",
    comparator: null,
    value: null,
    min: null,
    max: null,
    unit: null,
    measure: null,
    currency: null,
    scale: null,
    perQuantity: null,
    perUnit: null,
    direction,
    basis: "LEVEL",
    qualitativeKind: kind,
    text: squash(text.slice(start, end)),
    year: deadlineYear(text, start, end),
    confidence,
    start,
    end,
  };
}

// "đến năm 2030", "vào năm 2025", "năm 2026", "từ năm 2025 trở đi", "giai đoạn 2026 - 2030" (its end).
const DEADLINE_YEAR = /(?<![\p{L}])(?:giai\s+đoạn\s+20\d\d\s*[-–]\s*(?<end>20\d\d)|năm\s+(?<year>20\d\d))(?!\d)/giu;

// Farther than this from the target, a year belongs to another statement of the paragraph.
const MAX_YEAR_DISTANCE = 200;

/** The year the words nearest to the target give, or null. */
export function deadlineYear(text: string, start: number, end: number): number | null {
  let best: { year: number; distance: number } | null = null;
  for (const match of text.matchAll(DEADLINE_YEAR)) {
    const at = match.index;
    const distance = at >= end ? at - end : at + match[0].length <= start ? start - at - match[0].length : 0;
    const year = Number(match.groups?.end ?? match.groups?.year);
    if (distance <= MAX_YEAR_DISTANCE && (best === null || distance < best.distance)) best = { year, distance };
  }
  return best?.year ?? null;
}

/**
 * Reads the target stated by a phrase or clause of a plan; null when it states none. `text` of the
 * result is the target's own words as written ("ước đạt trên 14 tỷ"); `start`/`end` locate them.
 * A qualitative target's words run from its marker ("không để xảy ra …") or from the start of the
 * clause to its end.
 */
// "ít nhất một cơ sở y tế": a number in words after a bound, read as its digit (same length, so
// offsets hold; the target's text is taken back from the words as written).
const WORD_NUMBERS: Record<string, string> = { một: "1  ", hai: "2  ", ba: "3 ", bốn: "4  ", mười: "10  " };
// "ít nhất một trong các dịch vụ" is "one of", not a count.
const WORD_NUMBER =
  /(?<=(?:ít\s+nhất|tối\s+thiểu|có|thêm)\s+)(một|hai|ba|bốn|mười)(?=\s+(?!trong\s|số\s|lần\s)\p{Ll})/giu;

export function parseTargetPhrase(text: string): ParsedTarget | null {
  if (text.search(WORD_NUMBER) < 0) return parsePhrase(text);
  const digits = text.replace(WORD_NUMBER, (word) => WORD_NUMBERS[word.toLowerCase()] ?? word);
  const read = parsePhrase(digits);
  return read && { ...read, text: squash(text.slice(read.start, read.end)).trim() };
}

function parsePhrase(text: string): ParsedTarget | null {
  // Numbers of rate bases ("trên 1 vạn dân") are not quantities, unless nothing else is.
  const bases = perBasesAnywhere(text);
  const beside = bestCandidate(text, candidates(text, bases));
  const found = beside ?? (bases.length > 0 ? bestCandidate(text, candidates(text, [])) : null);
  if (found !== null) return quantitative(text, found, beside ? bases : []);
  const zero = ZERO_EVENTS.exec(text);
  if (zero) return qualitative(text, "ZERO_EVENTS", zero.index, "MAINTAIN", 0.9);
  const complete = COMPLETE_ASSIGNED.exec(text);
  if (complete && ASSIGNED_WORD.test(text.slice(complete.index))) {
    return qualitative(text, "COMPLETE_ASSIGNED", complete.index, "INCREASE", 0.9);
  }
  const achieved = ACHIEVED.exec(text);
  if (achieved) {
    const start = text.length - text.trimStart().length;
    const direction = MAINTAIN_WORDS.test(achieved[0]) ? "MAINTAIN" : "INCREASE";
    return qualitative(text, "ACHIEVED", start, direction, 0.8);
  }
  return null;
}

/** A clause that states no recognisable target, read as something to achieve (low confidence). */
export function achievedTarget(text: string): ParsedTarget {
  return qualitative(text, "ACHIEVED", text.length - text.trimStart().length, "INCREASE", 0.5);
}
