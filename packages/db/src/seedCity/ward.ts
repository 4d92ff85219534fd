// One synthetic ward's rows, cloned from the Tân Hưng template: its bodies' documents, units,
// accounts and grants, its published plan of the year (groups, indicators, targets, tasks, outputs,
// assignments, periods), the monthly reports of months 1–11 with their lines and the approved
// figures, task progress, and a few voters' recommendations. Pure: the same ward, seed and ids give
// the same rows.
import type { Tables } from "./bulk.ts";
import { figureSeries, type MonthFigure } from "./figures.ts";
import { Ids, mix, Random } from "./random.ts";
import { PLAN_YEAR, REPORTED_MONTHS, type WardTemplate } from "./template.ts";
import type { WardSpec } from "./wards.ts";

export interface WardContext {
  seed: number;
  /** 1-based position of the ward: its namespace of ids and of random numbers. */
  index: number;
  ward: WardSpec;
  jurisdictionId: string;
  /** The province's plan that the ward's plan implements (the city's 05/KH-UBND for Hải Phòng). */
  parentDocumentId: string;
  /** The ward indicators (by code) that add to the province plan's, and how (a weighted average weighs by population). */
  shared: Map<string, { id: string; rule: string }>;
  areaIds: Map<string, string>;
  passwordHash: string;
}

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan"];
const MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thu", "Ngọc", "Quang", "Thanh", "Hữu", "Xuân", "Hồng", "Anh"];
const GIVEN = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Hà",
  "Hải",
  "Hạnh",
  "Hoa",
  "Hùng",
  "Hương",
  "Lan",
  "Linh",
  "Long",
  "Mai",
  "Nam",
  "Phương",
  "Quân",
  "Sơn",
  "Thảo",
  "Trang",
  "Tuấn",
  "Việt",
  "Yến",
  "Khánh",
];

const RECOMMENDATIONS = [
  "Đề nghị sửa chữa tuyến đường trong khu dân cư đã xuống cấp, đi lại khó khăn.",
  "Kiến nghị tăng cường thu gom rác thải sinh hoạt, tránh tồn đọng tại các điểm tập kết.",
  "Đề nghị lắp đặt thêm đèn chiếu sáng công cộng tại các ngõ, xóm.",
  "Phản ánh tình trạng ngập úng cục bộ khi mưa lớn, đề nghị nạo vét hệ thống thoát nước.",
  "Đề nghị rút ngắn thời gian giải quyết thủ tục cấp giấy chứng nhận quyền sử dụng đất.",
  "Kiến nghị kiểm tra, xử lý tình trạng lấn chiếm vỉa hè, lòng đường.",
  "Đề nghị tăng cường tuần tra, bảo đảm an ninh trật tự vào ban đêm.",
  "Đề nghị hỗ trợ hộ nghèo, hộ cận nghèo sửa chữa nhà ở.",
];
const RECOMMENDATION_SOURCES = [
  "Hội nghị tiếp xúc cử tri",
  "Đơn thư của công dân",
  "Hòm thư góp ý",
  "Ủy ban MTTQ chuyển đến",
];
const TASK_RESULTS = [
  "Đã triển khai theo kế hoạch.",
  "Đang tổ chức thực hiện, bảo đảm tiến độ.",
  "Đã hoàn thành các nội dung trong kỳ.",
  "Tiến độ chậm do vướng mắc về kinh phí.",
];

const DAY_MS = 86_400_000;
/** An ISO day moved by `days` (UTC arithmetic: no time zone can shift it). */
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
/** An instant on an ISO day, at an hour of Vietnam's working day (UTC+7). */
const at = (iso: string, hourInVietnam: number) => `${iso}T${String(hourInVietnam - 7).padStart(2, "0")}:00:00.000Z`;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The plan's words about Tân Hưng, said of this ward ("phường Tân Hưng" → "xã An Lão"). */
function localiser(ward: WardSpec) {
  const own = `${ward.level} ${ward.bareName}`;
  return (text: string, label = own) =>
    text
      .replace(/phường Tân Hưng/g, label)
      .replace(/Phường Tân Hưng/g, capitalise(label))
      .replace(/Tân Hưng/g, ward.bareName)
      .replace(/phường/g, ward.level)
      .replace(/Phường/g, capitalise(ward.level));
}

function get<K, V>(map: Map<K, V>, key: K): V {
  const v = map.get(key);
  if (v === undefined) throw new Error(`seedCity: thiếu "${String(key)}" trong mẫu`);
  return v;
}

export function buildWard(t: WardTemplate, c: WardContext, out: Tables): void {
  const ids = new Ids(c.seed, c.index);
  const rnd = new Random(mix(c.seed, c.index, 0x5eed));
  const local = localiser(c.ward);
  const jurisdictionId = c.jurisdictionId;
  const isTemplateWard = c.ward.code === t.plan.jurisdictionCode;
  const created = at(`${PLAN_YEAR}-01-05`, 8);
  const stamp = { createdAt: created, updatedAt: created };
  const personName = () => `${rnd.pick(FAMILY)} ${rnd.pick(MIDDLE)} ${rnd.pick(GIVEN)}`;

  // ── Documents: the ward's own legal bases; the province's plan is shared.
  const docIds: string[] = [];
  for (const d of t.plan.legalBases) {
    if (d.jurisdictionCode !== t.plan.jurisdictionCode) {
      docIds.push(c.parentDocumentId);
      continue;
    }
    const id = ids.next();
    docIds.push(id);
    out.add("Document", {
      id,
      jurisdictionId,
      kind: d.kind,
      number: d.number,
      issuedOn: d.issuedOn,
      // Documents are unique by number and issuer: the label names the province when ward names recur.
      issuer: local(d.issuer, c.ward.label),
      title: local(d.title),
      shortName: d.shortName ? local(d.shortName) : null,
      ...stamp,
    });
  }

  // ── Units (the template lists parents before children).
  const unitIds = new Map<string, string>();
  const unitNames = new Map<string, string>();
  for (const u of t.units) {
    const id = ids.next();
    unitIds.set(u.code, id);
    const name = local(u.name);
    unitNames.set(u.code, name);
    out.add("Unit", {
      id,
      jurisdictionId,
      code: u.code,
      name,
      shortName: u.shortName ? local(u.shortName) : null,
      kind: u.kind,
      parentId: u.parentCode ? get(unitIds, u.parentCode) : null,
      duties: u.duties,
      ...stamp,
    });
  }

  // ── Accounts and their grants.
  const userIds = new Map<string, string>();
  const userNames = new Map<string, string>();
  for (const u of t.users) {
    const id = ids.next();
    userIds.set(u.username, id);
    const displayName = isTemplateWard && u.fixedName ? u.fixedName : personName();
    userNames.set(u.username, displayName);
    out.add("User", {
      id,
      jurisdictionId,
      username: u.username,
      displayName,
      title: u.title ? local(u.title) : null,
      passwordHash: c.passwordHash,
      unitId: u.unitCode ? get(unitIds, u.unitCode) : null,
      // Not demo accounts: the server lists every demo account when it starts.
      isDemo: false,
      ...stamp,
    });
    for (const g of u.grants) {
      const grantId = ids.next();
      out.add("RoleGrant", {
        id: grantId,
        userId: id,
        role: g.role,
        jurisdictionId,
        unitId: g.unitCode ? get(unitIds, g.unitCode) : null,
        ...stamp,
      });
      for (const a of g.areaCodes) out.add("RoleGrantArea", { grantId, areaId: get(c.areaIds, a) });
    }
  }
  const usernameOf = (unitCode: string, role: string) =>
    t.users.find((u) => u.unitCode === unitCode && u.grants.some((g) => g.role === role))?.username;
  const officeUser = get(userIds, usernameOf("vp", "OFFICE") ?? "vanphong");

  // ── The plan, published at the start of the year.
  const p = t.plan;
  const planId = ids.next();
  out.add("Plan", {
    id: planId,
    jurisdictionId,
    year: p.year,
    number: p.number,
    issuedOn: p.issuedOn,
    placeAndDate: p.placeAndDate ? local(p.placeAndDate) : null,
    issuer: local(p.issuer),
    title: local(p.title),
    theme: p.theme ? local(p.theme) : null,
    objective: p.objective ? local(p.objective) : null,
    purposes: p.purposes.map((s) => local(s)),
    requirements: p.requirements.map((s) => local(s)),
    parentDocumentId: c.parentDocumentId,
    signerName: isTemplateWard ? p.signerName : userNames.get("chutich"),
    signerTitle: p.signerTitle ? local(p.signerTitle) : null,
    status: "ACTIVE",
    publishedAt: at(`${PLAN_YEAR}-01-15`, 9),
    ...stamp,
  });
  docIds.forEach((documentId, i) => {
    out.add("PlanLegalBasis", { planId, documentId, position: i + 1 });
  });

  const groupIds = new Map<string, string>();
  p.indicatorGroups.forEach((g, i) => {
    const id = ids.next();
    groupIds.set(g.code, id);
    out.add("IndicatorGroup", {
      id,
      planId,
      code: g.code,
      title: g.title,
      areaId: get(c.areaIds, g.areaCode),
      position: i + 1,
    });
  });

  const indicatorIds = new Map<string, string>();
  const population = 8000 + Math.floor(rnd.next() * 52_000);
  for (const x of t.placed) {
    const id = ids.next();
    indicatorIds.set(x.ind.code, id);
    const shared = x.parentCode ? undefined : c.shared.get(x.ind.code);
    out.add("Indicator", {
      id,
      planId,
      groupId: get(groupIds, x.groupCode),
      areaId: get(c.areaIds, x.ind.areaCode),
      parentId: x.parentCode ? get(indicatorIds, x.parentCode) : null,
      number: x.ind.number,
      code: x.ind.code,
      name: x.ind.name,
      sourceText: x.ind.sourceText,
      applicableFromYear: x.ind.applicableFromYear,
      note: x.ind.note,
      position: x.position,
      contributesToId: shared?.id ?? null,
      contributionRule: shared?.rule ?? null,
      contributionWeight: shared?.rule === "WEIGHTED_AVERAGE" ? population : null,
      ...stamp,
    });
    x.ind.targets.forEach((tg, i) => {
      out.add("Target", {
        id: ids.next(),
        indicatorId: id,
        kind: tg.kind,
        comparator: tg.comparator,
        value: tg.value,
        minValue: tg.minValue,
        maxValue: tg.maxValue,
        unit: tg.unit,
        measure: tg.measure,
        currency: tg.currency,
        scale: tg.scale,
        perQuantity: tg.perQuantity,
        perUnit: tg.perUnit,
        direction: tg.direction,
        basis: tg.basis,
        qualitativeKind: tg.qualitativeKind,
        text: tg.text,
        position: i + 1,
        ...stamp,
      });
    });
  }

  // ── Task progress month by month: most tasks move steadily, one-off tasks finish by their
  // deadline or run late, a few start late or are dropped.
  type Progress = { status: string; percentDone: string };
  const taskSeries = new Map<string, Progress[]>();
  for (const task of t.tasks) {
    const series: Progress[] = [];
    const fate = rnd.next();
    const startMonth = fate < 0.06 ? rnd.int(10, 12) : fate < 0.15 ? rnd.int(3, 8) : 1;
    const cancelledFrom = fate > 0.97 ? rnd.int(4, 10) : 99;
    // A one-off task finishes around its deadline in the plan year (or, without one, some time in
    // it); some year-long tasks are done for the year before December.
    const deadline = task.deadline?.startsWith(String(PLAN_YEAR)) ? Number(task.deadline.slice(5, 7)) : null;
    const finishMonth =
      task.recurrence === "ONCE"
        ? (deadline ?? rnd.int(4, 12)) + (rnd.chance(0.3) ? rnd.int(1, 3) : 0)
        : rnd.chance(0.2)
          ? rnd.int(8, 11)
          : 99;
    const pace = rnd.between(0.8, 1.1);
    for (let m = 1; m <= REPORTED_MONTHS; m++) {
      let status = "IN_PROGRESS";
      let percent: number;
      if (m >= cancelledFrom) {
        status = "CANCELLED";
        percent = Math.min(100, ((cancelledFrom - startMonth) / 12) * 100 * pace);
      } else if (m < startMonth) {
        status = "NOT_STARTED";
        percent = 0;
      } else if (m >= finishMonth) {
        status = "DONE";
        percent = 100;
      } else {
        const span = Math.max(1, Math.min(finishMonth, 12) - startMonth + 1);
        percent = Math.min(95, ((m - startMonth + 1) / span) * 100 * pace);
      }
      series.push({ status, percentDone: Math.max(0, percent).toFixed(2) });
    }
    taskSeries.set(task.code, series);
  }

  // Which month's line each task's lead unit last had approved: the task's status is that line's.
  const reportStatus = new Map<string, string | null>();
  for (const r of t.reportingUnits) {
    for (let m = 1; m <= REPORTED_MONTHS; m++) {
      let status: string | null = "APPROVED";
      if (m === REPORTED_MONTHS) {
        // The latest month is still coming in: some sent, some drafting, some not begun.
        const x = rnd.next();
        status = x < 0.6 ? "APPROVED" : x < 0.8 ? "SUBMITTED" : x < 0.9 ? "DRAFT" : null;
      } else if (m === REPORTED_MONTHS - 1 && rnd.chance(0.03)) {
        status = "RETURNED";
      }
      reportStatus.set(`${r.code}|${m}`, status);
    }
  }
  const lastApproved = (unitCode: string) => {
    for (let m = REPORTED_MONTHS; m >= 1; m--) if (reportStatus.get(`${unitCode}|${m}`) === "APPROVED") return m;
    return 0;
  };

  const taskIds = new Map<string, string>();
  t.tasks.forEach((task, i) => {
    const id = ids.next();
    taskIds.set(task.code, id);
    const m = lastApproved(task.assignment.leadUnitCode);
    const progress = m > 0 ? taskSeries.get(task.code)?.[m - 1] : undefined;
    out.add("Task", {
      id,
      planId,
      areaId: get(c.areaIds, task.areaCode),
      kind: task.kind,
      section: task.section,
      code: task.code,
      title: task.title,
      content: task.content,
      deadline: task.deadline,
      recurrence: task.recurrence,
      status: progress?.status ?? "NOT_STARTED",
      percentDone: progress?.percentDone ?? null,
      position: i + 1,
      ...stamp,
    });
    task.outputs.forEach((o, j) => {
      out.add("TaskOutput", { id: ids.next(), taskId: id, kind: o.kind, title: o.title, position: j + 1 });
    });
  });

  for (const a of t.assignments) {
    const id = ids.next();
    out.add("Assignment", {
      id,
      planId,
      indicatorId: a.indicatorCode ? get(indicatorIds, a.indicatorCode) : null,
      taskId: a.taskCode ? get(taskIds, a.taskCode) : null,
      leadUnitId: get(unitIds, a.a.leadUnitCode),
      leaderId: a.a.leaderUsername ? get(userIds, a.a.leaderUsername) : null,
      inferred: a.a.inferred,
      inferenceNote: a.a.inferenceNote,
      ...stamp,
    });
    a.a.cooperatingUnitCodes.forEach((code, i) => {
      out.add("AssignmentCooperatingUnit", { assignmentId: id, unitId: get(unitIds, code), position: i + 1 });
    });
  }

  const monthPeriods = new Map<number, { id: string; label: string; dueOn: string }>();
  for (const period of t.periods) {
    const id = ids.next();
    if (period.kind === "MONTH") monthPeriods.set(period.number, { id, label: period.label, dueOn: period.dueOn });
    out.add("ReportingPeriod", { id, jurisdictionId, planId, ...period, ...stamp });
  }

  // ── Figures: how this ward does overall, and on each indicator.
  const wardLean = rnd.between(-0.12, 0.08);
  const figures = new Map<string, MonthFigure[]>();
  for (const [code, target] of t.reportedTargets) {
    const performance = Math.max(0.5, 1 + wardLean + rnd.between(-0.15, 0.15));
    figures.set(code, figureSeries(target, performance, REPORTED_MONTHS, rnd));
  }

  // ── Monthly reports of months 1–11, their lines, and the figures approval makes official.
  for (const r of t.reportingUnits) {
    const unitId = get(unitIds, r.code);
    const unitName = get(unitNames, r.code);
    const head = usernameOf(r.code, "UNIT_HEAD");
    const drafter = get(userIds, `${r.code}.cb1`);
    const submitter = head ? get(userIds, head) : drafter;
    for (let m = 1; m <= REPORTED_MONTHS; m++) {
      const status = reportStatus.get(`${r.code}|${m}`);
      if (!status) continue;
      const period = get(monthPeriods, m);
      const sentOn = addDays(period.dueOn, -rnd.int(0, 3));
      const createdAt = at(addDays(sentOn, -2), 8);
      const sent = status !== "DRAFT";
      const submittedAt = sent ? at(sentOn, rnd.int(8, 16)) : null;
      const reviewed = status === "APPROVED" || status === "RETURNED";
      const reviewedAt = reviewed ? at(addDays(sentOn, rnd.int(1, 3)), rnd.int(8, 16)) : null;
      const reportId = ids.next();
      out.add("ProgressReport", {
        id: reportId,
        planId,
        periodId: period.id,
        unitId,
        status,
        summary: `Kết quả thực hiện kế hoạch ${period.label.toLowerCase()} của ${unitName}.`,
        createdById: drafter,
        submittedAt,
        submittedById: sent ? submitter : null,
        reviewedAt,
        reviewedById: reviewed ? officeUser : null,
        returnReason: status === "RETURNED" ? "Đề nghị bổ sung số liệu và thuyết minh các chỉ tiêu chưa đạt." : null,
        createdAt,
        updatedAt: reviewedAt ?? submittedAt ?? createdAt,
      });
      const lineAt = submittedAt ?? createdAt;
      for (const item of r.indicators) {
        const f = get(figures, item.code)[m - 1] as MonthFigure;
        const lineId = ids.next();
        out.add("ProgressReportIndicatorLine", {
          id: lineId,
          reportId,
          indicatorId: get(indicatorIds, item.code),
          // A cooperating unit's line is its contribution, official only when the lead unit adopts it.
          ...(item.lead
            ? f
            : {
                valueToDate: null,
                periodValue: null,
                yearEndEstimate: null,
                samePeriodLastYear: null,
                achieved: null,
                eventCount: null,
              }),
          note: item.lead ? null : "Đã phối hợp, cung cấp thông tin cho đơn vị chủ trì.",
          createdAt: lineAt,
          updatedAt: lineAt,
        });
        if (status !== "APPROVED" || !item.lead) continue;
        const source = `Báo cáo ${unitName} ${period.label}`;
        const official = {
          periodId: period.id,
          indicatorId: get(indicatorIds, item.code),
          source,
          reportLineId: lineId,
          recordedById: officeUser,
          createdAt: reviewedAt,
          updatedAt: reviewedAt,
        };
        out.add("Measurement", {
          id: ids.next(),
          kind: "ACTUAL",
          value: f.valueToDate,
          periodValue: f.periodValue,
          samePeriodLastYear: f.samePeriodLastYear,
          achieved: f.achieved,
          eventCount: f.eventCount,
          ...official,
        });
        if (f.yearEndEstimate != null) {
          out.add("Measurement", {
            id: ids.next(),
            kind: "ESTIMATE",
            value: f.yearEndEstimate,
            periodValue: null,
            samePeriodLastYear: null,
            achieved: null,
            eventCount: null,
            ...official,
          });
        }
      }
      for (const item of r.tasks) {
        const progress = get(taskSeries, item.code)[m - 1] as Progress;
        out.add("ProgressReportTaskLine", {
          id: ids.next(),
          reportId,
          taskId: get(taskIds, item.code),
          status: progress.status,
          percentDone: item.lead ? progress.percentDone : null,
          results: rnd.pick(TASK_RESULTS),
          difficulties: null,
          proposals: null,
          createdAt: lineAt,
          updatedAt: lineAt,
        });
      }
    }
  }

  // ── Voters' recommendations: most answered or resolved, a few still open.
  const frontUser = get(userIds, usernameOf("mttq", "SUPERVISOR") ?? "mttq");
  const assignable = t.reportingUnits.map((r) => r.code);
  const howMany = rnd.int(2, 5);
  for (let i = 0; i < howMany; i++) {
    const receivedOn = addDays(`${PLAN_YEAR}-01-10`, rnd.int(0, 320));
    const x = rnd.next();
    const status = x < 0.4 ? "RESOLVED" : x < 0.6 ? "ANSWERED" : x < 0.85 ? "ASSIGNED" : "RECORDED";
    const assigned = status !== "RECORDED";
    const answered = status === "ANSWERED" || status === "RESOLVED";
    const unitCode = rnd.pick(assignable);
    const assignedAt = assigned ? at(addDays(receivedOn, rnd.int(1, 5)), 9) : null;
    const answeredAt = answered ? at(addDays(receivedOn, rnd.int(7, 20)), 10) : null;
    const resolvedAt = status === "RESOLVED" ? at(addDays(receivedOn, rnd.int(21, 40)), 15) : null;
    const createdAt = at(receivedOn, 14);
    out.add("Recommendation", {
      id: ids.next(),
      jurisdictionId,
      planId,
      indicatorId: null,
      taskId: null,
      content: rnd.pick(RECOMMENDATIONS),
      source: rnd.pick(RECOMMENDATION_SOURCES),
      receivedOn,
      status,
      unitId: assigned ? get(unitIds, unitCode) : null,
      assignedAt,
      answer: answered ? "Đơn vị đã kiểm tra, có phương án xử lý và trả lời cử tri." : null,
      answeredAt,
      answeredById: answered ? get(userIds, `${unitCode}.cb1`) : null,
      frontNote: null,
      resolvedAt,
      recordedById: frontUser,
      createdAt,
      updatedAt: resolvedAt ?? answeredAt ?? assignedAt ?? createdAt,
    });
  }
}
