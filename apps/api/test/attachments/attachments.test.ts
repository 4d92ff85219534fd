// Evidence files (issue 13, item 2) over HTTP on both databases: the unit's staff attach a real PDF,
// PNG and DOCX to their draft's lines and the office to a task output; a renamed program or ZIP, an
// oversize file, another unit's staff and a sent report are refused with nothing stored; readers
// download the very bytes, others get the answer for an unknown file; removal is audited; and the
// files stay with their line when the draft is saved again.
import type { Prisma } from "@kehoach/db";
import { testDatabaseKinds } from "@kehoach/db/testing";
import { MAX_ATTACHMENT_BYTES } from "@kehoach/domain";
import { decodeGlobalID } from "@pothos/plugin-relay";
import { Document, Packer, Paragraph } from "docx";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bumpGeneration } from "../../src/cache/writeGeneration.ts";
import { type Fixtures, gid, loadFixtures, makeReport, mutate, setPeriodStatus, signInAll } from "../report/support.ts";
import { graphql, startTestServer, type TestServer } from "../support/server.ts";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

async function pdfBytes(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([200, 200]).drawText("Bien ban nghiem thu");
  return pdf.save();
}

async function docxBytes(): Promise<Buffer> {
  const document = new Document({ sections: [{ children: [new Paragraph("Báo cáo kết quả thực hiện")] }] });
  return Packer.toBuffer(document);
}

interface Answer {
  data: { attachment: { id: string; fileName: string; contentType: string; size: number } };
  errors: { message: string; extensions: { code: string } }[];
}
const answer = async (res: Response) => (await res.json()) as Answer;

const LINES = /* GraphQL */ `
  query Lines($id: ID!) {
    node(id: $id) {
      ... on ProgressReport {
        indicatorLines { id mayAttach indicator { id } attachments { id fileName contentType size downloadUrl uploadedBy { username } } }
        taskLines { id mayAttach attachments { id fileName } }
      }
    }
  }
`;

const DELETE = /* GraphQL */ `
  mutation Delete($input: DeleteAttachmentInput!) {
    deleteAttachment(input: $input) {
      __typename
      ... on Error { code message }
      ... on DeleteAttachmentPayload { deletedId }
    }
  }
`;

describe.each(testDatabaseKinds)("evidence files on the $kind database", ({ create }) => {
  let server: TestServer;
  let prisma: Prisma;
  let f: Fixtures;
  let tokens: Record<string, string | undefined>;
  let reportId: string;
  let indicatorLine: string;
  let taskLine: string;
  let taskOutput: string;

  const upload = (owner: string, name: string, bytes: Uint8Array, token?: string, type = "application/pdf") => {
    const form = new FormData();
    form.append("owner", owner);
    form.append("file", new Blob([new Uint8Array(bytes)], { type }), name);
    return fetch(`${server.url}/tep-dinh-kem`, {
      method: "POST",
      headers: { "x-requested-with": "test", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: form,
    });
  };
  const download = (url: string, token?: string) =>
    fetch(`${server.url}${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const stored = async () =>
    JSON.stringify([
      await prisma.attachment.count(),
      await prisma.auditEvent.count({ where: { entityType: "Attachment" } }),
    ]);
  const lines = async (token?: string) =>
    (await graphql(server.url, LINES, { id: gid("ProgressReport", reportId) }, token)).body.data?.node;

  beforeAll(async () => {
    server = await startTestServer(create);
    prisma = server.test.db.prisma;
    f = await loadFixtures(prisma);
    tokens = await signInAll(server.url);
    const november = f.periods.get(11) as { id: string };
    await setPeriodStatus(prisma, november.id, "OPEN");
    const report = await makeReport(prisma, f, {
      periodId: november.id,
      unitId: f.kt.id,
      status: "DRAFT",
      taskIds: [f.ktTasks[0] as string],
      indicatorIds: [f.ktIndicators[3] as string],
    });
    reportId = report.id;
    const [iLine, tLine] = await Promise.all([
      prisma.progressReportIndicatorLine.findFirstOrThrow({ where: { reportId } }),
      prisma.progressReportTaskLine.findFirstOrThrow({ where: { reportId } }),
    ]);
    indicatorLine = gid("ProgressReportIndicatorLine", iLine.id);
    taskLine = gid("ProgressReportTaskLine", tLine.id);
    const output = await prisma.taskOutput.create({
      data: { taskId: f.ktTasks[1] as string, kind: "PLAN", title: "Kế hoạch chỉnh trang đô thị", position: 0 },
    });
    taskOutput = gid("TaskOutput", output.id);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("stores a real PDF, PNG and DOCX on the draft's lines, named and typed by their content, audited", async () => {
    const pdf = await pdfBytes();
    const res = await upload(indicatorLine, "Biên bản nghiệm thu.docx", pdf, tokens["kt.canbo"]);
    expect(res.status).toBe(201);
    const { attachment } = (await answer(res)).data;
    // The content is a PDF, whatever the name said.
    expect(attachment).toMatchObject({ fileName: "Biên bản nghiệm thu.pdf", contentType: "application/pdf" });
    expect(attachment.size).toBe(pdf.length);

    expect((await upload(indicatorLine, "anh-hien-truong.png", PNG, tokens["kt.canbo"], "image/png")).status).toBe(201);
    const docx = await docxBytes();
    const word = await upload(taskLine, "Báo cáo.docx", docx, tokens["kt.truongphong"], "application/octet-stream");
    expect(word.status).toBe(201);
    expect((await answer(word)).data.attachment.contentType).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );

    const node = await lines(tokens["kt.canbo"]);
    expect(node.indicatorLines[0].mayAttach).toBe(true);
    expect(node.indicatorLines[0].attachments).toMatchObject([
      { fileName: "Biên bản nghiệm thu.pdf", size: pdf.length, uploadedBy: { username: "kt.canbo" } },
      { fileName: "anh-hien-truong.png", contentType: "image/png" },
    ]);
    expect(node.taskLines[0].attachments).toMatchObject([{ fileName: "Báo cáo.docx" }]);
    // One owner's files, as the console lists them beside the line; nothing for those who do not read it.
    const OF = "query($owner: ID!) { attachmentsOf(owner: $owner) { owner mayAttach files { fileName } } }";
    const of = await graphql(server.url, OF, { owner: indicatorLine }, tokens["kt.truongphong"]);
    expect(of.body.data?.attachmentsOf).toEqual({
      owner: indicatorLine,
      mayAttach: true,
      files: [{ fileName: "Biên bản nghiệm thu.pdf" }, { fileName: "anh-hien-truong.png" }],
    });
    const outsider = await graphql(server.url, OF, { owner: indicatorLine }, tokens["vhxh.canbo"]);
    expect(outsider.body.data?.attachmentsOf).toBeNull();
    const row = await prisma.attachment.findFirstOrThrow({ where: { fileName: "Biên bản nghiệm thu.pdf" } });
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { name: "attachment.added", entityId: row.id } });
    expect(audit).toMatchObject({ entityType: "Attachment", actorUserId: f.users.get("kt.canbo") });
  });

  it("refuses a program or a ZIP renamed .pdf with 415, and nothing is stored", async () => {
    const before = await stored();
    const program = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00"), Buffer.alloc(200)]);
    const exe = await upload(indicatorLine, "bao-cao.pdf", program, tokens["kt.canbo"]);
    expect(exe.status).toBe(415);
    expect((await answer(exe)).errors[0]).toMatchObject({
      message: expect.stringContaining("Tệp bao-cao.pdf là chương trình chạy được"),
      extensions: { code: "UNSUPPORTED_FILE_TYPE" },
    });
    const emptyZip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)]);
    const zip = await upload(indicatorLine, "so-lieu.pdf", emptyZip, tokens["kt.canbo"]);
    expect(zip.status).toBe(415);
    expect((await answer(zip)).errors[0]?.message).toBe(
      "Tệp so-lieu.pdf là tệp ZIP, không phải văn bản Word/Excel. Chỉ nhận PDF, ảnh JPG/PNG/WebP, Word, Excel, PowerPoint, ODT/ODS.",
    );
    expect(await stored()).toBe(before);
  });

  it("cuts off a file over 10 MB with 413, and nothing is stored", async () => {
    const before = await stored();
    const big = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 0x20);
    big.write("%PDF-1.7");
    const res = await upload(indicatorLine, "scan.pdf", big, tokens["kt.canbo"]);
    expect(res.status).toBe(413);
    expect((await answer(res)).errors[0]).toMatchObject({
      message: expect.stringContaining("Tệp scan.pdf nặng hơn giới hạn 10 MB"),
      extensions: { code: "FILE_TOO_LARGE" },
    });
    expect(await stored()).toBe(before);
  });

  it("refuses anonymous uploads, another unit's staff, and a form without the anti-forgery header", async () => {
    const before = await stored();
    const pdf = await pdfBytes();
    expect((await upload(indicatorLine, "a.pdf", pdf)).status).toBe(401);
    // vhxh does not read kt's draft: the same answer as for an unknown line.
    const other = await upload(indicatorLine, "a.pdf", pdf, tokens["vhxh.canbo"]);
    expect(other.status).toBe(404);
    const unknown = await upload(gid("ProgressReportIndicatorLine", f.planId), "a.pdf", pdf, tokens["kt.canbo"]);
    expect(unknown.status).toBe(404);
    // vhxh reads the plan, so it sees kt's task output, but may not attach to it.
    const output = await upload(taskOutput, "a.pdf", pdf, tokens["vhxh.canbo"]);
    expect(output.status).toBe(403);
    expect((await answer(output)).errors[0]?.message).toContain("đơn vị chủ trì");
    const form = new FormData();
    form.append("owner", indicatorLine);
    form.append("file", new Blob([new Uint8Array(pdf)]), "a.pdf");
    const forged = await fetch(`${server.url}/tep-dinh-kem`, {
      method: "POST",
      headers: { authorization: `Bearer ${tokens["kt.canbo"]}` },
      body: form,
    });
    expect(forged.status).toBe(400);
    expect(await stored()).toBe(before);
  });

  it("lets the office and the lead unit attach to a task output", async () => {
    const res = await upload(taskOutput, "Kế hoạch 12-KH.pdf", await pdfBytes(), tokens.vanphong);
    expect(res.status).toBe(201);
    expect((await upload(taskOutput, "anh.png", PNG, tokens["kt.canbo"])).status).toBe(201);
  });

  it("keeps a task output's files when the office edits the task's outputs", async () => {
    const task = await prisma.task.findUniqueOrThrow({ where: { id: f.ktTasks[1] as string } });
    const UPDATE = `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { __typename
      ... on Error { message } ... on TaskPayload { task { outputs { title attachments { fileName } mayAttach } } } } }`;
    const input = {
      id: gid("Task", task.id),
      version: task.version,
      outputs: [
        { kind: "REPORT", title: "Báo cáo sơ kết" },
        { kind: "PLAN", title: "Kế hoạch chỉnh trang đô thị năm 2026" },
      ],
    };
    const res = await graphql(server.url, UPDATE, { input }, tokens.vanphong);
    expect(res.body.data?.updateTask.task.outputs).toEqual([
      { title: "Báo cáo sơ kết", attachments: [], mayAttach: true },
      {
        title: "Kế hoạch chỉnh trang đô thị năm 2026",
        attachments: [{ fileName: "Kế hoạch 12-KH.pdf" }, { fileName: "anh.png" }],
        mayAttach: true,
      },
    ]);
  });

  it("gives readers the very bytes, as a download of the sniffed type, and others nothing", async () => {
    const [file] = (await lines(tokens["kt.canbo"])).indicatorLines[0].attachments;
    const row = await prisma.attachment.findUniqueOrThrow({ where: { id: decodeGlobalID(file.id).id } });
    const res = await download(file.downloadUrl, tokens["kt.truongphong"]);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename=.*filename\*=UTF-8''Bi%C3%AAn/);
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(row.content))).toBe(true);

    expect((await download(file.downloadUrl, tokens["vhxh.canbo"])).status).toBe(404);
    expect((await download(file.downloadUrl, tokens.vanphong)).status).toBe(404); // a draft stays with the unit
    expect((await download(file.downloadUrl)).status).toBe(401);
    expect((await download("/tep-dinh-kem/khong-co", tokens["kt.canbo"])).status).toBe(404);
  });

  it("keeps the files with their line when the draft is saved again", async () => {
    const before = await lines(tokens["kt.canbo"]);
    const saved = await mutate(
      server.url,
      "saveReportDraft",
      {
        periodId: gid("ReportingPeriod", f.periods.get(11)?.id as string),
        unitId: gid("Unit", f.kt.id),
        version: 1,
        taskLines: [{ taskId: gid("Task", f.ktTasks[0] as string), status: "IN_PROGRESS", percentDone: 50 }],
        indicatorLines: [{ indicatorId: before.indicatorLines[0].indicator.id, valueToDate: "45" }],
      },
      tokens["kt.canbo"],
    );
    expect(saved.__typename).toBe("SaveReportDraftPayload");
    const after = await lines(tokens["kt.canbo"]);
    expect(after.indicatorLines[0].id).toBe(before.indicatorLines[0].id);
    expect(after.indicatorLines[0].attachments).toEqual(before.indicatorLines[0].attachments);
    indicatorLine = gid("ProgressReportIndicatorLine", after.indicatorLines[0].id);
  });

  it("deletes a file by the same rule, audited, and it is gone for everyone", async () => {
    const [file] = (await lines(tokens["kt.canbo"])).indicatorLines[0].attachments;
    const denied = await graphql(server.url, DELETE, { input: { id: file.id } }, tokens["vhxh.canbo"]);
    expect(denied.body.data?.deleteAttachment).toMatchObject({ __typename: "NotFound" });
    const res = await graphql(server.url, DELETE, { input: { id: file.id } }, tokens["kt.canbo"]);
    expect(res.body.data?.deleteAttachment).toEqual({ __typename: "DeleteAttachmentPayload", deletedId: file.id });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { name: "attachment.deleted" } });
    expect(audit.before).toMatchObject({ fileName: file.fileName, contentType: "application/pdf" });
    expect((await lines(tokens["kt.canbo"])).indicatorLines[0].attachments).toHaveLength(1);
    expect((await download(file.downloadUrl, tokens["kt.canbo"])).status).toBe(404);
  });

  it("keeps a sent report's files as they were sent", async () => {
    await prisma.progressReport.update({ where: { id: reportId }, data: { status: "SUBMITTED" } });
    bumpGeneration();
    const before = await stored();
    const res = await upload(indicatorLine, "muon.pdf", await pdfBytes(), tokens["kt.canbo"]);
    expect(res.status).toBe(403);
    expect((await answer(res)).errors[0]?.message).toContain("Báo cáo đã gửi");
    const [file] = (await lines(tokens.vanphong)).indicatorLines[0].attachments;
    expect((await lines(tokens["kt.canbo"])).indicatorLines[0].mayAttach).toBe(false);
    const refused = await graphql(server.url, DELETE, { input: { id: file.id } }, tokens["kt.canbo"]);
    expect(refused.body.data?.deleteAttachment).toMatchObject({ __typename: "NotAuthorized" });
    // The office reads the sent report and its files, but does not change them.
    expect((await download(file.downloadUrl, tokens.vanphong)).status).toBe(200);
    const office = await graphql(server.url, DELETE, { input: { id: file.id } }, tokens.vanphong);
    expect(office.body.data?.deleteAttachment).toMatchObject({ __typename: "NotAuthorized" });
    expect(await stored()).toBe(before);
  });
});
