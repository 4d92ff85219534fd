// The parts of a plan that say what is to be done and by whom, found tolerantly: the sections ("III.
// NHIỆM VỤ VÀ GIẢI PHÁP", "IV. TỔ CHỨC THỰC HIỆN", a numeral alone on its line included) and the pipe
// tables (annexes). Computed once per parse and shared by the tasks and the organisation parsers.
import { type PipeTable, pipeTables } from "./annexTable.ts";
import { type PlanSection, planSections, type Reading } from "./blocks.ts";
import type { PlanText } from "./sections.ts";
import { fold } from "./text.ts";

export interface PlanParts {
  reading: Reading;
  sections: PlanSection[];
  tables: PipeTable[];
}

const cache = new WeakMap<PlanText, PlanParts>();

/** The sections and tables of the plan; `rawText` (the text as given) tells emphasis and tables apart. */
export function planParts(doc: PlanText, rawText?: string): PlanParts {
  const cached = cache.get(doc);
  if (cached) return cached;
  const raw = typeof rawText === "string" ? rawText.normalize("NFC").split(/\r\n|\r|\n/) : doc.lines;
  const tables = pipeTables(doc.lines, raw);
  const inTable = new Uint8Array(doc.lines.length + 2);
  for (const table of tables) inTable.fill(1, table.fromLine, table.toLine + 1);
  // Headings are marked with emphasis when some lines open with it ("**1. …", "*2.1. Sở").
  const marked = raw.some((line) => /^\s*\*{1,2}(?:[IVX]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]/u.test(line));
  const reading: Reading = { lines: doc.lines, raw, marked, skip: (line) => inTable[line] === 1 };
  const parts = { reading, sections: planSections(reading), tables };
  cache.set(doc, parts);
  return parts;
}

// Words of a section's title, folded; the first one found says what the section is.
const TASK_WORDS = /nhiem vu|giai phap|noi dung|hoat dong|cong viec|chuong trinh hanh dong|lo trinh/;
const UNIT_WORDS =
  /to chuc (?:thuc hien|trien khai)|phan cong|trach nhiem|kinh phi|che do bao cao|khen thuong|muc dich|yeu cau/;

function firstIndex(pattern: RegExp, text: string): number {
  const match = pattern.exec(text);
  return match ? match.index : Number.POSITIVE_INFINITY;
}

// What was done, not what is to be done: "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025", "ĐÁNH GIÁ …".
const REVIEW_WORDS = /^(?:ket qua|danh gia|tinh hinh|thuc trang|boi canh|ton tai|han che)/;

/** A section of tasks: "NHIỆM VỤ, GIẢI PHÁP", "NỘI DUNG HOẠT ĐỘNG", "NHIỆM VỤ CỤ THỂ", "LỘ TRÌNH …". */
export function isTaskTitle(title: string): boolean {
  const words = fold(title).trim();
  if (REVIEW_WORDS.test(words)) return false;
  const task = firstIndex(TASK_WORDS, words);
  return task < Number.POSITIVE_INFINITY && task < firstIndex(UNIT_WORDS, words);
}

/** A roadmap ("LỘ TRÌNH THỰC HIỆN"): read as tasks only when the plan lists them nowhere else. */
export function isRoadmapTitle(title: string): boolean {
  return /^lo trinh/.test(fold(title).trim());
}

/** A section that says who does what: "TỔ CHỨC THỰC HIỆN", "PHÂN CÔNG NHIỆM VỤ", "TRÁCH NHIỆM …". */
export function isUnitTitle(title: string): boolean {
  const words = fold(title);
  const unit = firstIndex(/to chuc (?:thuc hien|trien khai)|phan cong|trach nhiem/, words);
  return unit < Number.POSITIVE_INFINITY && unit <= firstIndex(TASK_WORDS, words);
}
