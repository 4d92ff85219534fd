// Tasks, wherever plans of the genre put them: the items of the tasks sections ("NHIỆM VỤ VÀ GIẢI PHÁP",
// "NHIỆM VỤ CỤ THỂ", "NỘI DUNG HOẠT ĐỘNG"… under any numeral, in a plan or in the plan a decision
// issues), a group of activities in another section ("d) Các hoạt động chính"), and the rows of annex
// task tables. Groups follow the headings ("1. Nhiệm vụ, giải pháp trọng tâm" → KEY; "2.1.", "2.2. a)
// Lĩnh vực …" → SPECIFIC); a task is a bullet, a plain paragraph or a numbered item with no items
// under it. A short bullet ending in ":" ("- Công tác bảo đảm an ninh trật tự:") opens a sub-group.
// Each task has its lead unit, cooperating units, deadline and outputs when the plan states them: a
// heading naming a unit ("2.1. Sở Tài chính"), lines under the task ("Đơn vị chủ trì: Sở Nội vụ.",
// "Thời gian thực hiện: Thường xuyên."), the task's own words ("Giao Sở Y tế chủ trì, phối hợp với …"),
// or the table's columns.
import { type TableTask, taskTables } from "./annexTable.ts";
import { areaOf, refineArea } from "./areas.ts";
import {
  type Attribute,
  type AttributeField,
  assignmentIn,
  attributesOf,
  deadlineIn,
  inlineAttributesAt,
  isUnitName,
  splitUnits,
  stripAssigning,
  unitSubject,
} from "./assignment.ts";
import { allBlocks, annexSections, type Block, isTitleLike, type PlanSection, RANK, readBlocks } from "./blocks.ts";
import { isRoadmapTitle, isTaskTitle, isUnitTitle, planParts } from "./planParts.ts";
import { claim, type PlanText } from "./sections.ts";
import {
  capitalize,
  evidenceOf,
  findTopLevel,
  fold,
  type Span,
  sentenceCase,
  splitTopLevel,
  trimPunctuation,
  trimSeparators,
  trimSpan,
} from "./text.ts";
import type { AnnexReference, AreaCode, OutputKind, Task, TaskGroup, TaskKind, TaskOutput } from "./types.ts";

const ANNEX = /^\(.*?(Phụ lục\s+[\p{L}\p{N}]+)/iu;
const ATTACHED = /^\((?:Ban hành\s+)?[Kk]èm theo\s/u;
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
const GROUP_TITLE_LENGTH = 250;
// Headings inside a tasks section that are not tasks (folded words at the start of the title).
const NOT_TASKS =
  /^(?:muc tieu|muc dich|yeu cau|chi tieu|doi tuong|pham vi|thoi gian|kinh phi|nguon (?:von|kinh phi|luc)|tam nhin|quan diem)/;
// A group of activities in another section: "d) Các hoạt động chính", "3. Nhiệm vụ, giải pháp".
const TASK_HEADING = /^(?:cac\s+)?(?:hoat dong|nhiem vu|giai phap)/;

export interface TasksResult {
  groups: TaskGroup[];
  tasks: Task[];
  annexes: AnnexReference[];
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

/** The first sentence, cut at a word boundary to at most `length` characters. */
function titleOf(content: string, length = TITLE_LENGTH): string {
  const sentence = trimPunctuation(content.split(/[;:]\s|\.\s+(?=\p{Lu})/u)[0] ?? content);
  if (sentence.length <= length) return sentence;
  const cut = sentence.slice(0, length - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 1))}…`;
}

/** Where tasks sit: the section, the headings under it, the bullet that opened a sub-group, the unit. */
interface Context {
  sectionLabel: string;
  sectionTitle: string;
  headings: Block[];
  subTitle: string | null;
  subIndex: number;
  /** The unit a heading names ("2.1. Sở Tài chính"): the lead of the tasks under it. */
  lead: string | null;
  /** Under a heading that says its items are activities: read even if another part took them. */
  activities?: boolean;
}

interface Pending {
  group: TaskGroup;
  context: Context;
  tasks: Task[];
}

/** The tasks under one heading: a group created with its first task, and the tasks not yet told who/when. */
interface Scope {
  context: Context;
  pending: Pending | null;
  /** Tasks read since the last "Đơn vị chủ trì: …" lines: those lines are about them. */
  unattributed: Task[];
  /** Such lines before any task: they hold for the tasks that follow. */
  defaults: { field: AttributeField; value: string }[];
}

const kindOf = (context: Context): TaskKind =>
  [context.sectionTitle, ...context.headings.map((h) => h.text), context.subTitle ?? ""].some((title) =>
    fold(title).includes("trong tam"),
  )
    ? "KEY"
    : "SPECIFIC";

/** The heading's place in the plan: "III.1", "III.2.1", "III.2.2.a" ("2.1" replaces its "2"). */
function sectionOf(context: Context): string {
  const parts = context.sectionLabel === "" ? [] : [context.sectionLabel];
  for (const heading of context.headings) {
    const label = heading.kind === "paren" ? `(${heading.label})` : heading.label;
    if (heading.kind === "decimal" || heading.kind === "decimal3") {
      while (parts.length > 1 && label.startsWith(`${parts.at(-1)}.`)) parts.pop();
    }
    parts.push(label);
  }
  return parts.join(".");
}

function groupOf(context: Context): Omit<TaskGroup, "evidence" | "confidence"> {
  const deepest = context.headings.at(-1);
  let area: AreaCode = areaOf(context.sectionTitle) ?? "GENERAL";
  for (const heading of context.headings) area = areaOf(heading.text) ?? area;
  if (context.subTitle) area = refineArea(area, context.subTitle) ?? area;
  const title = deepest
    ? titleOf(deepest.text, GROUP_TITLE_LENGTH)
    : capitalize(sentenceCase(trimPunctuation(context.sectionTitle)));
  return {
    section: sectionOf(context),
    title: context.subTitle ? `${title} — ${context.subTitle}` : title,
    kind: kindOf(context),
    area,
  };
}

/**
 * Task codes: "TT.n" for key tasks (trọng tâm), "a.n" under a lettered area, "d.QS.n"/"d.AN.n" in
 * its military and public-order sub-groups, and the heading's number ("2.1") for a heading with one task.
 */
function codeOf(group: TaskGroup, context: Context, index: number, count: number): string {
  const deepest = context.headings.at(-1);
  if (group.kind === "KEY") return `TT.${index}`;
  const label = deepest?.label ?? context.sectionLabel;
  if (context.subTitle) {
    const sub = group.area === "MILITARY" ? "QS" : group.area === "PUBLIC_ORDER" ? "AN" : String(context.subIndex);
    return `${label}.${sub}.${index}`;
  }
  return count === 1 && deepest && deepest.kind !== "letter" ? label : `${label}.${index}`;
}

/** Codes are unique in a plan: a repeated one becomes the group's place and the position ("III.2.a.1"). */
function uniqueCodes(tasks: Task[]): void {
  const used = new Set<string>();
  const counts = new Map<string, number>();
  for (const task of tasks) counts.set(task.code, (counts.get(task.code) ?? 0) + 1);
  for (const task of tasks) if ((counts.get(task.code) ?? 0) === 1) used.add(task.code);
  const positions = new Map<string, number>();
  for (const task of tasks) {
    if ((counts.get(task.code) ?? 0) === 1) continue;
    const position = (positions.get(task.section) ?? 0) + 1;
    positions.set(task.section, position);
    let code = `${task.section}.${position}`;
    for (let k = 2; used.has(code); k++) code = `${task.section}.${position}.${k}`;
    used.add(code);
    task.code = code;
  }
}

class TaskReader {
  readonly result: TasksResult = { groups: [], tasks: [], annexes: [] };
  private readonly pendings: Pending[] = [];
  /** What other parts had read before the tasks (the indicators of a "MỤC TIÊU, NHIỆM VỤ" section). */
  private readonly readBefore: Uint8Array;

  constructor(private readonly doc: PlanText) {
    this.readBefore = doc.claimed.slice();
  }

  private claimBlock(block: Block, withChildren = false): void {
    claim(this.doc, { fromLine: block.fromLine, toLine: withChildren ? block.end : block.toLine });
  }

  /** Reads the items under a heading (or a section) in a new scope. */
  readScope(blocks: readonly Block[], context: Context): void {
    const scope: Scope = { context, pending: null, unattributed: [], defaults: [] };
    this.readBlocks(blocks, scope);
  }

  private readBlocks(blocks: readonly Block[], scope: Scope): void {
    for (const block of blocks) this.readBlock(block, scope);
  }

  private readBlock(block: Block, scope: Scope): void {
    // Text another part has read (the indicators of a "MỤC TIÊU, NHIỆM VỤ" section) is not a task; the
    // items under a heading it read are looked at one by one.
    const readElsewhere = this.readBefore[block.fromLine] === 1 && !scope.context.activities;
    const annex = ANNEX.exec(block.text);
    if (block.kind === "text" && annex?.[1]) {
      this.claimBlock(block);
      this.result.annexes.push({
        name: annex[1],
        text: block.text,
        evidence: { fromLine: block.fromLine, toLine: block.toLine },
        confidence: 0.9,
      });
      return;
    }
    if (block.kind === "text" && ATTACHED.test(block.text)) {
      // "(Ban hành kèm theo Kế hoạch số …)" under an annex's title.
      this.claimBlock(block);
      return;
    }
    const attributes = isAttributeKind(block) ? attributesOf(block.text) : [];
    if (attributes.length > 0) {
      this.readAttributes(block, attributes, scope);
      return;
    }
    const isHeading = block.kind !== "text" && block.kind !== "dash" && block.kind !== "plus";
    if (isHeading && NOT_TASKS.test(fold(block.text))) return;
    const items = block.children.filter((child) => !isNote(child) && !isInfoLine(child));
    const groupLike = isTitleLike(block) || /:\s*$/u.test(block.text);
    // A plain paragraph under a sentence goes on with it; under a title, it is a task of its own.
    const underSentence = !groupLike && items.every((child) => child.kind === "text");
    if (items.length === 0 || underSentence) {
      if (readElsewhere) return;
      if (block.kind === "text" && /:\s*$/u.test(block.text)) {
        // A lead-in ("… các nhiệm vụ sau:") introduces tasks; it is not one.
        this.claimBlock(block);
        return;
      }
      if (isHeading && block.text === "") return;
      this.addTask(block, scope, underSentence ? items : []);
      this.readBlocks(
        block.children.filter((child) => !(underSentence && items.includes(child))),
        scope,
      );
      return;
    }
    this.claimBlock(block);
    if (!groupLike) {
      // A sentence with items under it: a task, and its items are tasks too.
      if (!readElsewhere) this.addTask(block, scope, []);
      this.readBlocks(block.children, scope);
      return;
    }
    if (block.kind === "dash" || block.kind === "plus" || block.kind === "text") {
      const subTitle = subGroupTitle(block.text);
      if (subTitle) {
        const context = { ...scope.context, subTitle, subIndex: scope.context.subIndex + 1 };
        this.readScope(block.children, context);
      } else {
        this.readBlocks(block.children, scope);
      }
      return;
    }
    const headings = scope.context.headings.filter((h) => rankOf(h) < rankOf(block));
    const lead = isUnitName(block.text) ? stripAssigning(block.text) : scope.context.lead;
    this.readScope(block.children, { ...scope.context, headings: [...headings, block], subTitle: null, lead });
  }

  private readAttributes(block: Block, attributes: Attribute[], scope: Scope): void {
    this.claimBlock(block, true);
    const [first, ...rest] = attributes;
    if (!first) return;
    if (first.field === "content") {
      // "- Nội dung: Triển khai …" is the task; "- Nội dung:" / "+ …" introduces tasks.
      if (first.value !== "") {
        const end = rest[0] ? rest[0].start : block.text.length;
        this.addTask(block, scope, [], first.start, end);
      }
      for (const attribute of rest) this.apply(block, attribute, scope, true);
      this.readBlocks(block.children, scope);
      if (rest.length > 0) scope.unattributed = [];
      return;
    }
    attributes.forEach((attribute, i) => {
      this.apply(block, attribute, scope, i < attributes.length - 1);
    });
  }

  /** Applies what a line states to the tasks it is about; `more`: the same line states more after it. */
  private apply(block: Block, attribute: Attribute, scope: Scope, more: boolean): void {
    let children = block.children;
    if (attribute.field === "lead" && attribute.value === "") {
      // "- Cơ quan thực hiện:" / "+ Sở A chủ trì, phối hợp …" / "+ Sở B đăng tải …": the body that chairs
      // leads the tasks above; another body given a duty of its own has a task of its own.
      const chairing = children.filter((child) => assignmentIn(child.text, false).lead !== null);
      const own = children.filter((child) => !chairing.includes(child) && unitSubject(child.text) !== null);
      if (chairing.length > 0 && own.length > 0) {
        children = chairing;
        const unattributed = scope.unattributed;
        scope.unattributed = [];
        for (const child of own) {
          this.addTask(child, scope, []);
          const task = scope.unattributed.at(-1);
          if (task) task.lead = unitSubject(child.text);
        }
        scope.unattributed = unattributed;
      }
    }
    const value = attribute.value !== "" ? attribute.value : children.map((child) => child.text).join("; ");
    if (value === "") return;
    if (scope.unattributed.length === 0) {
      scope.defaults.push({ field: attribute.field, value });
      return;
    }
    for (const task of scope.unattributed) applyAttribute(task, attribute.field, value, block);
    // Lines about the same tasks follow one another; a new task starts a new set.
    const next = nextSibling(block);
    if (!more && (!next || !isInfoLine(next))) scope.unattributed = [];
  }

  private addTask(block: Block, scope: Scope, more: readonly Block[], offset = 0, ownEnd = block.text.length): void {
    if (!scope.pending) {
      const info = groupOf(scope.context);
      const group: TaskGroup = {
        ...info,
        evidence: { fromLine: block.fromLine, toLine: block.toLine },
        confidence: scope.context.headings.length > 0 ? 0.9 : 0.6,
      };
      scope.pending = { group, context: scope.context, tasks: [] };
      this.pendings.push(scope.pending);
    }
    const ownSlice = block.text.slice(offset, ownEnd);
    const ownText = ownEnd < block.text.length ? trimSeparators(ownSlice) : ownSlice.trim();
    const content = [ownText, ...more.map((b) => b.text)].join(" ").trim();
    if (content === "") return;
    const toLine = Math.max(block.toLine, ...more.map((b) => b.toLine));
    claim(this.doc, { fromLine: block.fromLine, toLine });
    for (const extra of more) this.claimBlock(extra);
    const bullet = block.kind === "dash" ? "-" : block.kind === "plus" ? "+" : null;
    const paragraph = { ...block, starts: block.starts.map((s) => s - offset) };
    // "… (Chủ trì: Sở Y tế; thời gian: Quý I/2026)": what the task says of itself is no part of what it makes.
    const stated = inlineAttributesAt(content);
    const proper = content.slice(0, stated.start);
    const assignment = assignmentIn(content);
    // A numbered or lettered item is a task of its own: its code is its place ("III.2.a").
    const own = HEADING_MARKS.has(block.kind) && block.label !== "";
    const ownPlace = own
      ? sectionOf({
          ...scope.context,
          headings: [...scope.context.headings.filter((h) => rankOf(h) < rankOf(block)), block],
        })
      : "";
    const task: Task = {
      code: ownPlace,
      section: scope.pending.group.section,
      kind: scope.pending.group.kind,
      area: scope.pending.group.area,
      bullet,
      title: titleOf(content),
      content,
      lead: assignment.lead ?? scope.context.lead,
      cooperating: assignment.cooperating,
      deadline: deadlineIn(content),
      outputs: taskOutputs(proper).map(
        (output): TaskOutput => ({
          kind: output.kind,
          title: output.title,
          evidence:
            output.span.start < block.text.length - offset
              ? evidenceOf(paragraph, output.span.start, output.span.end)
              : { fromLine: block.fromLine, toLine },
          confidence: output.kind === "OTHER" ? 0.6 : 0.85,
        }),
      ),
      evidence: { fromLine: block.fromLine, toLine },
      confidence: bullet ? 0.9 : 0.75,
    };
    for (const { field, value } of [...stated.attributes, ...scope.defaults]) applyAttribute(task, field, value, block);
    scope.pending.tasks.push(task);
    scope.pending.group.evidence.toLine = Math.max(scope.pending.group.evidence.toLine, toLine);
    scope.unattributed.push(task);
  }

  addTableTasks(table: { fromLine: number; toLine: number; tasks: TableTask[] }, prefix: string): void {
    claim(this.doc, table);
    const byGroup = new Map<string, Pending>();
    for (const row of table.tasks) {
      const labels = row.groups.map((g) => g.label).filter((label) => label !== "");
      const section = [prefix, ...labels].join(".");
      let pending = byGroup.get(section);
      if (!pending) {
        const titles = row.groups.map((g) => g.title);
        const title = titles.at(-1) ? capitalize(sentenceCase(trimPunctuation(titles.at(-1) ?? ""))) : "Phụ lục";
        let area: AreaCode = "GENERAL";
        for (const t of titles) area = areaOf(t) ?? area;
        const kind: TaskKind = titles.some((t) => fold(t).includes("trong tam")) ? "KEY" : "SPECIFIC";
        const group: TaskGroup = { section, title, kind, area, evidence: { ...row.evidence }, confidence: 0.85 };
        const context: Context = {
          sectionLabel: section,
          sectionTitle: title,
          headings: [],
          subTitle: null,
          subIndex: 0,
          lead: null,
        };
        pending = { group, context, tasks: [] };
        byGroup.set(section, pending);
        this.pendings.push(pending);
      }
      const inline = assignmentIn(row.content);
      const outputs: TaskOutput[] = row.output
        ? [{ kind: outputKind(row.output), title: outputTitle(row.output), evidence: row.evidence, confidence: 0.85 }]
        : [];
      for (const output of taskOutputs(row.content)) {
        outputs.push({ kind: output.kind, title: output.title, evidence: row.evidence, confidence: 0.8 });
      }
      pending.tasks.push({
        code: row.number === "" ? "" : `${section}.${row.number}`,
        section,
        kind: pending.group.kind,
        area: pending.group.area,
        bullet: null,
        title: titleOf(row.content),
        content: row.content,
        lead: row.lead ? trimPunctuation(row.lead) : inline.lead,
        cooperating: row.cooperating ? splitUnits(row.cooperating, true) : inline.cooperating,
        deadline: row.deadline ? trimPunctuation(row.deadline) : deadlineIn(row.content),
        outputs,
        evidence: row.evidence,
        confidence: 0.85,
      });
      pending.group.evidence.toLine = Math.max(pending.group.evidence.toLine, row.evidence.toLine);
    }
  }

  /** Whether some task has been read. */
  hasTasks(): boolean {
    return this.pendings.some((pending) => pending.tasks.length > 0);
  }

  finish(): TasksResult {
    // In the plan's order: a group of activities read from another section takes its place.
    this.pendings.sort((a, b) => a.group.evidence.fromLine - b.group.evidence.fromLine);
    for (const { group, context, tasks } of this.pendings) {
      if (tasks.length === 0) continue;
      this.result.groups.push(group);
      tasks.forEach((task, i) => {
        if (task.code === "") task.code = codeOf(group, context, i + 1, tasks.length);
        this.result.tasks.push(task);
      });
    }
    uniqueCodes(this.result.tasks);
    return this.result;
  }
}

const rankOf = (block: Block) => RANK[block.kind];
const HEADING_MARKS: ReadonlySet<Block["kind"]> = new Set(["number", "decimal", "decimal3", "letter", "paren"]);

const isAttributeKind = (block: Block) =>
  block.kind === "text" || block.kind === "dash" || block.kind === "plus" || block.kind === "paren";
/** A line that says who, when or what of a task ("Đơn vị chủ trì: …"), not one that holds its content. */
const isInfoLine = (block: Block) =>
  isAttributeKind(block) && (attributesOf(block.text)[0]?.field ?? "content") !== "content";
const isNote = (block: Block) => block.kind === "text" && ANNEX.test(block.text);

// Siblings, to tell whether lines about a task go on: set while the trees are read.
const siblings = new WeakMap<Block, Block>();
function linkSiblings(blocks: readonly Block[]): void {
  for (const block of allBlocks(blocks)) {
    block.children.forEach((child, i) => {
      const next = block.children[i + 1];
      if (next) siblings.set(child, next);
    });
  }
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    if (next) siblings.set(block, next);
  });
}
const nextSibling = (block: Block) => siblings.get(block) ?? null;

function applyAttribute(task: Task, field: AttributeField, value: string, block: Block): void {
  const text = trimPunctuation(value);
  if (text === "") return;
  if (field === "lead") {
    const stated = assignmentIn(text);
    task.lead = stated.lead ?? text;
    if (stated.cooperating.length > 0) task.cooperating = stated.cooperating;
  } else if (field === "cooperating") {
    task.cooperating = splitUnits(text, true);
  } else if (field === "deadline") {
    task.deadline = capitalize(text);
  } else if (field === "output") {
    task.outputs.unshift({
      kind: outputKind(text),
      title: outputTitle(text),
      evidence: { fromLine: block.fromLine, toLine: block.toLine },
      confidence: 0.85,
    });
  }
}

/** A short bullet ending in ":" that names what follows ("- Công tác quốc phòng, quân sự địa phương:"). */
function subGroupTitle(text: string): string | null {
  if (!/:\s*$/u.test(text) || text.length > 100 || /như sau|sau đây/iu.test(text)) return null;
  return trimPunctuation(text);
}

function sectionContext(section: PlanSection): Context {
  return {
    sectionLabel: section.label,
    sectionTitle: section.title,
    headings: [],
    subTitle: null,
    subIndex: 0,
    lead: null,
  };
}

/** The annex a table belongs to, for its groups' place: "PL" or "PL02" ("PHỤ LỤC 02" above it). */
function annexPrefix(doc: PlanText, line: number): string {
  for (let n = line - 1; n >= Math.max(1, line - 15); n--) {
    const match = /^PHỤ LỤC\s*(?:SỐ\s*)?([\dIVX]*)/iu.exec(doc.lines[n - 1] ?? "");
    if (match) return `PL${match[1] ?? ""}`;
  }
  return "PL";
}

/**
 * Reads the tasks of a plan (see the module header); `rawText`, the text as given, tells emphasis and
 * pipe tables apart (without it, the normalised lines are read as plain text).
 */
export function parseTasks(doc: PlanText, rawText?: string): TasksResult {
  const reader = new TaskReader(doc);
  const { reading, sections, tables } = planParts(doc, rawText);
  const read = (section: PlanSection) => {
    claim(doc, { fromLine: section.line, toLine: section.titleEnd });
    const blocks = readBlocks(reading, section.titleEnd + 1, section.end);
    linkSiblings(blocks);
    reader.readScope(blocks, sectionContext(section));
  };
  const taskSections = new Set(sections.filter((s) => isTaskTitle(s.title) && !isRoadmapTitle(s.title)));
  taskSections.forEach(read);
  // A group of activities in another section ("d) Các hoạt động chính" under the objectives).
  for (const section of sections) {
    if (taskSections.has(section) || isUnitTitle(section.title) || isRoadmapTitle(section.title)) continue;
    const blocks = readBlocks(reading, section.titleEnd + 1, section.end);
    linkSiblings(blocks);
    const visit = (list: readonly Block[], headings: Block[]) => {
      for (const block of list) {
        if (block.kind === "text" || block.kind === "dash" || block.kind === "plus" || block.children.length === 0)
          continue;
        const path = [...headings.filter((h) => rankOf(h) < rankOf(block)), block];
        if (TASK_HEADING.test(fold(block.text)) && isTitleLike(block)) {
          claim(doc, { fromLine: block.fromLine, toLine: block.toLine });
          reader.readScope(block.children, { ...sectionContext(section), headings: path, activities: true });
        } else {
          visit(block.children, path);
        }
      }
    };
    visit(blocks, []);
  }
  // An annex listing tasks as items ("PHỤ LỤC" / "DANH MỤC NHIỆM VỤ …"), tables apart.
  const bodyEnd = sections.at(-1)?.end ?? 0;
  for (const annex of annexSections(reading, bodyEnd + 1)) {
    if (isTaskTitle(annex.title) && !/chi tieu/.test(fold(annex.title))) read(annex);
  }
  const annexTables = taskTables(tables);
  for (const table of annexTables) reader.addTableTasks(table, annexPrefix(doc, table.fromLine));
  // A roadmap ("LỘ TRÌNH THỰC HIỆN") is read when the plan lists its tasks nowhere else.
  if (!reader.hasTasks() && annexTables.length === 0) {
    let found = false;
    for (const section of sections.filter((s) => isRoadmapTitle(s.title))) {
      read(section);
      found = true;
    }
    if (!found && sections.length === 0) readNumberedTaskItems(doc, reader);
  }
  return reader.finish();
}

/** Without numbered sections (a decision's articles, a short plan): "2. Nhiệm vụ, giải pháp" items. */
function readNumberedTaskItems(doc: PlanText, reader: TaskReader): void {
  const { reading } = planParts(doc);
  const blocks = readBlocks(reading, 1, doc.outline.closingStart - 1);
  linkSiblings(blocks);
  for (const block of allBlocks(blocks)) {
    if (block.kind !== "number" && block.kind !== "decimal" && block.kind !== "roman") continue;
    if (block.children.length === 0 || !isTitleLike(block) || !isTaskTitle(block.text)) continue;
    if (doc.claimed[block.fromLine]) continue;
    claim(doc, { fromLine: block.fromLine, toLine: block.toLine });
    reader.readScope(block.children, {
      sectionLabel: "",
      sectionTitle: block.text,
      headings: [block],
      subTitle: null,
      subIndex: 0,
      lead: null,
    });
  }
}
