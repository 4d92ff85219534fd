// The compiled monthly report of the ward (issue 13, item 4), on both databases: the office downloads
// it as DOCX and XLSX; the figures are the API's for the same period, the units' results,
// difficulties and proposals are there under their areas, the annexes list who carries out what,
// and nobody who may not read the ward's reports gets it.
import type { Prisma } from "@kehoach/db";
import { testDatabaseKinds } from "@kehoach/db/testing";
import { evaluationStatusLabel } from "@kehoach/domain";
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bumpGeneration } from "../../src/cache/writeGeneration.ts";
import { stopResidentLibreOffice } from "../../src/wardReport/residentLibreOffice.ts";
import { type Fixtures, gid, loadFixtures, makeReport, setPeriodStatus } from "../report/support.ts";
import { graphql, login, startTestServer, type TestServer } from "../support/server.ts";
import { openWithLibreOffice, pdfText } from "./libreOffice.ts";

describe.each(testDatabaseKinds)("the compiled monthly report on the $kind database", ({ create }) => {
  let server: TestServer;
  let prisma: Prisma;
  let f: Fixtures;
  let periodId: string;
  let office: string;
  const download = (file: string, token?: string) =>
    fetch(`${server.url}/bao-cao/thang/${file}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    server = await startTestServer(create);
    prisma = server.test.db.prisma;
    f = await loadFixtures(prisma);
    const november = f.periods.get(11) as { id: string };
    periodId = gid("ReportingPeriod", november.id);
    await setPeriodStatus(prisma, november.id, "OPEN");
    const investment = await prisma.indicator.findFirstOrThrow({ where: { planId: f.planId, code: "3" } });
    for (const [kind, value, periodValue, samePeriodLastYear] of [
      ["ACTUAL", "9.8", "1.2", "8"],
      ["ESTIMATE", "14.5", null, null],
    ] as const) {
      await prisma.measurement.create({
        data: {
          indicatorId: investment.id,
          periodId: november.id,
          kind,
          value,
          periodValue,
          samePeriodLastYear,
          source: "Báo cáo Phòng Kinh tế",
        },
      });
    }
    const report = await makeReport(prisma, f, {
      periodId: november.id,
      unitId: f.kt.id,
      status: "APPROVED",
      taskIds: [f.ktTasks[0] as string],
    });
    await prisma.progressReportTaskLine.updateMany({
      where: { reportId: report.id },
      data: {
        results: "Hoàn thành khảo sát 12 tuyến phố",
        difficulties: "Thiếu kinh phí đối ứng",
        proposals: "Đề nghị bổ sung 200 triệu đồng",
      },
    });
    bumpGeneration();
    office = await login(server.url, "vanphong");
  });
  afterAll(async () => {
    await server?.close();
  });

  it("gives the office a workbook whose figures and evaluations are the API's, with both annexes", async () => {
    const res = await download(`${periodId}.xlsx`, office);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("bao-cao-thang-11-2026-du-thao.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    expect(book.worksheets.map((ws) => ws.name)).toEqual(["Chỉ tiêu", "Phụ lục 01", "Phụ lục 02"]);
    const rows = (book.getWorksheet("Chỉ tiêu") as ExcelJS.Worksheet).getSheetValues() as unknown[][];
    const three = rows.find((row) => row?.[1] === "3") as unknown[];
    // In the period, to date, the year's estimate, the same period last year and the comparison.
    expect(three.slice(4, 9)).toEqual([1.2, 9.8, 14.5, 8, "bằng 122,5% cùng kỳ"]);
    expect(rows[2]?.slice(4, 9)).toEqual([
      "Thực hiện trong kỳ",
      "Lũy kế đến kỳ",
      "Ước cả năm",
      "Cùng kỳ năm trước",
      "So với cùng kỳ",
    ]);

    const api = await graphql(
      server.url,
      `query($id: ID!) { node(id: $id) { ... on Indicator { evaluation(asOfMonth: 11) { status message } } } }`,
      {
        id: gid("Indicator", (await prisma.indicator.findFirstOrThrow({ where: { planId: f.planId, code: "3" } })).id),
      },
      office,
    );
    const evaluation = api.body.data.node.evaluation;
    expect([three[9], three[10]]).toEqual([evaluationStatusLabel(evaluation.status, "vi"), evaluation.message]);

    const annex1 = (book.getWorksheet("Phụ lục 01") as ExcelJS.Worksheet).getSheetValues() as unknown[][];
    expect(annex1.find((row) => row?.[1] === "3")?.[3]).toBe(f.kt.name);
    const annex2 = (book.getWorksheet("Phụ lục 02") as ExcelJS.Worksheet).getSheetValues() as unknown[][];
    expect(annex2.some((row) => typeof row?.[1] === "string" && /^TT/.test(row[1] as string))).toBe(true);
  });

  it("gives a Word document in the administrative layout, with the units' results, difficulties and proposals", async () => {
    const res = await download(`${periodId}.docx`, office);
    expect(res.status).toBe(200);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) });
    for (const expected of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "PHƯỜNG TÂN HƯNG",
      "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh tháng 11 năm 2026 và phương hướng, nhiệm vụ trọng tâm tháng 12 năm 2026",
      "Hoàn thành khảo sát 12 tuyến phố",
      "Thiếu kinh phí đối ứng",
      "Đề nghị bổ sung 200 triệu đồng",
      "9,8",
      "14,5",
      "Cùng kỳ năm trước",
      "bằng 122,5% cùng kỳ",
      "Nơi nhận:",
      "TM. ỦY BAN NHÂN DÂN",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("opens in LibreOffice, the text holding the API's figures", async () => {
    const docx = Buffer.from(await (await download(`${periodId}.docx`, office)).arrayBuffer());
    const text = await openWithLibreOffice(docx, "docx");
    for (const expected of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Hoàn thành khảo sát 12 tuyến phố",
      "9,8",
      "14,5",
      "bằng 122,5% cùng kỳ",
    ]) {
      expect(text).toContain(expected);
    }
    const xlsx = Buffer.from(await (await download(`${periodId}.xlsx`, office)).arrayBuffer());
    const csv = await openWithLibreOffice(xlsx, "xlsx");
    expect(csv).toMatch(/^3,Vốn đầu tư[^\n]*,1\.2,9\.8,14\.5,8,"bằng 122,5% cùng kỳ",/m);
  });

  it("gives a PDF laid out like the Word document, its Vietnamese text intact", async () => {
    const res = await download(`${periodId}.pdf`, office);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe("attachment; filename=bao-cao-thang-11-2026-du-thao.pdf");
    const text = (await pdfText(Buffer.from(await res.arrayBuffer()))).replace(/\s+/g, " ");
    for (const expected of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "PHƯỜNG TÂN HƯNG",
      "Hoàn thành khảo sát 12 tuyến phố",
      "Thiếu kinh phí đối ứng",
      "Vốn đầu tư",
      "9,8",
      "14,5",
      "TM. ỦY BAN NHÂN DÂN",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("once a leader makes it final, it stays as it was after later edits; a retried click answers as the first, anyone else is told it is final", async () => {
    const FINALIZE = `mutation($input: FinalizeWardReportInput!) { finalizeWardReport(input: $input) {
      __typename ... on Error { message } ... on FinalizeWardReportPayload { finalizedAt period { label wardReportFinalizedAt } } } }`;
    const finalize = async (token: string) =>
      (await graphql(server.url, FINALIZE, { input: { periodId } }, token)).body.data.finalizeWardReport;
    const staff = await login(server.url, "kt.canbo");
    expect((await finalize(staff)).__typename).toBe("NotAuthorized");
    expect(await prisma.wardReportSnapshot.count()).toBe(0);

    const leader = await login(server.url, "chutich");
    const PERIOD = `query($id: ID!) { node(id: $id) { ... on ReportingPeriod { wardReportFinalizedAt } } }`;
    const finalizedAt = async () =>
      (await graphql(server.url, PERIOD, { id: periodId }, leader)).body.data.node.wardReportFinalizedAt;
    expect(await finalizedAt()).toBeNull();
    const done = await finalize(leader);
    expect(done).toMatchObject({ __typename: "FinalizeWardReportPayload", period: { label: "Tháng 11/2026" } });
    expect(done.period.wardReportFinalizedAt).toBe(done.finalizedAt);
    expect(await finalizedAt()).toBe(done.finalizedAt);
    expect(await prisma.auditEvent.count({ where: { name: "wardReport.finalized" } })).toBe(1);

    const investment = await prisma.indicator.findFirstOrThrow({ where: { planId: f.planId, code: "3" } });
    await prisma.measurement.updateMany({
      where: { indicatorId: investment.id, kind: "ACTUAL" },
      data: { value: "5.5", samePeriodLastYear: "11" },
    });
    bumpGeneration();
    const res = await download(`${periodId}.xlsx`, office);
    expect(res.headers.get("content-disposition")).toBe("attachment; filename=bao-cao-thang-11-2026.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const rows = (book.getWorksheet("Chỉ tiêu") as ExcelJS.Worksheet).getSheetValues() as unknown[][];
    expect(rows.find((row) => row?.[1] === "3")?.slice(5, 9)).toEqual([9.8, 14.5, 8, "bằng 122,5% cùng kỳ"]);

    const retried = await finalize(leader);
    expect(retried).toEqual(done);
    const again = await finalize(office);
    expect(again.__typename).toBe("ValidationError");
    expect(again.message ?? "").not.toBe("");
    expect(await prisma.wardReportSnapshot.count()).toBe(1);
  });

  it("lets the office publish the final report; citizens then read it on the public page, download it and follow its feed", async () => {
    const { code } = await prisma.jurisdiction.findUniqueOrThrow({ where: { id: f.jurisdictionId } });
    const publicUrl = `${server.url}/cong-khai/${code}`;
    const file = "bao-cao/thang-11-2026.pdf";
    expect(await (await fetch(publicUrl)).text()).toContain("Chưa có báo cáo tháng nào được công bố.");
    expect((await fetch(`${publicUrl}/${file}`)).status).toBe(404);

    const PUBLISH = `mutation($input: PublishWardReportInput!) { publishWardReport(input: $input) {
      __typename ... on Error { message } ... on PublishWardReportPayload { wardReport { publishedAt period { label } } } } }`;
    const publish = async (token: string) =>
      (await graphql(server.url, PUBLISH, { input: { periodId } }, token)).body.data.publishWardReport;
    expect((await publish(await login(server.url, "chutich"))).__typename).toBe("NotAuthorized");
    expect(await prisma.wardReportSnapshot.count({ where: { publishedAt: { not: null } } })).toBe(0);
    const done = await publish(office);
    expect(done).toMatchObject({
      __typename: "PublishWardReportPayload",
      wardReport: { period: { label: "Tháng 11/2026" } },
    });
    expect(await prisma.auditEvent.count({ where: { name: "wardReport.published" } })).toBe(1);
    expect(await publish(office)).toEqual(done);
    expect(await prisma.auditEvent.count({ where: { name: "wardReport.published" } })).toBe(1);

    const page = await (await fetch(publicUrl)).text();
    expect(page).toContain("Báo cáo tháng 11/2026");
    expect(page).toContain(`/cong-khai/${code}/${file}`);
    const pdf = await fetch(`${publicUrl}/${file}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    // The report as it was made final, not the figure edited afterwards (5,5).
    const text = (await pdfText(Buffer.from(await pdf.arrayBuffer()))).replace(/\s+/g, " ");
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toMatch(/Vốn đầu tư.*9,8/);
    expect((await fetch(`${publicUrl}/bao-cao/thang-11-2026.docx`)).status).toBe(200);
    expect((await fetch(`${publicUrl}/bao-cao/thang-10-2026.pdf`)).status).toBe(404);

    const feed = await fetch(`${publicUrl}/bao-cao.atom`);
    expect(feed.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    const atom = await feed.text();
    expect(atom).toContain("<title>Báo cáo tháng 11/2026 — ");
    expect(atom).toContain(`href="${publicUrl}/${file}"`);
    expect(atom.match(/<entry>/g)?.length).toBe(1);
  });

  it("says that the PDF needs LibreOffice on a server without it, and points to the Word file", async () => {
    // The LibreOffice the earlier PDFs left running goes, as on a server that never had one.
    await stopResidentLibreOffice();
    const path = process.env.PATH;
    process.env.PATH = "/nonexistent";
    try {
      const res = await download(`${periodId}.pdf`, office);
      expect(res.status).toBe(503);
      const answer = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(answer.errors[0]?.extensions.code).toBe("PDF_UNAVAILABLE");
      expect(answer.errors[0]?.message).toMatch(/LibreOffice.*\.docx/);
    } finally {
      process.env.PATH = path;
    }
  });

  it("refuses anonymous readers, unknown periods and formats, saying what to do", async () => {
    expect((await download(`${periodId}.docx`)).status).toBe(401);
    const unknown = await download(`${gid("ReportingPeriod", "01a27262-0000-7000-8000-000000000000")}.xlsx`, office);
    expect(unknown.status).toBe(404);
    const answer = (await unknown.json()) as { errors: { message: string }[] };
    expect(answer.errors[0]?.message).toMatch(/^Không tìm thấy kỳ báo cáo tháng/);
    expect((await download(`${periodId}.odt`, office)).status).toBe(404);
  });
});
