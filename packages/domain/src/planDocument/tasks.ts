// Tasks and solutions (section "NHIỆM VỤ VÀ GIẢI PHÁP"): groups by heading ("1. Nhiệm vụ, giải pháp
// trọng tâm" → KEY; "2.1.", "2.2. a) Lĩnh vực …" → SPECIFIC), one task per "-"/"+" bullet or plain
// paragraph. A short bullet ending in ":" ("- Công tác bảo đảm an ninh trật tự:") opens a sub-group.
// Each task lists what it asks to produce ("Xây dựng Đề án “…”", "Xây dựng Kế hoạch …").
import { areaOf, refineArea } from "./areas.ts";
import { claim, type Heading, type PlanText, sectionPath, titleHas } from "./sections.ts";
import {
  capitalize,
  evidenceOf,
  findTopLevel,
  fold,
  type Paragraph,
  paragraphs,
  type Span,
  splitTopLevel,
  trimPunctuation,
  trimSpan,
} from "./text.ts";
import type { AnnexReference, AreaCode, OutputKind, Task, TaskGroup, TaskKind, TaskOutput } from "./types.ts";

const BULLET = /^([-+])\s+/u;
const ANNEX = /^\(.*?(Phụ lục\s+[\p{L}\p{N}]+)/iu;
const OUTPUT_WORDS = String.raw`đề\s+án|kế\s+hoạch|chương\s+trình|mô\s+hình|báo\s+cáo|quy\s+chế|đề\s+cương`;
// "Xây dựng Kế hoạch …", "Xây dựng, triển khai Đề án …": a verb of making right before the kind.
const MAKE = new RegExp(
  String.raw`(?<![\p{L}])(?:xây\s+dựng|ban\s+hành|lập|tổ\s+chức\s+xây\s+dựng)(?:\s*(?:,|và)\s*(?:triển\s+khai|ban\s+hành|tổ\s+chức\s+thực\s+hiện))?\s+(?=(?:${OUTPUT_WORDS})(?![\p{L}]))`,
  "giu",
);
const OUTPUT_START = new RegExp(String.raw`^(?:${OUTPUT_WORDS})(?![\p{L}])`, "iu");
const OUTPUT_KINDS: [string, OutputKind][] = [
  ["de an", "SCHEME"],
  ["ke hoach", "PLAN"],
  ["chuong trinh", "PROGRAM"],
  ["mo hinh", "MODEL"],
  ["bao cao", "REPORT"],
];
// Where a list of outputs ends: the sentence, or a purpose clause ("…, để nâng cao …").
const LIST_END = /^(?:;|\.(?:\s+\p{Lu}|\s*$)|,\s+(?:để|nhằm|góp phần|bảo đảm|đảm bảo)(?![\p{L}]))/u;
const TITLE_LENGTH = 120;

export interface TasksResult {
  groups: TaskGroup[];
  tasks: Task[];
  annexes: AnnexReference[];
}

/** The tasks section: the level-1 heading about "nhiệm vụ" (not the organisation section). */
function tasksHeading(doc: PlanText): Heading | null {
  return (
    doc.outline.headings.find((h) => h.level === 1 && titleHas(h, "nhiem vu") && !titleHas(h, "to chuc thuc hien")) ??
    null
  );
}

function outputKind(title: string): OutputKind {
  const folded = fold(title);
  return OUTPUT_KINDS.find(([prefix]) => folded.startsWith(prefix))?.[1] ?? "OTHER";
}

/** A title without its trailing punctuation or a stray closing quote ("… 2025- 2030”" with no “ before). */
function outputTitle(text: string): string {
  let title = trimPunctuation(text);
  const opens = (title.match(/“/g) ?? []).length;
  const closes = (title.match(/”/g) ?? []).length;
  if (closes > opens && title.endsWith("”")) title = trimPunctuation(title.slice(0, -1));
  return capitalize(title);
}

/** What a task asks to produce; documents only to be "triển khai thực hiện" are not outputs. */
export function taskOutputs(content: string): { span: Span; kind: OutputKind; title: string }[] {
  const outputs: { span: Span; kind: OutputKind; title: string }[] = [];
  let consumed = 0;
  for (const make of content.matchAll(MAKE)) {
    const listStart = make.index + make[0].length;
    if (listStart < consumed) continue;
    const end = findTopLevel(content, listStart, (i) => LIST_END.test(content.slice(i, i + 20)));
    const listEnd = end < 0 ? content.length : end;
    const list = content.slice(listStart, listEnd);
    // A new output starts at ", " or " và " followed by a kind word.
    const items = splitTopLevel(list, (i) => {
      const separator = /^(?:,\s*|\s+và\s+)/u.exec(list.slice(i, i + 6));
      return separator && OUTPUT_START.test(list.slice(i + separator[0].length))
        ? { length: separator[0].length, keep: 0 }
        : null;
    });
    for (const item of items) {
      const span = trimSpan(list, item);
      const title = outputTitle(list.slice(span.start, span.end));
      outputs.push({
        span: { start: listStart + span.start, end: listStart + span.end },
        kind: outputKind(title),
        title,
      });
    }
    consumed = listEnd;
  }
  return outputs;
}

/** The first sentence, cut at a word boundary to at most 120 characters. */
function titleOf(content: string): string {
  const sentence = trimPunctuation(content.split(/[;:]\s|\.\s+(?=\p{Lu})/u)[0] ?? content);
  if (sentence.length <= TITLE_LENGTH) return sentence;
  const cut = sentence.slice(0, TITLE_LENGTH - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 1))}…`;
}

interface GroupContext {
  headings: Heading[];
  subTitle: string | null;
  subIndex: number;
}

function groupOf(context: GroupContext): Omit<TaskGroup, "evidence" | "confidence"> {
  const deepest = context.headings.at(-1);
  const kind: TaskKind = context.headings.some((h) => titleHas(h, "trong tam")) ? "KEY" : "SPECIFIC";
  let area: AreaCode = "GENERAL";
  for (const heading of context.headings) area = areaOf(heading.title) ?? area;
  if (context.subTitle) area = refineArea(area, context.subTitle) ?? area;
  const title = deepest ? trimPunctuation(deepest.title) : "";
  return {
    section: deepest ? sectionPath(deepest) : "",
    title: context.subTitle ? `${title} — ${context.subTitle}` : title,
    kind,
    area,
  };
}

/**
 * Task codes: "TT.n" for key tasks (trọng tâm), "a.n" under a lettered area, "d.QS.n"/"d.AN.n" in
 * its military and public-order sub-groups, and the heading's number ("2.1") for a heading with one task.
 */
function codeOf(group: TaskGroup, context: GroupContext, index: number, count: number): string {
  const deepest = context.headings.at(-1);
  if (group.kind === "KEY") return `TT.${index}`;
  const label = deepest?.label ?? "";
  if (context.subTitle) {
    const sub = group.area === "MILITARY" ? "QS" : group.area === "PUBLIC_ORDER" ? "AN" : String(context.subIndex);
    return `${label}.${sub}.${index}`;
  }
  return count === 1 && deepest && deepest.level !== 4 ? label : `${label}.${index}`;
}

function taskOf(paragraph: Paragraph): Omit<Task, "code" | "section" | "kind" | "area"> {
  const bullet = BULLET.exec(paragraph.text);
  const offset = bullet?.[0].length ?? 0;
  const content = paragraph.text.slice(offset);
  return {
    bullet: bullet?.[1] ?? null,
    title: titleOf(content),
    content,
    outputs: taskOutputs(content).map(
      (output): TaskOutput => ({
        kind: output.kind,
        title: output.title,
        evidence: evidenceOf(paragraph, offset + output.span.start, offset + output.span.end),
        confidence: output.kind === "OTHER" ? 0.6 : 0.85,
      }),
    ),
    evidence: { fromLine: paragraph.fromLine, toLine: paragraph.toLine },
    confidence: bullet ? 0.9 : 0.75,
  };
}

/** A short line ending in ":" that names what follows ("- Công tác quốc phòng, quân sự địa phương:"). */
function subGroupTitle(line: string): string | null {
  const text = line.replace(BULLET, "");
  if (!/:\s*$/u.test(text) || text.length > 100 || /như sau|sau đây/iu.test(text)) return null;
  return trimPunctuation(text);
}

/** A sub-group line directly followed by its text, without a blank line between, is two paragraphs. */
function splitSubGroupLine(doc: PlanText, paragraph: Paragraph): Paragraph[] {
  const first = doc.lines[paragraph.fromLine - 1] ?? "";
  if (paragraph.toLine === paragraph.fromLine || subGroupTitle(first) === null) return [paragraph];
  const heading = { fromLine: paragraph.fromLine, toLine: paragraph.fromLine, text: first, starts: [0] };
  return [heading, ...paragraphs(doc.lines, paragraph.fromLine + 1, paragraph.toLine)];
}

export function parseTasks(doc: PlanText): TasksResult {
  const result: TasksResult = { groups: [], tasks: [], annexes: [] };
  const section = tasksHeading(doc);
  if (!section) return result;
  claim(doc, { fromLine: section.line, toLine: section.line });
  const inSection = doc.outline.headings.filter((h) => h.line > section.line && h.line <= section.end);
  const pending: { group: TaskGroup; context: GroupContext; paragraphs: Paragraph[] }[] = [];
  let context: GroupContext = { headings: [], subTitle: null, subIndex: 0 };
  let current: (typeof pending)[number] | null = null;

  const blocks = [section, ...inSection];
  blocks.forEach((heading, i) => {
    if (heading !== section) {
      claim(doc, { fromLine: heading.line, toLine: heading.line });
      const path = context.headings.filter((h) => h.level < heading.level);
      context = { headings: [...path, heading], subTitle: null, subIndex: 0 };
      current = null;
    }
    // The heading's own text: up to the next heading, whatever its level.
    const ownEnd = (blocks[i + 1]?.line ?? section.end + 1) - 1;
    for (const paragraph of paragraphs(doc.lines, heading.line + 1, ownEnd).flatMap((p) => splitSubGroupLine(doc, p))) {
      // Text another part has read (the indicators of a "MỤC TIÊU, NHIỆM VỤ" section) is not a task.
      if (doc.claimed[paragraph.fromLine]) continue;
      const annex = ANNEX.exec(paragraph.text);
      const subTitle = annex ? null : subGroupTitle(paragraph.text);
      claim(doc, paragraph);
      if (annex?.[1]) {
        result.annexes.push({
          name: annex[1],
          text: paragraph.text,
          evidence: { fromLine: paragraph.fromLine, toLine: paragraph.toLine },
          confidence: 0.9,
        });
      } else if (subTitle) {
        context = { ...context, subTitle, subIndex: context.subIndex + 1 };
        current = null;
      } else if (!BULLET.test(paragraph.text) && /:\s*$/u.test(paragraph.text)) {
        // A lead-in ("… các nhiệm vụ sau:") introduces tasks; it is not one.
      } else {
        if (!current) {
          const info = groupOf(context);
          const group: TaskGroup = {
            ...info,
            evidence: { fromLine: paragraph.fromLine, toLine: paragraph.toLine },
            confidence: context.headings.length > 0 ? 0.9 : 0.6,
          };
          current = { group, context, paragraphs: [] };
          pending.push(current);
        }
        current.paragraphs.push(paragraph);
        current.group.evidence.toLine = paragraph.toLine;
      }
    }
  });
  for (const { group, context: groupContext, paragraphs: found } of pending) {
    result.groups.push(group);
    found.forEach((paragraph, i) => {
      const task = taskOf(paragraph);
      result.tasks.push({
        ...task,
        code: codeOf(group, groupContext, i + 1, found.length),
        section: group.section,
        kind: group.kind,
        area: group.area,
      });
    });
  }
  return result;
}
