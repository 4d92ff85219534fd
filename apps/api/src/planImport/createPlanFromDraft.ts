// Creates a plan from a reviewed import draft, in the caller's transaction: the plan (as a DRAFT,
// unpublished), its legal bases (existing documents are reused by number and issuer), indicator
// groups, indicators with sub-indicators and targets, tasks with outputs and deadlines, and for every
// indicator and task an assignment marked `inferred` for an office user to confirm. A task whose lead
// unit the plan names (an annex's "Đơn vị chủ trì", "Giao Sở X chủ trì") gets that unit and the
// cooperating units it names: the ward's unit of that name, or a new unit, created here and listed
// in the result (the review showed it as new). Otherwise the lead unit comes from the item's area and
// cooperating units from section IV (a body there whose duties share a topic with the item's words).
import { calendarOf, calendarSelect, type PrismaNamespace, reportingPeriodRows } from "@kehoach/db";
import {
  type AreaCode,
  namedUnitOf,
  namesBody,
  newUnitCode,
  readDeadline,
  sharedTopics,
  unitsToCreate,
} from "@kehoach/domain";
import { ValidationError } from "../errors.ts";
import type { ConfirmableDraft, ConfirmableTarget } from "./confirmableDraft.ts";

type Tx = PrismaNamespace.TransactionClient;

/** Words of a unit's name that make it the lead unit of an area, most specific first. */
const LEAD_UNIT_WORDS: Record<AreaCode, string[]> = {
  ECONOMY: ["kinh tế"],
  CULTURE_SOCIETY: ["văn hóa", "văn hoá"],
  JUSTICE: ["văn hóa", "văn hoá", "tư pháp"],
  DEFENCE_SECURITY: ["quân sự", "công an"],
  MILITARY: ["quân sự"],
  PUBLIC_ORDER: ["công an"],
  GENERAL: ["văn phòng"],
};

export interface CreatedPlan {
  planId: string;
  indicators: number;
  targets: number;
  tasks: number;
  legalBases: number;
  assignments: number;
  /** Monthly reporting periods of the plan's year. */
  periods: number;
  /** Units the plan names that the ward did not have, created for their tasks. */
  newUnits: { id: string; code: string; name: string }[];
}

function targetData(target: ConfirmableTarget, position: number) {
  return {
    kind: target.kind,
    comparator: target.comparator ?? null,
    value: target.comparator === "RANGE" ? null : (target.value ?? null),
    minValue: target.min ?? null,
    maxValue: target.max ?? null,
    unit: target.unit ?? null,
    measure: target.measure ?? null,
    currency: target.currency ?? null,
    scale: target.scale ?? null,
    perQuantity: target.perQuantity ?? null,
    perUnit: target.perUnit ?? null,
    direction: target.direction,
    basis: target.basis,
    qualitativeKind: target.qualitativeKind ?? null,
    year: target.year ?? null,
    text: target.text,
    position,
  };
}

export async function createPlanFromDraft(
  tx: Tx,
  draft: ConfirmableDraft,
  options: { jurisdictionId: string; today: Date },
): Promise<CreatedPlan> {
  const issues: { path: string[]; message: string }[] = [];
  const year = draft.header.year ?? null;
  if (!year) issues.push({ path: ["header", "year"], message: "Chưa xác định được năm của kế hoạch." });
  if (draft.indicators.length === 0 && draft.tasks.length === 0) {
    issues.push({ path: ["indicators"], message: "Bản nháp không có chỉ tiêu hay nhiệm vụ nào để tạo." });
  }
  if (issues.length || !year) throw new ValidationError(issues);

  const duplicate = await tx.plan.findFirst({
    where: { jurisdictionId: options.jurisdictionId, year, title: draft.header.title, status: { not: "ARCHIVED" } },
    select: { id: true },
  });
  if (duplicate) {
    throw new ValidationError([
      { path: ["header", "title"], message: `Đã có kế hoạch năm ${year} “${draft.header.title}”: không tạo lại.` },
    ]);
  }

  const areas = new Map((await tx.area.findMany({ select: { id: true, code: true } })).map((a) => [a.code, a.id]));
  const areaId = (code: AreaCode | null | undefined, path: string[]) => {
    const id = areas.get(code ?? "GENERAL");
    if (!id) throw new ValidationError([{ path, message: `Lĩnh vực ${code} chưa có trong hệ thống.` }]);
    return id;
  };
  // Archived units keep their codes (unique in the ward) but are not given work.
  const allUnits = await tx.unit.findMany({
    where: { jurisdictionId: options.jurisdictionId },
    select: { id: true, name: true, code: true, archivedAt: true },
  });
  const units = allUnits.filter((u) => u.archivedAt === null).map(({ id, name }) => ({ id, name }));
  const takenCodes = new Set(allUnits.map((u) => u.code));
  // The units the review listed as new (the same rule: unitsToCreate), created before the tasks.
  const newUnits: CreatedPlan["newUnits"] = [];
  for (const name of unitsToCreate(draft.tasks, units)) {
    const code = newUnitCode(name, takenCodes);
    const duties = draft.units.find((named) => namesBody(named.name, name))?.duties ?? [];
    const created = await tx.unit.create({
      data: { jurisdictionId: options.jurisdictionId, code, name, kind: "OTHER", duties },
      select: { id: true, name: true, code: true },
    });
    takenCodes.add(code);
    units.push({ id: created.id, name: created.name });
    newUnits.push(created);
  }
  /** The unit of the ward a plan's name designates; null for none or a name of several bodies. */
  const namedUnit = (name: string) => {
    const named = namedUnitOf(name, units);
    return named?.kind === "existing" ? named.unit : null;
  };
  const leadUnitOf = (area: AreaCode | null | undefined) => {
    for (const word of LEAD_UNIT_WORDS[area ?? "GENERAL"]) {
      const unit = units.find((u) => u.name.toLocaleLowerCase("vi").includes(word));
      if (unit) return unit;
    }
    return null;
  };

  const plan = await tx.plan.create({
    data: {
      jurisdictionId: options.jurisdictionId,
      year,
      number: draft.header.number ?? null,
      issuedOn: draft.header.issuedOn ? new Date(draft.header.issuedOn) : null,
      placeAndDate: draft.header.placeAndDate ?? null,
      issuer: draft.header.issuer,
      title: draft.header.title,
      theme: draft.theme ?? null,
      objective: draft.objective ?? null,
      purposes: draft.purposes,
      requirements: draft.requirements,
      signerName: draft.signer?.name ?? null,
      signerTitle: draft.signer?.title ?? null,
      status: "DRAFT",
    },
  });

  let legalBases = 0;
  for (const [position, basis] of draft.legalBases.entries()) {
    if (!basis.number || !basis.issuer) continue;
    const document = await tx.document.upsert({
      where: { number_issuer: { number: basis.number, issuer: basis.issuer } },
      create: {
        kind: basis.kind,
        number: basis.number,
        issuer: basis.issuer,
        issuedOn: basis.issuedOn ? new Date(basis.issuedOn) : null,
        title: basis.title ?? basis.text,
        shortName: basis.shortName ?? null,
      },
      update: {},
    });
    await tx.planLegalBasis.create({ data: { planId: plan.id, documentId: document.id, position } });
    legalBases += 1;
  }

  // Section IV's bodies that are units of the jurisdiction, with their duties there.
  const sectionUnits = draft.units.flatMap((named) => {
    const unit = units.find((u) => namesBody(named.name, u.name));
    return unit ? [{ unit, duties: named.duties }] : [];
  });
  const cooperatingOf = (text: string, leadId: string) => {
    const found = new Map<string, { unit: { id: string; name: string }; topics: string[] }>();
    for (const { unit, duties } of sectionUnits) {
      const topics = sharedTopics(duties, text);
      if (topics.length && unit.id !== leadId && !found.has(unit.id)) found.set(unit.id, { unit, topics });
    }
    return [...found.values()];
  };

  const assignments: PrismaNamespace.AssignmentCreateManyInput[] = [];
  let inferredAssignments = 0;
  const infer = async (
    area: AreaCode | null | undefined,
    text: string,
    item: { indicatorId?: string; taskId?: string },
  ) => {
    const lead = leadUnitOf(area);
    if (!lead) return;
    inferredAssignments += 1;
    const byArea = `Suy luận khi nhập văn bản: ${lead.name} chủ trì theo lĩnh vực của mục`;
    const cooperating = cooperatingOf(text, lead.id);
    if (cooperating.length === 0) {
      assignments.push({ planId: plan.id, ...item, leadUnitId: lead.id, inferred: true, inferenceNote: `${byArea}.` });
      return;
    }
    const why = cooperating.map((c) => `${c.unit.name} (${c.topics.join(", ")})`).join("; ");
    await tx.assignment.create({
      data: {
        planId: plan.id,
        ...item,
        leadUnitId: lead.id,
        inferred: true,
        inferenceNote: `${byArea}; phối hợp theo mục Tổ chức thực hiện: ${why}.`,
        cooperatingUnits: { create: cooperating.map((c, position) => ({ unitId: c.unit.id, position })) },
      },
    });
  };

  const groups = new Map<string, string>();
  for (const [position, group] of draft.indicatorGroups.entries()) {
    const created = await tx.indicatorGroup.create({
      data: {
        planId: plan.id,
        code: group.code,
        title: group.title,
        areaId: areaId(group.area, ["indicatorGroups", String(position), "area"]),
        position,
      },
    });
    groups.set(group.code, created.id);
  }
  const defaultGroup = async () => {
    const existing = groups.get("");
    if (existing) return existing;
    const created = await tx.indicatorGroup.create({
      data: {
        planId: plan.id,
        code: "-",
        title: "Các chỉ tiêu",
        areaId: areaId("GENERAL", ["indicators"]),
        position: 99,
      },
    });
    groups.set("", created.id);
    return created.id;
  };

  let targets = 0;
  let indicators = 0;
  for (const [position, indicator] of draft.indicators.entries()) {
    const path = ["indicators", String(position)];
    const groupId = (indicator.group && groups.get(indicator.group)) || (await defaultGroup());
    const area = areaId(indicator.area, [...path, "area"]);
    const created = await tx.indicator.create({
      data: {
        planId: plan.id,
        groupId,
        areaId: area,
        number: indicator.number ?? null,
        code: indicator.code,
        name: indicator.name,
        sourceText: indicator.sourceText,
        applicableFromYear: indicator.applicableFromYear ?? null,
        note: indicator.note ?? null,
        position,
        targets: { create: indicator.targets.map(targetData) },
        subIndicators: {
          create: indicator.subIndicators.map((sub, subPosition) => ({
            planId: plan.id,
            groupId,
            areaId: area,
            code: sub.code,
            name: sub.name,
            sourceText: sub.sourceText,
            position: subPosition,
            targets: { create: sub.targets.map(targetData) },
          })),
        },
      },
    });
    indicators += 1;
    targets += indicator.targets.length + indicator.subIndicators.reduce((n, s) => n + s.targets.length, 0);
    await infer(indicator.area, indicator.sourceText, { indicatorId: created.id });
  }

  for (const [position, task] of draft.tasks.entries()) {
    const due = readDeadline(task.deadline, year);
    const created = await tx.task.create({
      data: {
        planId: plan.id,
        areaId: areaId(task.area, ["tasks", String(position), "area"]),
        kind: task.kind,
        section: task.section,
        code: task.code,
        title: task.title,
        content: task.content,
        deadline: due.deadline ? new Date(due.deadline) : null,
        ...(due.recurrence ? { recurrence: due.recurrence } : {}),
        position,
        outputs: { create: task.outputs.map((o, i) => ({ kind: o.kind, title: o.title, position: i })) },
      },
    });
    const lead = task.lead ? namedUnit(task.lead) : null;
    if (!lead) {
      await infer(task.area, task.content, { taskId: created.id });
      continue;
    }
    const cooperating = new Map<string, string>();
    for (const name of task.cooperating) {
      const unit = namedUnit(name);
      if (unit && unit.id !== lead.id) cooperating.set(unit.id, unit.name);
    }
    inferredAssignments += 1;
    const partners = [...cooperating.values()];
    await tx.assignment.create({
      data: {
        planId: plan.id,
        taskId: created.id,
        leadUnitId: lead.id,
        inferred: true,
        inferenceNote: `Theo văn bản: ${task.lead} chủ trì${partners.length ? `; phối hợp: ${partners.join(", ")}` : ""}.`,
        cooperatingUnits: { create: [...cooperating.keys()].map((unitId, i) => ({ unitId, position: i })) },
      },
    });
  }
  if (assignments.length) await tx.assignment.createMany({ data: assignments });
  const calendar = calendarOf(
    await tx.jurisdiction.findUniqueOrThrow({ where: { id: plan.jurisdictionId }, select: calendarSelect }),
  );
  const periods = reportingPeriodRows({ ...plan, today: options.today, calendar });
  await tx.reportingPeriod.createMany({ data: periods });

  return {
    planId: plan.id,
    periods: periods.length,
    indicators,
    targets,
    tasks: draft.tasks.length,
    legalBases,
    assignments: inferredAssignments,
    newUnits,
  };
}
