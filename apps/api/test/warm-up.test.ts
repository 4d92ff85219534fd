// The start-up warm-up asks the console's landing-page questions without an error (so it compiles
// what the first leader will ask) and writes nothing.
import { createEmbeddedTestDatabase } from "@kehoach/db/testing";
import { systemClock } from "@kehoach/domain";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/server/app.ts";
import { warmUp } from "../src/server/warmUp.ts";
import { startTestServer, type TestServer } from "./support/server.ts";

describe("warm-up at start", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(createEmbeddedTestDatabase);
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Runs the warm-up on the test's database (`beforeRun` once the app is made); what it logged. */
  async function warmUpLines(beforeRun = () => {}) {
    const lines: { level: number; msg: string }[] = [];
    const logger = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const { apollo, loginLimiter } = await createApp({ db: server.test.db, logger: pino({ level: "silent" }) });
    beforeRun();
    await warmUp(apollo, server.test.db, loginLimiter, logger, systemClock);
    await apollo.stop();
    return lines;
  }

  it("answers the dashboard's questions for the current plan without an error, writing nothing", async () => {
    const audit = await server.test.db.prisma.auditEvent.count();
    const lines = await warmUpLines(() => server.sql.reset());
    expect(lines.filter((line) => line.level >= 40)).toEqual([]);
    expect(lines.map((line) => line.msg)).toContain("Đã chạy thử các câu hỏi của trang tổng quan");
    expect(server.sql.count).toBeGreaterThan(3);
    expect(await server.test.db.prisma.auditEvent.count()).toBe(audit);
  });

  it("asks about a ward's plan, not a newer plan without reporting periods such as a city's own", async () => {
    const prisma = server.test.db.prisma;
    const ward = await prisma.plan.findFirstOrThrow({ where: { status: "ACTIVE" } });
    const cityPlan = await prisma.plan.create({
      data: {
        jurisdictionId: ward.jurisdictionId,
        year: ward.year + 1,
        issuer: "UBND thành phố",
        title: "Kế hoạch của thành phố",
        status: "ACTIVE",
      },
    });
    try {
      expect((await warmUpLines()).filter((line) => line.level >= 40)).toEqual([]);
    } finally {
      await prisma.plan.delete({ where: { id: cityPlan.id } });
    }
  });
});
