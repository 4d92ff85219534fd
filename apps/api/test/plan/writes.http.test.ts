// Plan-content mutations over HTTP, on the embedded database and PostgreSQL: the authorization matrix
// (every role × every mutation; a denied write changes nothing), validation of malformed input, the
// ConflictError on a stale version, and an audit event with before/after for every write.

import type { Prisma } from "@kehoach/db";
import { testDatabaseKinds } from "@kehoach/db/testing";
import { decodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, login, startTestServer, type TestServer } from "../support/server.ts";
import { apiToken, extraPlan, must, toGlobalId } from "./support.ts";

const ALLOWED = ["admin", "vanphong"] as const;
const DENIED = ["chutich", "kt.truongphong", "kt.canbo", "mttq", "anonymous", "app"] as const;
type Who = (typeof ALLOWED)[number] | (typeof DENIED)[number];
type Subject = Awaited<ReturnType<typeof extraPlan>>;

const ERRORS =
  "__typename ... on Error { code message } ... on ValidationError { issues { path message } } ... on ConflictError { currentVersion }";
const PAYLOAD = {
  plan: "... on PlanPayload { plan { id version status publishedAt title } }",
  indicator:
    "... on IndicatorPayload { indicator { id version archivedAt name targets { comparator value minValue maxValue } } }",
  task: "... on TaskPayload { task { id version status deadline percentDone overdue archivedAt outputs { kind title } } }",
};

function mutation(name: string, payload: keyof typeof PAYLOAD) {
  const input = `${name.charAt(0).toUpperCase()}${name.slice(1)}Input`;
  const type = ["publishPlan", "unpublishPlan", "archivePlan"].includes(name) ? "PlanVersionInput" : input;
  const errors = name.startsWith("create") ? ERRORS.replace(" ... on ConflictError { currentVersion }", "") : ERRORS;
  return `mutation($input: ${type}!) { ${name}(input: $input) { ${errors} ${PAYLOAD[payload]} } }`;
}

interface Spec {
  name: string;
  payload: keyof typeof PAYLOAD;
  audit: string;
  input: (s: Subject, prisma: Prisma) => Promise<Record<string, unknown>>;
  entityId: (s: Subject, result: any) => string;
}

const gid = toGlobalId;
const version = async (prisma: Prisma, model: "plan" | "indicator" | "task", id: string) =>
  (
    (await (prisma[model] as any).findUniqueOrThrow({ where: { id }, select: { version: true } })) as {
      version: number;
    }
  ).version;

const SPECS: Spec[] = [
  {
    name: "createPlan",
    payload: "plan",
    audit: "plan.created",
    input: async () => ({
      year: 2028,
      title: "Kế hoạch năm 2028",
      issuer: "UBND phường Tân Hưng",
      purposes: ["Mục đích"],
    }),
    entityId: (_s, r) => r.plan.id,
  },
  {
    name: "updatePlan",
    payload: "plan",
    audit: "plan.updated",
    input: async (s, p) => ({
      id: gid("Plan", s.plan.id),
      version: await version(p, "plan", s.plan.id),
      title: "Kế hoạch đã sửa",
      status: "ACTIVE",
      theme: null,
    }),
    entityId: (s) => s.plan.id,
  },
  {
    name: "publishPlan",
    payload: "plan",
    audit: "plan.published",
    input: async (s, p) => ({ id: gid("Plan", s.plan.id), version: await version(p, "plan", s.plan.id) }),
    entityId: (s) => s.plan.id,
  },
  {
    name: "unpublishPlan",
    payload: "plan",
    audit: "plan.unpublished",
    input: async (s, p) => ({ id: gid("Plan", s.plan.id), version: await version(p, "plan", s.plan.id) }),
    entityId: (s) => s.plan.id,
  },
  {
    name: "createIndicator",
    payload: "indicator",
    audit: "indicator.created",
    input: async (s) => ({
      groupId: gid("IndicatorGroup", s.group.id),
      parentId: gid("Indicator", s.indicator.id),
      code: "1.1",
      name: "Chỉ tiêu con mới",
    }),
    entityId: (_s, r) => r.indicator.id,
  },
  {
    name: "updateIndicator",
    payload: "indicator",
    audit: "indicator.updated",
    input: async (s, p) => ({
      id: gid("Indicator", s.indicator.id),
      version: await version(p, "indicator", s.indicator.id),
      name: "Tên chỉ tiêu đã sửa",
      applicableFromYear: 2027,
    }),
    entityId: (s) => s.indicator.id,
  },
  {
    name: "setIndicatorTargets",
    payload: "indicator",
    audit: "indicator.targetsSet",
    input: async (s, p) => ({
      indicatorId: gid("Indicator", s.indicator.id),
      version: await version(p, "indicator", s.indicator.id),
      targets: [
        { kind: "QUANTITATIVE", comparator: "GT", value: "10", unit: "%", measure: "PERCENT", text: "trên 10%" },
        {
          kind: "QUANTITATIVE",
          comparator: "RANGE",
          minValue: "5400",
          maxValue: "5500",
          unit: "cơ sở",
          text: "5.400–5.500",
        },
        { kind: "QUALITATIVE", qualitativeKind: "ZERO_EVENTS", direction: "MAINTAIN", text: "không để xảy ra" },
      ],
    }),
    entityId: (s) => s.indicator.id,
  },
  {
    name: "archiveIndicator",
    payload: "indicator",
    audit: "indicator.archived",
    input: async (s, p) => ({
      id: gid("Indicator", s.indicator.id),
      version: await version(p, "indicator", s.indicator.id),
    }),
    entityId: (s) => s.indicator.id,
  },
  {
    name: "createTask",
    payload: "task",
    audit: "task.created",
    input: async (s, p) => ({
      planId: gid("Plan", s.plan.id),
      areaId: gid("Area", (await p.area.findUniqueOrThrow({ where: { code: "CULTURE_SOCIETY" } })).id),
      kind: "SPECIFIC",
      section: "III.2.2",
      code: "b.99",
      title: "Nhiệm vụ mới",
      content: "Xây dựng kế hoạch mới",
      deadline: "2026-06-30",
      outputs: [{ kind: "PLAN", title: "Kế hoạch thực hiện" }],
    }),
    entityId: (_s, r) => r.task.id,
  },
  {
    name: "updateTask",
    payload: "task",
    audit: "task.updated",
    input: async (s, p) => ({
      id: gid("Task", s.task.id),
      version: await version(p, "task", s.task.id),
      deadline: "2026-02-28",
      status: "IN_PROGRESS",
      percentDone: "45.5",
      outputs: [{ kind: "SCHEME", title: "Đề án" }],
    }),
    entityId: (s) => s.task.id,
  },
  {
    name: "archiveTask",
    payload: "task",
    audit: "task.archived",
    input: async (s, p) => ({ id: gid("Task", s.task.id), version: await version(p, "task", s.task.id) }),
    entityId: (s) => s.task.id,
  },
  {
    name: "archivePlan",
    payload: "plan",
    audit: "plan.archived",
    input: async (s, p) => ({ id: gid("Plan", s.plan.id), version: await version(p, "plan", s.plan.id) }),
    entityId: (s) => s.plan.id,
  },
];

/** Everything a plan-content write could touch, to compare before and after a refused write. */
async function snapshot(prisma: Prisma) {
  return JSON.stringify(
    await Promise.all([
      prisma.plan.findMany({
        orderBy: { id: "asc" },
        select: { id: true, version: true, status: true, publishedAt: true, title: true },
      }),
      prisma.indicator.findMany({
        orderBy: { id: "asc" },
        select: { id: true, version: true, name: true, archivedAt: true },
      }),
      prisma.target.findMany({ orderBy: { id: "asc" }, select: { id: true, value: true } }),
      prisma.task.findMany({
        orderBy: { id: "asc" },
        select: { id: true, version: true, status: true, deadline: true, archivedAt: true },
      }),
      prisma.taskOutput.count(),
      prisma.auditEvent.count(),
    ]),
  );
}

describe.each(testDatabaseKinds)("plan content writes on the $kind database", ({ create }) => {
  let server: TestServer;
  let prisma: Prisma;
  const tokens = {} as Record<Who, string | undefined>;
  const subjects = {} as Record<"admin" | "vanphong" | "denied" | "checks", Subject>;

  const run = (who: Who, spec: { name: string; payload: keyof typeof PAYLOAD }, input: unknown) =>
    graphql(server.url, mutation(spec.name, spec.payload), { input }, tokens[who]).then((res) => {
      expect(res.body.errors, `${who} ${spec.name}`).toBeUndefined();
      return res.body.data[spec.name];
    });
  const specOf = (name: string) =>
    must(
      SPECS.find((s) => s.name === name),
      name,
    );

  beforeAll(async () => {
    server = await startTestServer(create);
    prisma = server.test.db.prisma;
    for (const who of ["admin", "vanphong", "chutich", "kt.truongphong", "kt.canbo", "mttq"] as const) {
      tokens[who] = await login(server.url, who);
    }
    tokens.app = await apiToken(prisma, "ghi-thu", ["plan:read"]);
    subjects.admin = await extraPlan(prisma, { year: 2030, status: "DRAFT" });
    subjects.vanphong = await extraPlan(prisma, { year: 2031, status: "DRAFT" });
    subjects.denied = await extraPlan(prisma, { year: 2032, status: "ACTIVE" });
    subjects.checks = await extraPlan(prisma, { year: 2033, status: "ACTIVE" });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  it("allows every mutation to ADMIN and OFFICE, refuses it to every other role and changes nothing then, and audits each write", async () => {
    for (const spec of SPECS) {
      for (const who of DENIED) {
        const before = await snapshot(prisma);
        const result = await run(who, spec, await spec.input(subjects.denied, prisma));
        expect(result, `${who} ${spec.name}`).toMatchObject({ __typename: "NotAuthorized", code: "NOT_AUTHORIZED" });
        expect(await snapshot(prisma), `${who} ${spec.name} changed nothing`).toBe(before);
      }
      for (const who of ALLOWED) {
        const subject = subjects[who];
        const result = await run(who, spec, await spec.input(subject, prisma));
        expect(result.__typename, `${who} ${spec.name}: ${JSON.stringify(result)}`).toMatch(/Payload$/);
        const entityId = spec.entityId(
          subject,
          result[spec.payload] ? { [spec.payload]: { id: fromGlobal(result[spec.payload].id) } } : {},
        );
        const event = await prisma.auditEvent.findFirst({
          where: { name: spec.audit, entityId },
          orderBy: { createdAt: "desc" },
          include: { actorUser: { select: { username: true } } },
        });
        expect(event, `${who} ${spec.name} audit`).not.toBeNull();
        expect(event?.actorUser?.username).toBe(who);
        expect(event?.after).toBeTruthy();
        if (!spec.name.startsWith("create")) expect(event?.before, `${spec.name} before`).toBeTruthy();
      }
    }
    // What the writes did, as read back.
    const plan = await prisma.plan.findUniqueOrThrow({ where: { id: subjects.admin.plan.id } });
    expect(plan).toMatchObject({ title: "Kế hoạch đã sửa", status: "ARCHIVED", publishedAt: null, theme: null });
    const targets = await prisma.target.findMany({
      where: { indicatorId: subjects.admin.indicator.id },
      orderBy: { position: "asc" },
    });
    expect(targets.map((t) => [t.comparator, t.qualitativeKind])).toEqual([
      ["GT", null],
      ["RANGE", null],
      [null, "ZERO_EVENTS"],
    ]);
    const task = await prisma.task.findUniqueOrThrow({
      where: { id: subjects.vanphong.task.id },
      include: { outputs: true },
    });
    expect(task).toMatchObject({ status: "IN_PROGRESS" });
    expect(task.percentDone?.toString()).toBe("45.5");
    expect(task.outputs.map((o) => o.title)).toEqual(["Đề án"]);
    expect(task.archivedAt).not.toBeNull();
  });

  it("gives a created plan its year's months, quarters, six and nine months and year, Decree-09 windows, not yet open", async () => {
    const created = await run("vanphong", specOf("createPlan"), {
      year: 2029,
      title: "Kế hoạch năm 2029",
      issuer: "UBND phường Tân Hưng",
    });
    const periods = await prisma.reportingPeriod.findMany({
      where: { planId: decodeGlobalID(created.plan.id).id },
      orderBy: [{ startsOn: "asc" }, { endsOn: "asc" }],
    });
    const day = (d: Date) => d.toISOString().slice(0, 10);
    expect(periods).toHaveLength(19);
    expect(periods.every((p) => p.status === "UPCOMING")).toBe(true);
    const months = periods.filter((p) => p.kind === "MONTH");
    expect(months.map((p) => p.label)).toEqual(
      Array.from({ length: 12 }, (_, i) => `Tháng ${String(i + 1).padStart(2, "0")}/2029`),
    );
    const january = months[0];
    expect(january && [day(january.startsOn), day(january.endsOn), day(january.dueOn)]).toEqual([
      "2028-12-15",
      "2029-01-14",
      "2029-01-17",
    ]);
    const others = periods
      .filter((p) => p.kind !== "MONTH")
      .map((p) => `${p.label} ${day(p.startsOn)}–${day(p.endsOn)}`);
    expect(others.sort()).toEqual(
      [
        "Năm 2029 2028-12-15–2029-12-14",
        "9 tháng năm 2029 2028-12-15–2029-09-14",
        "6 tháng đầu năm 2029 2028-12-15–2029-06-14",
        "Quý I/2029 2028-12-15–2029-03-14",
        "Quý II/2029 2029-03-15–2029-06-14",
        "Quý III/2029 2029-06-15–2029-09-14",
        "Quý IV/2029 2029-09-15–2029-12-14",
      ].sort(),
    );
  });

  it("keeps the phasing the office sets on a target, and says which phasing the evaluation uses", async () => {
    const s = await extraPlan(prisma, { year: 2034, status: "DRAFT" });
    const indicatorId = gid("Indicator", s.indicator.id);
    const set = await run("vanphong", specOf("setIndicatorTargets"), {
      indicatorId,
      version: await version(prisma, "indicator", s.indicator.id),
      targets: [
        {
          kind: "QUANTITATIVE",
          comparator: "GT",
          value: "20",
          unit: "cơ sở",
          measure: "COUNT",
          phasing: "QUARTERLY",
          text: "trên 20 cơ sở",
        },
        { kind: "QUANTITATIVE", comparator: "GT", value: "20", unit: "cơ sở", measure: "COUNT", text: "trên 20 cơ sở" },
        { kind: "QUANTITATIVE", comparator: "GT", value: "99", unit: "%", measure: "PERCENT", text: "trên 99%" },
      ],
    });
    expect(set.__typename).toBe("IndicatorPayload");
    const read = await graphql(
      server.url,
      "query($id: ID!) { node(id: $id) { ... on Indicator { targets { text phasing effectivePhasing } } } }",
      { id: indicatorId },
      tokens.vanphong,
    );
    expect(read.body.data.node.targets).toEqual([
      { text: "trên 20 cơ sở", phasing: "QUARTERLY", effectivePhasing: "QUARTERLY" },
      { text: "trên 20 cơ sở", phasing: null, effectivePhasing: "LINEAR" },
      { text: "trên 99%", phasing: null, effectivePhasing: "NONE" },
    ]);
  });

  it("refuses malformed input with field errors in Vietnamese and changes nothing", async () => {
    const s = subjects.checks;
    const long = "x".repeat(10_000);
    const unknownUuid = "01900000-0000-7000-8000-000000000000";
    const before = await snapshot(prisma);
    const cases: [string, Record<string, unknown>, string, string[] | null, string][] = [
      [
        "createPlan",
        { year: 2028, title: "  ", issuer: "UBND" },
        "ValidationError",
        ["input", "title"],
        "Nhập tên kế hoạch.",
      ],
      [
        "createPlan",
        { year: 2028, title: long, issuer: "UBND" },
        "ValidationError",
        ["input", "title"],
        "tối đa 1.000 ký tự",
      ],
      [
        "createPlan",
        { year: 1800, title: "Kế hoạch", issuer: "UBND" },
        "ValidationError",
        ["input", "year"],
        "từ 2000 đến 2100",
      ],
      [
        "updatePlan",
        { id: gid("Task", s.task.id), version: 1, title: "X" },
        "ValidationError",
        ["input", "id"],
        "không phải ID của kế hoạch",
      ],
      [
        "updatePlan",
        { id: "không-phải-id", version: 1 },
        "ValidationError",
        ["input", "id"],
        "không phải ID của kế hoạch",
      ],
      [
        "updatePlan",
        { id: gid("Plan", unknownUuid), version: 1, title: "X" },
        "NotFound",
        null,
        "Không tìm thấy Kế hoạch",
      ],
      ["updatePlan", { id: gid("Plan", s.plan.id), version: 0 }, "ValidationError", ["input", "version"], "Phiên bản"],
      [
        "createIndicator",
        { groupId: gid("IndicatorGroup", unknownUuid), code: "9", name: "Y" },
        "NotFound",
        null,
        "Nhóm chỉ tiêu",
      ],
      [
        "createIndicator",
        { groupId: gid("IndicatorGroup", s.group.id), code: "1", name: "Trùng mã" },
        "ValidationError",
        ["input", "code"],
        "đã có trong kế hoạch",
      ],
      [
        "createIndicator",
        { groupId: gid("IndicatorGroup", s.group.id), code: "", name: long },
        "ValidationError",
        ["input", "code"],
        "Nhập mã chỉ tiêu.",
      ],
      [
        "updateIndicator",
        { id: gid("Indicator", s.indicator.id), version: 1, number: -3 },
        "ValidationError",
        ["input", "number"],
        "từ 1 đến 999",
      ],
      [
        "createTask",
        {
          planId: gid("Plan", s.plan.id),
          areaId: gid("Area", unknownUuid),
          kind: "KEY",
          section: "III",
          code: "z.1",
          title: "T",
          content: "C",
        },
        "NotFound",
        null,
        "Lĩnh vực",
      ],
      [
        "createTask",
        {
          planId: gid("Plan", s.plan.id),
          areaId: gid("Area", unknownUuid),
          kind: "KEY",
          section: "III",
          code: "z.1",
          title: "T",
          content: long,
        },
        "ValidationError",
        ["input", "content"],
        "tối đa 5.000 ký tự",
      ],
      [
        "createTask",
        {
          planId: gid("Plan", s.plan.id),
          areaId: gid("Plan", s.plan.id),
          kind: "KEY",
          section: "III",
          code: "z.1",
          title: "T",
          content: "C",
        },
        "ValidationError",
        ["input", "areaId"],
        "không phải ID của lĩnh vực",
      ],
      [
        "createTask",
        {
          planId: gid("Plan", s.plan.id),
          areaId: gid("Area", unknownUuid),
          kind: "KEY",
          section: "III",
          code: "z.1",
          title: "T",
          content: "C",
          deadline: "1800-01-01",
        },
        "ValidationError",
        ["input", "deadline"],
        "2000–2100",
      ],
      [
        "updateTask",
        { id: gid("Task", s.task.id), version: 1, percentDone: "-5" },
        "ValidationError",
        ["input", "percentDone"],
        "từ 0 đến 100",
      ],
      [
        "updateTask",
        { id: gid("Task", s.task.id), version: 1, percentDone: "150" },
        "ValidationError",
        ["input", "percentDone"],
        "từ 0 đến 100",
      ],
      [
        "updateTask",
        { id: gid("Task", s.task.id), version: 1, title: null },
        "ValidationError",
        ["input", "title"],
        "Tiêu đề nhiệm vụ không được để trống",
      ],
    ];
    for (const [name, input, typename, path, message] of cases) {
      const spec = {
        name,
        payload: name.includes("Task")
          ? ("task" as const)
          : name.includes("Indicator")
            ? ("indicator" as const)
            : ("plan" as const),
      };
      const result = await run("admin", spec, input);
      expect(
        result.__typename,
        `${name} ${JSON.stringify(input).slice(0, 120)}: ${JSON.stringify(result).slice(0, 300)}`,
      ).toBe(typename);
      expect(result.message).toContain(message);
      if (path) expect(result.issues.map((i: { path: string[] }) => i.path)).toContainEqual(path);
    }
    const targetCases: [Record<string, unknown>, string[], string][] = [
      [
        { kind: "QUANTITATIVE", comparator: "RANGE", minValue: "10", maxValue: "5", text: "từ 10 đến 5" },
        ["input", "targets", "0", "maxValue"],
        "giá trị nhỏ nhất nhỏ hơn giá trị lớn nhất",
      ],
      [{ kind: "QUANTITATIVE", value: "10", text: "10" }, ["input", "targets", "0", "comparator"], "cần phép so sánh"],
      [
        { kind: "QUANTITATIVE", comparator: "GT", value: "10", year: 1800, text: "trên 10" },
        ["input", "targets", "0", "year"],
        "Năm từ 1900 đến 2200",
      ],
      [{ kind: "QUANTITATIVE", comparator: "GTE", text: "≥" }, ["input", "targets", "0", "value"], "cần giá trị"],
      [{ kind: "QUALITATIVE", text: "đạt" }, ["input", "targets", "0", "qualitativeKind"], "cần loại"],
      [
        { kind: "QUANTITATIVE", comparator: "LT", value: "5", phasing: "LINEAR", text: "dưới 5" },
        ["input", "targets", "0", "phasing"],
        "chỉ phân kỳ theo tháng, quý",
      ],
      [
        { kind: "QUANTITATIVE", comparator: "GT", value: "1", text: long },
        ["input", "targets", "0", "text"],
        "tối đa 500 ký tự",
      ],
    ];
    // Every invalid field of one input is named at once, so a form can mark them all.
    const several = await run("admin", specOf("updateTask"), {
      id: gid("Task", s.task.id),
      version: 0,
      title: "",
      percentDone: "250",
    });
    expect(several.__typename).toBe("ValidationError");
    expect(several.issues.map((i: { path: string[] }) => i.path.join("."))).toEqual([
      "input.version",
      "input.title",
      "input.percentDone",
    ]);
    for (const [target, path, message] of targetCases) {
      const result = await run("admin", specOf("setIndicatorTargets"), {
        indicatorId: gid("Indicator", s.indicator.id),
        version: 1,
        targets: [target],
      });
      expect(result.__typename, JSON.stringify(result).slice(0, 300)).toBe("ValidationError");
      expect(result.issues.map((i: { path: string[] }) => i.path)).toContainEqual(path);
      expect(result.message).toContain(message);
    }
    expect(await snapshot(prisma)).toBe(before);
  });

  it("creates an indicator with its targets in one write, and neither when a target is wrong", async () => {
    const s = await extraPlan(prisma, { year: 2036, status: "DRAFT" });
    const input = {
      groupId: gid("IndicatorGroup", s.group.id),
      code: "2",
      name: "Tốc độ tăng thu ngân sách",
      targets: [
        { kind: "QUANTITATIVE", comparator: "GT", value: "10", unit: "%", text: "trên 10%" },
        { kind: "QUANTITATIVE", comparator: "RANGE", minValue: "5400", maxValue: "5500", text: "5.400 - 5.500" },
      ],
    };
    const created = await run("vanphong", specOf("createIndicator"), input);
    expect(created.__typename).toBe("IndicatorPayload");
    expect(created.indicator).toMatchObject({
      version: 1,
      targets: [
        { comparator: "GT", value: "10", minValue: null, maxValue: null },
        { comparator: "RANGE", value: null, minValue: "5400", maxValue: "5500" },
      ],
    });
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { name: "indicator.created", entityId: fromGlobal(created.indicator.id) },
    });
    expect(JSON.stringify(audit.after)).toContain("5.400 - 5.500");

    const before = await snapshot(prisma);
    const refused = await run("vanphong", specOf("createIndicator"), {
      ...input,
      code: "3",
      targets: [{ kind: "QUANTITATIVE", comparator: "RANGE", minValue: "10", maxValue: "5", text: "từ 10 đến 5" }],
    });
    expect(refused.__typename).toBe("ValidationError");
    expect(refused.issues.map((i: { path: string[] }) => i.path.join("."))).toEqual(["input.targets.0.maxValue"]);
    expect(await snapshot(prisma)).toBe(before);
  });

  it("refuses to publish a draft and to change the content of an archived plan", async () => {
    const draft = await extraPlan(prisma, { year: 2034, status: "DRAFT" });
    const archived = await extraPlan(prisma, { year: 2035, status: "ARCHIVED" });
    const before = await snapshot(prisma);
    const publish = await run(
      "vanphong",
      { name: "publishPlan", payload: "plan" },
      { id: gid("Plan", draft.plan.id), version: 1 },
    );
    expect(publish).toMatchObject({ __typename: "ValidationError" });
    expect(publish.message).toContain("dự thảo");
    const task = await run(
      "admin",
      { name: "updateTask", payload: "task" },
      { id: gid("Task", archived.task.id), version: 1, title: "Sửa" },
    );
    expect(task).toMatchObject({ __typename: "ValidationError" });
    expect(task.message).toContain("lưu trữ");
    expect(await snapshot(prisma)).toBe(before);
  });

  it("answers a stale version with ConflictError and overwrites nothing", async () => {
    const s = subjects.checks;
    const cases: [string, () => Promise<Record<string, unknown>>, () => Promise<number>][] = [
      [
        "updatePlan",
        async () => ({ id: gid("Plan", s.plan.id), title: "Sửa lần 1" }),
        () => version(prisma, "plan", s.plan.id),
      ],
      [
        "updateIndicator",
        async () => ({ id: gid("Indicator", s.indicator.id), name: "Sửa lần 1" }),
        () => version(prisma, "indicator", s.indicator.id),
      ],
      [
        "setIndicatorTargets",
        async () => ({
          indicatorId: gid("Indicator", s.indicator.id),
          targets: [{ kind: "QUALITATIVE", qualitativeKind: "ACHIEVED", text: "đạt" }],
        }),
        () => version(prisma, "indicator", s.indicator.id),
      ],
      [
        "updateTask",
        async () => ({ id: gid("Task", s.task.id), status: "DONE" }),
        () => version(prisma, "task", s.task.id),
      ],
      ["publishPlan", async () => ({ id: gid("Plan", s.plan.id) }), () => version(prisma, "plan", s.plan.id)],
    ];
    for (const [name, input, current] of cases) {
      const spec = {
        name,
        payload: name.includes("Task")
          ? ("task" as const)
          : name.includes("Indicator")
            ? ("indicator" as const)
            : ("plan" as const),
      };
      const read = await current();
      const first = await run("vanphong", spec, { ...(await input()), version: read });
      expect(first.__typename, `${name}: ${JSON.stringify(first)}`).toMatch(/Payload$/);
      const afterFirst = await snapshot(prisma);
      const stale = await run("admin", spec, { ...(await input()), version: read });
      expect(stale, name).toMatchObject({ __typename: "ConflictError", code: "CONFLICT", currentVersion: read + 1 });
      expect(stale.message).toContain("Tải lại");
      expect(await snapshot(prisma), `${name} overwrote nothing`).toBe(afterFirst);
    }
  });
});

function fromGlobal(id: string): string {
  return Buffer.from(id, "base64").toString().split(":").slice(1).join(":");
}
