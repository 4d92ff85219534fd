// The public page and open data (/cong-khai), on both databases: a citizen without an account sees
// the ward's published plan — indicators with the evaluation of published periods, tasks with their
// progress — and the open data in CSV and JSON; nothing unpublished, no staff name, no unit report.
import type { Prisma } from "@kehoach/db";
import { testDatabaseKinds } from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bumpGeneration } from "../../src/cache/writeGeneration.ts";
import { type Fixtures, loadFixtures, makeReport } from "../report/support.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

describe.each(testDatabaseKinds)("the public page on the $kind database", ({ create }) => {
  let server: TestServer;
  let prisma: Prisma;
  let f: Fixtures;
  const get = async (path: string) => {
    const res = await fetch(`${server.url.replace(/\/graphql$/, "")}${path}`);
    const bytes = Buffer.from(await res.arrayBuffer());
    return { status: res.status, type: res.headers.get("content-type") ?? "", body: bytes.toString("utf8"), bytes };
  };

  beforeAll(async () => {
    server = await startTestServer(create);
    prisma = server.test.db.prisma;
    f = await loadFixtures(prisma);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("lists the ward and shows its plan, indicators and tasks, with no script", async () => {
    const index = await get("/cong-khai");
    expect(index.status).toBe(200);
    expect(index.body).toContain('<a href="/cong-khai/10537">Phường Tân Hưng</a>');
    const plan = await get("/cong-khai/10537");
    expect(plan.status).toBe(200);
    expect(plan.type).toMatch(/^text\/html/);
    expect(plan.body).not.toMatch(/<script/i);
    expect(plan.body).toContain("Thu nhập bình quân đầu người");
    expect(plan.body).toContain("Chỉ tiêu: đạt 84,9 triệu đồng");
    const task = await prisma.task.findFirstOrThrow({ where: { planId: f.planId }, orderBy: { position: "asc" } });
    expect(plan.body).toContain(task.title.replace(/&/g, "&amp;").slice(0, 40));
    expect(plan.body).toContain("chủ trì");
    // Its weight on a phone: one small HTML answer.
    expect(Buffer.byteLength(plan.body)).toBeLessThan(150_000);
  });

  it("shows no person, no unit report and no figure of an unpublished period", async () => {
    const indicator = await prisma.indicator.findFirstOrThrow({ where: { planId: f.planId, code: "10" } });
    const unpublished = await prisma.reportingPeriod.findFirstOrThrow({
      where: { planId: f.planId, publishedAt: null },
    });
    await prisma.measurement.create({
      data: { indicatorId: indicator.id, periodId: unpublished.id, kind: "ESTIMATE", value: "77.7", source: "thử" },
    });
    await makeReport(prisma, f, { periodId: unpublished.id, unitId: f.kt.id, status: "APPROVED" });
    bumpGeneration();
    const page = (await get("/cong-khai/10537")).body;
    const json = (await get("/cong-khai/10537/chi-tieu.json")).body;
    for (const text of [page, json]) {
      expect(text).not.toContain("77,7");
      expect(text).not.toContain("77.7");
      expect(text).not.toContain("Báo cáo thử");
      for (const user of await prisma.user.findMany({ select: { displayName: true, username: true } })) {
        if (user.displayName.length > 12 && !/UBND/.test(user.displayName))
          expect(text).not.toContain(user.displayName);
        expect(text).not.toContain(`"${user.username}"`);
      }
    }
    // Once its period is published, the figure is the public evaluation's.
    await prisma.reportingPeriod.update({ where: { id: unpublished.id }, data: { publishedAt: new Date() } });
    bumpGeneration();
    try {
      const published = JSON.parse((await get("/cong-khai/10537/chi-tieu.json")).body);
      expect(published.indicators.find((i: { code: string }) => i.code === "10").latestValue).toBe(77.7);
    } finally {
      await prisma.reportingPeriod.update({ where: { id: unpublished.id }, data: { publishedAt: null } });
      bumpGeneration();
    }
  });

  it("gives the indicators as open data: CSV with a byte-order mark and JSON with numbers", async () => {
    const csv = await get("/cong-khai/10537/chi-tieu.csv");
    expect(csv.type).toBe("text/csv; charset=utf-8");
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.body.startsWith("\uFEFFMã,Chỉ tiêu,Mục tiêu,Trạng thái,Đánh giá,Số liệu gần nhất,Nhận xét\r\n")).toBe(
      true,
    );
    const json = JSON.parse((await get("/cong-khai/10537/chi-tieu.json")).body);
    expect(json.jurisdiction).toEqual({ code: "10537", name: "Phường Tân Hưng" });
    const codes = json.indicators.map((i: { code: string }) => i.code);
    expect(codes.slice(0, 2)).toEqual(["1", "1.1"]);
    expect(codes).toContain("18");
    expect(csv.body.split("\r\n").length - 2).toBe(codes.length);
  });

  it("stops showing a plan once it is unpublished, and says so in Vietnamese", async () => {
    const before = await prisma.plan.findUniqueOrThrow({ where: { id: f.planId } });
    await prisma.plan.update({ where: { id: f.planId }, data: { publishedAt: null } });
    bumpGeneration();
    try {
      expect((await get("/cong-khai")).body).toContain("Chưa có kế hoạch nào được công bố.");
      const gone = await get("/cong-khai/10537");
      expect(gone.status).toBe(404);
      expect(gone.body).toContain("Không có kế hoạch đã công bố của đơn vị hành chính này.");
      expect((await get("/cong-khai/10537/chi-tieu.json")).status).toBe(404);
    } finally {
      await prisma.plan.update({ where: { id: f.planId }, data: { publishedAt: before.publishedAt } });
      bumpGeneration();
    }
  });
});
