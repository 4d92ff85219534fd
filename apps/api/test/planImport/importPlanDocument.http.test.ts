// importPlanDocument / confirmPlanImport over HTTP: an office user uploads the plan (multipart),
// reviews the draft, confirms it; the new plan holds what the seed holds. Bad uploads and refused
// confirmations change nothing.
import fs from "node:fs";
import { createEmbeddedTestDatabase } from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, login, startTestServer, type TestServer } from "../support/server.ts";

const seedText = fs.readFileSync(new URL("../../../../prisma/seed/ke-hoach-tan-hung-2026.md", import.meta.url), "utf8");

const IMPORT = /* GraphQL */ `
  mutation($file: Upload!) {
    importPlanDocument(file: $file) {
      __typename
      ... on ImportPlanDocumentPayload { format lines draft elapsedMs }
      ... on UnreadableDocument { reason message }
      ... on Error { code message }
    }
  }`;

const CONFIRM = /* GraphQL */ `
  mutation($input: ConfirmPlanImportInput!) {
    confirmPlanImport(input: $input) {
      __typename
      ... on ConfirmPlanImportPayload {
        plan { id title status publishedAt }
        indicatorCount targetCount taskCount legalBasisCount inferredAssignmentCount
      }
      ... on ValidationError { issues { path message } }
      ... on Error { code message }
    }
  }`;

async function upload(url: string, token: string, content: Uint8Array | string, name: string, preflight = true) {
  const form = new FormData();
  form.append("operations", JSON.stringify({ query: IMPORT, variables: { file: null } }));
  form.append("map", JSON.stringify({ 0: ["variables.file"] }));
  form.append("0", new Blob([content]), name);
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, ...(preflight ? { "apollo-require-preflight": "true" } : {}) },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as any };
}

describe("importing a plan document", () => {
  let server: TestServer;
  let office: string;
  const planCount = () => server.test.db.prisma.plan.count();

  beforeAll(async () => {
    server = await startTestServer(createEmbeddedTestDatabase);
    office = await login(server.url, "vanphong");
  });
  afterAll(async () => {
    await server?.close();
  });

  it("reads the uploaded plan into a draft with its source lines, writing nothing", async () => {
    const before = await planCount();
    const { body } = await upload(server.url, office, seedText, "ke-hoach.md");
    const result = body.data.importPlanDocument;
    expect(result.__typename).toBe("ImportPlanDocumentPayload");
    expect(result.format).toBe("text");
    expect(result.draft.indicators).toHaveLength(18);
    expect(result.draft.indicators[0].targets[0]).toMatchObject({ comparator: "gt", value: 10, unit: "%" });
    const evidence = result.draft.indicators[5].evidence;
    expect(result.lines[evidence.fromLine - 1]).toContain("84,9 triệu đồng");
    expect(await planCount()).toBe(before);
  });

  it("confirms a reviewed draft into a plan holding the seed's indicators, targets, tasks and legal bases", async () => {
    const { body } = await upload(server.url, office, seedText, "ke-hoach.md");
    const draft = body.data.importPlanDocument.draft;
    draft.header.title = `${draft.header.title} (nhập thử)`;
    const confirmed = (await graphql(server.url, CONFIRM, { input: { draft } }, office)).body.data.confirmPlanImport;
    expect(confirmed.__typename).toBe("ConfirmPlanImportPayload");
    expect(confirmed).toMatchObject({ indicatorCount: 18, targetCount: 28, taskCount: 32, legalBasisCount: 4 });
    expect(confirmed.plan).toMatchObject({ status: "DRAFT", publishedAt: null });
    expect(confirmed.inferredAssignmentCount).toBe(50);

    const prisma = server.test.db.prisma;
    // The months of its year to report on, as a plan created by hand gets.
    expect(await prisma.reportingPeriod.count({ where: { planId: idOf(confirmed.plan.id), kind: "MONTH" } })).toBe(12);
    const targetsOf = async (title: string) =>
      (
        await prisma.target.findMany({
          where: { indicator: { plan: { title } } },
          orderBy: [{ indicator: { code: "asc" } }, { position: "asc" }],
          select: {
            indicator: { select: { code: true } },
            comparator: true,
            value: true,
            unit: true,
            basis: true,
            direction: true,
            text: true,
          },
        })
      ).map((t) => ({ ...t, value: t.value?.toString() ?? null }));
    const seeded = await prisma.plan.findFirstOrThrow({ where: { year: 2026, NOT: { id: idOf(confirmed.plan.id) } } });
    expect(await targetsOf(draft.header.title)).toEqual(await targetsOf(seeded.title));
    const tasksOf = (planId: string) =>
      prisma.task.findMany({
        where: { planId },
        orderBy: { code: "asc" },
        select: { code: true, content: true, kind: true },
      });
    expect(await tasksOf(idOf(confirmed.plan.id))).toEqual(await tasksOf(seeded.id));
    // Cooperating units from section IV: the bodies asked to "tuyên truyền" there, for a task about it.
    const assignmentOf = (code: string) =>
      prisma.assignment.findFirstOrThrow({
        where: { task: { planId: idOf(confirmed.plan.id), code } },
        select: {
          inferred: true,
          inferenceNote: true,
          leadUnit: { select: { name: true } },
          cooperatingUnits: { orderBy: { position: "asc" }, select: { unit: { select: { name: true } } } },
        },
      });
    const outreach = await assignmentOf("b.7");
    expect(outreach.inferred).toBe(true);
    expect(outreach.cooperatingUnits.map((c) => c.unit.name)).toEqual([
      "Trung tâm Dịch vụ sự nghiệp công",
      "Ủy ban MTTQ Việt Nam phường",
    ]);
    expect(outreach.inferenceNote).toContain(
      "phối hợp theo mục Tổ chức thực hiện: Trung tâm Dịch vụ sự nghiệp công (tuyên truyền)",
    );
    const other = await assignmentOf("d.AN.4");
    expect(other.cooperatingUnits).toEqual([]);
    expect(other.inferenceNote).toBe(
      `Suy luận khi nhập văn bản: ${other.leadUnit.name} chủ trì theo lĩnh vực của mục.`,
    );
    const events = await prisma.auditEvent.findMany({ where: { name: "plan.imported" } });
    expect(events).toHaveLength(1);
  });

  it("refuses to create the same plan twice, and creates nothing", async () => {
    const { body } = await upload(server.url, office, seedText, "ke-hoach.md");
    const before = await planCount();
    const refused = (
      await graphql(server.url, CONFIRM, { input: { draft: body.data.importPlanDocument.draft } }, office)
    ).body.data.confirmPlanImport;
    expect(refused.__typename).toBe("ValidationError");
    expect(refused.issues[0].message).toContain("Đã có kế hoạch năm 2026");
    expect(await planCount()).toBe(before);
  });

  it("names the field to fix in a corrected draft that is invalid", async () => {
    const { body } = await upload(server.url, office, seedText, "ke-hoach.md");
    const draft = body.data.importPlanDocument.draft;
    draft.header.title = "Kế hoạch khác";
    draft.indicators[0].targets[0].comparator = "nhiều hơn";
    const refused = (await graphql(server.url, CONFIRM, { input: { draft } }, office)).body.data.confirmPlanImport;
    expect(refused.__typename).toBe("ValidationError");
    expect(refused.issues[0].path).toEqual(["draft", "indicators", "0", "targets", "0", "comparator"]);
  });

  it("gives a task the lead and cooperating units the plan names, creating those the ward lacks, and reads its deadline and a target's year", async () => {
    const { body } = await upload(server.url, office, seedText, "ke-hoach.md");
    const draft = body.data.importPlanDocument.draft;
    draft.header.year = 2027;
    draft.header.title = "Kế hoạch thử năm 2027";
    Object.assign(draft.tasks[0], {
      lead: "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường",
      cooperating: ["Sở Y tế", "Các sở, ban, ngành có liên quan", "Công an phường"],
      deadline: "Quý II/2027",
    });
    Object.assign(draft.tasks[1], { lead: "Ban Quản lý chợ Tân Hưng", cooperating: [], deadline: "Thường xuyên" });
    draft.indicators[0].targets[0].year = 2030;
    const unitsBefore = await server.test.db.prisma.unit.count();
    const confirmed = (
      await graphql(
        server.url,
        `mutation($input: ConfirmPlanImportInput!) { confirmPlanImport(input: $input) {
          __typename ... on ConfirmPlanImportPayload { plan { id } newUnits { code name kind } } } }`,
        { input: { draft } },
        office,
      )
    ).body.data.confirmPlanImport;
    expect(confirmed.__typename).toBe("ConfirmPlanImportPayload");
    expect(confirmed.newUnits).toEqual([
      { code: "bqlcth", name: "Ban Quản lý chợ Tân Hưng", kind: "OTHER" },
      { code: "syt", name: "Sở Y tế", kind: "OTHER" },
    ]);
    expect(await server.test.db.prisma.unit.count()).toBe(unitsBefore + 2);
    const prisma = server.test.db.prisma;
    const { id: planId } = await prisma.plan.findFirstOrThrow({ where: { year: 2027 } });
    const first = await prisma.task.findFirstOrThrow({
      where: { planId, code: draft.tasks[0].code },
      include: { assignment: { include: { leadUnit: true, cooperatingUnits: { include: { unit: true } } } } },
    });
    expect(first.deadline?.toISOString().slice(0, 10)).toBe("2027-06-30");
    expect(first.recurrence).toBe("ONCE");
    expect(first.assignment?.leadUnit.name).toBe("Văn phòng HĐND và UBND");
    expect(first.assignment?.cooperatingUnits.map((c) => c.unit.name)).toEqual(["Sở Y tế", "Công an phường"]);
    expect(first.assignment?.inferenceNote).toContain("Theo văn bản");
    const firstTarget = await prisma.target.findFirstOrThrow({
      where: { indicator: { planId, code: draft.indicators[0].code } },
      orderBy: { position: "asc" },
    });
    expect(firstTarget.year).toBe(2030);
    const second = await prisma.task.findFirstOrThrow({ where: { planId, code: draft.tasks[1].code } });
    expect([second.deadline, second.recurrence]).toEqual([null, "ONGOING"]);
    const audited = await prisma.auditEvent.findMany({ where: { name: "unit.created", entityType: "Unit" } });
    expect(audited.map((e) => (e.after as { name: string }).name).sort()).toEqual([
      "Ban Quản lý chợ Tân Hưng",
      "Sở Y tế",
    ]);
  });

  it("refuses a quantitative target without a comparator, as createIndicator does, and creates nothing", async () => {
    const { body } = await upload(server.url, office, seedText, "ke-hoach.md");
    const draft = body.data.importPlanDocument.draft;
    draft.header.title = "Kế hoạch khác";
    draft.indicators[0].targets[0].comparator = null;
    const before = await planCount();
    const refused = (await graphql(server.url, CONFIRM, { input: { draft } }, office)).body.data.confirmPlanImport;
    expect(refused.__typename).toBe("ValidationError");
    expect(refused.issues[0].path).toEqual(["draft", "indicators", "0", "targets", "0", "comparator"]);
    expect(refused.issues[0].message).toContain("cần phép so sánh");
    expect(await planCount()).toBe(before);
  });

  it("refuses an image renamed to .docx with a message that says what to upload", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const { body } = await upload(server.url, office, png, "ke-hoach.docx");
    expect(body.data.importPlanDocument).toMatchObject({ __typename: "UnreadableDocument", reason: "IMAGE" });
  });

  it("refuses a leader (NotAuthorized) and a multipart request without the CSRF preflight header", async () => {
    const leader = await login(server.url, "chutich");
    const { body } = await upload(server.url, leader, seedText, "ke-hoach.md");
    expect(body.data.importPlanDocument.__typename).toBe("NotAuthorized");
    const csrf = await upload(server.url, office, seedText, "ke-hoach.md", false);
    expect(csrf.status).toBe(400);
  });
});

function idOf(globalId: string): string {
  return Buffer.from(globalId, "base64").toString("utf8").split(":")[1] as string;
}
