// Who does what, as plans write it: names of bodies ("Sở Y tế", "Ủy ban nhân dân các xã, phường",
// "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), the body a sentence gives a duty to ("Sở Tài chính
// chủ trì, phối hợp với … bố trí kinh phí"), the lead and cooperating bodies of a task ("Giao Sở Y tế
// chủ trì, phối hợp với Sở Tư pháp …"), the lines that state them under a task ("Đơn vị chủ trì: Sở Nội
// vụ.", "Thời gian thực hiện: Thường xuyên."), and a deadline written in a task ("trong tháng 11/2025").
import { capitalize, fold, sentenceCase, trimPunctuation } from "./text.ts";

// The words a body's name starts with. "Ban hành", "Báo cáo", "Hội nghị", "Phòng, chống", "Trường hợp"
// start sentences, not names.
const HEADS = [
  String.raw`Sở(?=[\s,;:])`,
  String.raw`Ban\s(?!hành)`,
  "Ủy ban",
  "Uỷ ban",
  "UBND",
  "HĐND",
  "Hội đồng",
  "Công an",
  String.raw`Bộ\s(?:Chỉ huy|Tư lệnh|đội|\p{Lu})`,
  "Văn phòng",
  String.raw`Phòng\s(?=\p{Lu}|chuyên môn)`,
  "Trung tâm",
  String.raw`Báo(?!\s+cáo)(?=[\s,])`,
  "Đài",
  String.raw`Hội\s(?!nghị|thảo|chợ|thi\b|diễn|đồng thi)`,
  "Liên đoàn",
  "Liên hiệp",
  "Liên minh",
  "Hiệp hội",
  String.raw`Đoàn\s(?=\p{Lu}|thanh niên|thể)`,
  "Viện",
  "Tòa án",
  "Toà án",
  "Ngân hàng",
  "Kho bạc",
  "Cục",
  "Chi cục",
  "Thuế",
  "Hải quan",
  "Bảo hiểm xã hội",
  "Mặt trận",
  "Thủ trưởng",
  "Giám đốc",
  "Chủ tịch",
  "Cơ quan",
  String.raw`Đơn vị\s(?!chủ trì|phối hợp|thực hiện)`,
  String.raw`Trường\s(?!hợp)`,
  "Bưu điện",
  "Điện lực",
  "Công ty",
  "Tổng công ty",
  "Doanh nghiệp",
  "Ủy viên",
  String.raw`Trưởng\s`,
  String.raw`Lãnh đạo\s`,
  "Cảnh sát",
  "Đảng ủy",
  "Đảng uỷ",
  "Thành ủy",
  "Tỉnh ủy",
  "Cổng [Tt]hông tin",
  "Chi nhánh",
  "Hợp tác xã",
  "Người đứng đầu",
];
// What "các …" names a group of bodies by ("các sở, ban, ngành", "các cơ quan, đơn vị").
const GENERIC =
  "sở|Sở|ban|ngành|cơ quan|đơn vị|địa phương|tổ chức|doanh nghiệp|hội|Hội|đoàn thể|Đoàn thể|phòng|trường|xã|phường|huyện|tỉnh|bộ|Bộ|lực lượng|ngân hàng|Ngân hàng|cơ sở|thành viên|Ủy ban|ủy ban|hợp tác xã|nhà trường|báo|cấp|chủ đầu tư|nhà đầu tư|Viện|viện";
const UNIT_START = new RegExp(String.raw`^(?:(?:[Cc]ác|[Nn]hững)\s+(?:${GENERIC})|${HEADS.join("|")})`, "u");
const PREFIX =
  /^(?:(?:Kính\s+)?[Đđ]ề nghị|[Gg]iao(?:\s+cho)?|[Yy]êu cầu|(?:[Tt]rách nhiệm|[Nn]hiệm vụ) của|[Đđ]ối với)\s+(?:các đồng chí\s+|đồng chí\s+)?/u;
const REQUEST = /^(?:Kính\s+)?Đề nghị\s/u;
// A clause before the subject: "Căn cứ Kế hoạch này, các Sở … xây dựng …".
const LEADING_CLAUSE =
  /^(?:Căn cứ|Trên cơ sở|Trong phạm vi|Trong quá trình|Theo|Sau khi|Trước khi|Khi)\s[^,;:]{0,200},\s*/u;

// Verbs (and a few phrases) that end the name of the body a sentence is about. "tổ chức" ends it only
// as a verb ("tổ chức triển khai"), not in "các tổ chức chính trị - xã hội", "tổ chức hành chính".
const STOP_WORDS = [
  "chủ trì",
  "phối hợp",
  "là cơ quan",
  "là đơn vị",
  "là đầu mối",
  "có trách nhiệm",
  "chịu trách nhiệm",
  "căn cứ",
  "theo dõi",
  "theo",
  "trực tiếp",
  "thực hiện",
  "triển khai",
  "tham mưu",
  "chỉ đạo",
  "hướng dẫn",
  "xây dựng",
  "kiện toàn",
  "tăng cường",
  "bố trí",
  "rà soát",
  "nghiên cứu",
  "đôn đốc",
  "chủ động",
  "tiếp tục",
  "đẩy mạnh",
  "nâng cao",
  "quan tâm",
  "phát huy",
  "khẩn trương",
  "thường xuyên",
  "định kỳ",
  "cân đối",
  "ban hành",
  "lồng ghép",
  "đề xuất",
  "kiểm tra",
  "giám sát",
  "phổ biến",
  "tuyên truyền",
  "vận động",
  "hỗ trợ",
  "bảo đảm",
  "đảm bảo",
  "ưu tiên",
  "cung cấp",
  "huy động",
  "tích cực",
  "phải",
  "cần",
  "được giao",
  "trong phạm vi",
  "tham gia",
  "nắm bắt",
  "tổng hợp",
  "báo cáo",
  "cập nhật",
  "bằng",
  "đăng tải",
  "thẩm định",
  "xem xét",
  "ký kết",
  "tạo điều kiện",
  "tới việc",
  "trong việc",
  "được",
  "thành lập",
  "phê duyệt",
  "đánh giá",
  "xử lý",
  "giải quyết",
  "tiếp nhận",
  "khảo sát",
  "sửa đổi",
  "điều chỉnh",
  "chuẩn bị",
  "lựa chọn",
  "sắp xếp",
  "phân bổ",
  "phân công",
  "tập huấn",
  "bồi dưỡng",
  "duy trì",
  "phát động",
  "mở",
  String.raw`trình(?=\s+(?:cấp|Ủy ban|UBND|Hội đồng|HĐND|Thủ tướng|Chủ tịch|Bộ))`,
  String.raw`tổ chức(?=\s+(?:triển khai|thực hiện|tuyên truyền|quán triệt|các|kiểm tra|tập huấn|hội nghị|phổ biến|sơ kết|tổng kết|xây dựng|đánh giá|rà soát|huy động|thẩm định|lớp|cho|đoàn))`,
];
const STOP = new RegExp(String.raw`(?:,\s*|\s)(?:${STOP_WORDS.join("|")})(?=[\s,.;:]|$)`, "u");
// Only what says outright that a duty follows, for a title that may itself be a long name.
const STRONG_STOP =
  /(?:,\s*|\s)(?:chủ trì|phối hợp|là cơ quan|là đơn vị|là đầu mối|có trách nhiệm|chịu trách nhiệm)(?=[\s,.;:]|$)/u;

const MAX_NAME = 200;

/** A title in capitals ("SỞ Y TẾ") read in sentence case. */
function readable(text: string): string {
  return /\p{Ll}/u.test(text) ? text : sentenceCase(text);
}

/** The name without "Đề nghị", "Giao", "các đồng chí", nor trailing punctuation. */
export function stripAssigning(text: string): string {
  return trimPunctuation(readable(text).replace(PREFIX, ""));
}

/** Whether the text starts like the name of a body ("Sở …", "Ủy ban nhân dân …", "Các sở, ban, ngành"). */
export function startsWithUnit(text: string): boolean {
  return UNIT_START.test(text);
}

/** Whether an item's title is a body's name and nothing else ("2.1. Sở Tài chính", "Đề nghị Ủy ban …"). */
export function isUnitName(text: string): boolean {
  const name = stripAssigning(text);
  return name.length > 0 && name.length <= MAX_NAME && UNIT_START.test(name) && !STOP.test(name);
}

/** Whether a name is a request to a body outside the issuer's authority ("Đề nghị Ủy ban Mặt trận …"). */
export function isRequest(text: string): boolean {
  return REQUEST.test(readable(text).trim());
}

/**
 * The body a sentence gives a duty to: "Sở Tài chính chủ trì, phối hợp …" → "Sở Tài chính",
 * "Căn cứ Kế hoạch này, các sở, ban, ngành … xây dựng kế hoạch" → "Các sở, ban, ngành …", "Giao Sở Tư
 * pháp theo dõi …" → "Sở Tư pháp". `title`: the text is an item's title, cut only where a duty is
 * said outright ("Sở Giáo dục và Đào tạo chủ trì, phối hợp với …:"). Null when it names no body.
 */
export function unitSubject(text: string, title = false): string | null {
  let rest = readable(text).trim().replace(LEADING_CLAUSE, "");
  const assigned = /^[^,.;:]{0,80}?\sgiao\s+(?:cho\s+)?/u.exec(rest);
  if (assigned && UNIT_START.test(rest.slice(assigned[0].length))) rest = rest.slice(assigned[0].length);
  rest = capitalize(rest.replace(PREFIX, ""));
  if (!UNIT_START.test(rest)) return null;
  const stop = (title ? STRONG_STOP : STOP).exec(rest.slice(0, MAX_NAME + 40));
  const colon = rest.indexOf(":");
  let end = stop ? stop.index : rest.length;
  if (colon > 0 && colon < end) end = colon;
  const name = trimPunctuation(rest.slice(0, end));
  if (name.length < 3 || name.length > MAX_NAME) return null;
  return capitalize(name);
}

// Where a list of bodies splits: before another body's name ("Ủy ban MTTQ tỉnh, Hội Liên hiệp Phụ nữ",
// "Sở Giáo dục và Đào tạo và Sở Y tế"), not inside one ("Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân
// dân xã, phường"). Titles of people ("Trưởng", "Thủ trưởng") stay with the list they are part of.
const ORGANISATION_HEADS = HEADS.filter(
  (head) => !/^(?:Thủ trưởng|Giám đốc|Chủ tịch|Ủy viên|Trưởng|Lãnh đạo|Người đứng đầu|Cơ quan|Đơn vị)/u.test(head),
);
const ORGANISATION_START = new RegExp(
  String.raw`^(?:(?:các|Các)\s+(?=\p{Lu})|(?:${ORGANISATION_HEADS.join("|")}))`,
  "u",
);
// A long lower-case "cơ quan ngành dọc đóng trên địa bàn" after a comma is a body of its own.
const GENERIC_PART = /^(?:các\s+)?(?:cơ quan|đơn vị|tổ chức|doanh nghiệp)(?:\s+\S+){4}/u;

// "… và các cơ quan liên quan": a group of bodies joined to a list of partners.
const AND_GENERIC = /^các\s+(?:cơ quan|đơn vị|sở|ban|ngành|tổ chức|địa phương|doanh nghiệp)/u;

/**
 * The bodies a list names, as written ("Sở Nội vụ, Sở Tư pháp" → both; "Viện, Trường; Doanh nghiệp").
 * `partners`: a list of partners, where "… và các cơ quan liên quan" is one more; in a name ("Ủy ban Mặt
 * trận Tổ quốc Việt Nam phường và các đoàn thể chính trị - xã hội") it is not split off.
 */
export function splitUnits(text: string, partners = false): string[] {
  const parts: string[] = [];
  for (const piece of text.split(/\s*;\s*/u)) {
    let start = 0;
    let listed = partners;
    const separators = /,\s+|\s+và\s+/gu;
    for (let match = separators.exec(piece); match; match = separators.exec(piece)) {
      const after = piece.slice(match.index + match[0].length);
      const segment = after.split(/[,;]|\s+và\s+/u)[0] ?? after;
      const comma = match[0].startsWith(",");
      const generic = comma ? GENERIC_PART.test(segment) : listed && AND_GENERIC.test(after);
      // "Văn phòng HĐND và UBND phường" is one office.
      const office = !comma && /^Văn phòng\s/u.test(piece.slice(start));
      if ((ORGANISATION_START.test(after) || generic) && !office) {
        if (comma) listed = true;
        parts.push(piece.slice(start, match.index));
        start = match.index + match[0].length;
      }
    }
    parts.push(piece.slice(start));
  }
  return parts.map((part) => capitalizeName(trimPunctuation(part.trim()))).filter((part) => part.length > 1);
}

const capitalizeName = (name: string) => capitalize(name);

/** What a line under a task states about it. */
export type AttributeField = "lead" | "cooperating" | "deadline" | "output" | "content";

// Labels as folded (lower case, no diacritics): "Đơn vị chủ trì tham mưu thực hiện" → "don vi chu tri …".
const ATTRIBUTES: [AttributeField, RegExp][] = [
  [
    "lead",
    /^(?:(?:don vi|co quan)(?:,\s*(?:don vi|co quan))?\s+(?:chu tri|thuc hien|phu trach|chiu trach nhiem|tham muu|dau moi)(?:\s+(?:tham muu|thuc hien|chinh))*|chu tri(?:\s+thuc hien)?|(?:trach nhiem|phan cong) thuc hien|phan cong)$/,
  ],
  ["cooperating", /^(?:(?:don vi|co quan)(?:,\s*(?:don vi|co quan))?\s+)?phoi hop(?:\s+thuc hien)?$/],
  [
    "deadline",
    /^(?:thoi gian|thoi han|thoi diem|tien do)(?:\s+(?:thuc hien|hoan thanh|trien khai|bao cao))?$|^(?:hoan thanh|moc thoi gian)$/,
  ],
  ["output", /^(?:san pham|ket qua)(?:\s+(?:dau ra|du kien|can dat|dat duoc))?$/],
  ["content", /^(?:noi dung(?:\s+(?:thuc hien|cong viec|hoat dong|nhiem vu))?|nhiem vu|cong viec)$/],
];

export interface Attribute {
  field: AttributeField;
  value: string;
  /** Where the value starts in the text. */
  start: number;
}

/** The field a label at `start` names ("Đơn vị chủ trì:"), and where its value starts; null if none. */
function labelAt(text: string, start: number): { field: AttributeField; end: number } | null {
  const colon = text.slice(start, start + 61).indexOf(":");
  if (colon < 2) return null;
  const label = fold(text.slice(start, start + colon))
    .replace(/^[-+]\s*/u, "")
    .replace(/\s+/g, " ")
    .trim();
  for (const [field, pattern] of ATTRIBUTES) if (pattern.test(label)) return { field, end: start + colon + 1 };
  return null;
}

/**
 * What a line under a task states, when it starts with a label: "Đơn vị chủ trì thực hiện: Sở Nội vụ."
 * → lead "Sở Nội vụ."; "Chủ trì: Sở Y tế; phối hợp: Sở Tư pháp; thời gian: Quý IV/2025" → three. A
 * value may be empty: the items below hold it ("- Cơ quan thực hiện:" / "+ Sở …").
 */
export function attributesOf(text: string): Attribute[] {
  let label = labelAt(text, 0);
  if (!label) return [];
  const found: Attribute[] = [];
  let valueStart = label.end;
  const separators = /[;.,]\s+/gu;
  separators.lastIndex = valueStart;
  for (let match = separators.exec(text); match; match = separators.exec(text)) {
    const next = labelAt(text, match.index + match[0].length);
    if (!next || next.field === "content") continue;
    found.push(attributeValue(text, label.field, valueStart, match.index));
    label = next;
    valueStart = next.end;
    separators.lastIndex = valueStart;
  }
  found.push(attributeValue(text, label.field, valueStart, text.length));
  return found;
}

function attributeValue(text: string, field: AttributeField, from: number, to: number): Attribute {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  return { field, value: raw.trim(), start: from + lead };
}

/**
 * What a task's own text states in passing: "… (Cơ quan chủ trì: Sở Nội vụ; thời gian: tháng 12/2025)",
 * "…. Thời gian hoàn thành: Quý I/2026."; `start` is where that statement starts (the text before it
 * is the task proper), the text's length when there is none.
 */
export function inlineAttributesAt(text: string): { attributes: Attribute[]; start: number } {
  const starts = /(?:[.;(]|\s[-–])\s*/gu;
  for (let match = starts.exec(text); match; match = starts.exec(text)) {
    const at = match.index + match[0].length;
    const label = labelAt(text, at);
    if (!label || label.field === "content") continue;
    const open = match[0].startsWith("(");
    const close = text.indexOf(")", at);
    const segment = text.slice(at, open && close > 0 ? close : text.length);
    const attributes = attributesOf(segment).filter((attribute) => attribute.value !== "");
    return { attributes, start: open || match[0].startsWith(".") ? match.index + (open ? 0 : 1) : match.index };
  }
  return { attributes: [], start: text.length };
}

/** The attributes of `inlineAttributesAt`. */
export function inlineAttributes(text: string): Attribute[] {
  return inlineAttributesAt(text).attributes;
}

// After "X chủ trì": the bodies it works with ("phối hợp với các sở, ban, ngành …"), up to what
// they do together.
const WITH = /^[,\s]*(?:và\s+)?[Pp]hối hợp\s+(?:với\s+|cùng\s+)?/u;
const LIST_END = new RegExp(
  String.raw`[.;:(]|\s(?:${STOP_WORDS.filter((w) => !/^(?:phối hợp|theo|bằng|cần|phải)$/u.test(w)).join("|")}|để|nhằm|trong việc|về việc)(?=[\s,.;:]|$)`,
  "u",
);

/** The bodies in "phối hợp với …" at the start of `text`, or [] when it does not start so. */
export function cooperatingAt(text: string): string[] {
  const start = WITH.exec(text);
  if (!start) return [];
  const rest = text.slice(start[0].length, start[0].length + 400);
  const end = LIST_END.exec(rest);
  const list = trimPunctuation(rest.slice(0, end ? end.index : rest.length));
  return list === "" ? [] : splitUnits(list, true);
}

export interface Assignment {
  lead: string | null;
  cooperating: string[];
}

// "giao Sở Y tế …", "giao cho Ủy ban nhân dân …" (not "bàn giao", "được giao"); "do Công an tỉnh chủ trì".
const GIVES = /(?<![Bb]àn|[Đđ]ược|[Cc]huyển|[Đđ]ã|[Gg]ắn)(?:^|\s|[,;.(]\s*)[Gg]iao\s+(?:cho\s+)?(?=\p{Lu}|các\s)/gu;
const BY = /(?:^|\s)do\s+(?=\p{Lu})/gu;
const CHAIRS = /(?:,\s*|\s)(?:là cơ quan (?:đầu mối|thường trực|chủ trì),?\s*)?chủ trì(?=[\s,.;:]|$)/u;
const OWN_DUTY = /^(?:[Cc]hủ trì(?:\s+thực hiện)?\s*,?\s*|(?=[Pp]hối hợp))/u;

/**
 * The lead and cooperating bodies a text states: "Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành
 * …", "giao Sở Y tế thành lập đoàn …", "do Công an tỉnh chủ trì"; a duty in a body's own list ("Chủ
 * trì, phối hợp với Sở Tư pháp …", "Phối hợp với Sở Y tế …") names only the partners; and, unless
 * `bySubject` is false, the body a sentence starts with ("Ủy ban nhân dân xã, phường huy động …"). A body
 * named in passing is not a lead.
 */
export function assignmentIn(text: string, bySubject = true): Assignment {
  const none: Assignment = { lead: null, cooperating: [] };
  if (text.length > 20_000) return none;
  const own = OWN_DUTY.exec(text);
  if (own) return { lead: null, cooperating: cooperatingAt(text.slice(own[0].length)) };
  // "Sở X (và Sở Y) chủ trì, phối hợp với …" at the start of the text.
  const head = text.slice(0, MAX_NAME + 40);
  const chair = CHAIRS.exec(head);
  if (chair && UNIT_START.test(text)) {
    const lead = trimPunctuation(text.slice(0, chair.index));
    if (lead.length <= MAX_NAME && !STOP.test(lead)) {
      return { lead: capitalize(lead), cooperating: cooperatingAt(text.slice(chair.index + chair[0].length)) };
    }
  }
  for (const [pattern, chairing] of [
    [GIVES, false],
    [BY, true],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const rest = text.slice(match.index + match[0].length);
      const lead = UNIT_START.test(rest) ? unitSubject(rest) : null;
      if (!lead) continue;
      const after = rest.slice(lead.length);
      const chaired = /^\s*(?:,\s*)?(?:là cơ quan (?:đầu mối|thường trực|chủ trì),?\s*)?chủ trì/u.exec(after);
      if (chairing && !chaired) continue;
      return { lead, cooperating: cooperatingAt(chaired ? after.slice(chaired[0].length) : after) };
    }
  }
  return (bySubject ? subjectOf(text) : null) ?? none;
}

/**
 * A task whose sentence starts with the body that does it: "Ủy ban nhân dân xã, phường huy động nguồn
 * lực …", "Thực hiện mở tài khoản: Ủy ban nhân dân xã, phường phối hợp với các Ngân hàng thương mại …",
 * "Sau khi …, Ủy ban nhân dân xã, phường phối hợp với …".
 */
function subjectOf(text: string): Assignment | null {
  const colon = text.indexOf(": ");
  const candidates = [text, ...(colon > 0 && colon < 200 ? [text.slice(colon + 2)] : [])];
  for (const candidate of candidates) {
    const sentence = candidate.replace(LEADING_CLAUSE, "");
    if (!UNIT_START.test(sentence)) continue;
    // "Sở Y tế: chủ trì, phối hợp với Sở Tư pháp …": the body, a colon, its duty.
    const named = /^([^:]{3,160}):\s*/u.exec(sentence);
    if (named?.[1] && !STOP.test(named[1])) {
      const duty = sentence.slice(named[0].length).replace(/^[Cc]hủ trì(?:\s+thực hiện)?\s*,?\s*/u, "");
      return { lead: capitalize(trimPunctuation(named[1])), cooperating: cooperatingAt(duty) };
    }
    const head = sentence.slice(0, MAX_NAME + 40);
    const stop = STOP.exec(head);
    if (!stop || /^[,\s]*(?:theo|căn cứ|trong phạm vi|bằng|được)\b/u.test(head.slice(stop.index))) continue;
    const lead = trimPunctuation(sentence.slice(0, stop.index));
    if (lead.length < 3) continue;
    return { lead: capitalize(lead), cooperating: cooperatingAt(sentence.slice(stop.index)) };
  }
  return null;
}

// A time a task is to be done by, as written: "trước ngày 15/12/2025", "trong tháng 11/2025",
// "quý IV/2025", "chậm nhất ngày 30/6/2026", "hoàn thành trong năm 2026".
const DEADLINE = new RegExp(
  [
    String.raw`(?:trước|chậm nhất(?:\s+là)?(?:\s+vào)?|đến hết)\s+ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)`,
    String.raw`(?:trong|trước|hoàn thành|xong)\s+(?:tháng\s+\d{1,2}\s*[/.-]\s*\d{4}|tháng\s+\d{1,2}\s+năm\s+\d{4}|quý\s+[IV]{1,3}(?:\s*[/.-]\s*|\s+năm\s+)\d{4})`,
    String.raw`(?:hoàn thành|xong)(?:\s+(?:trong|trước|vào))?\s+(?:năm|quý\s+[IV]{1,3}(?:\s*[/.-]\s*|\s+năm\s+))\s*\d{4}`,
  ].join("|"),
  "iu",
);

/** The deadline a task's text states, as written; null when it states none. */
export function deadlineIn(text: string): string | null {
  const match = DEADLINE.exec(text.length > 20_000 ? text.slice(0, 20_000) : text);
  return match ? capitalize(match[0].replace(/^(?:trong|hoàn thành|xong)\s+(?:(?:trong|vào)\s+)?/iu, "")) : null;
}
