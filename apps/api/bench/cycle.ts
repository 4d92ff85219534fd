// `pnpm bench:cycle`: what the office waits for when it downloads a month's compiled report — the
// figures read through the API, the document built, and for the PDF laid out by LibreOffice — for the
// seeded ward (18 indicators) with every unit's report approved and each task line written. Each
// download is computed afresh (nothing caches the exports); the first PDF, which builds LibreOffice's
// profile, is reported apart. Writes bench/results/cycle.json. Prints numbers; asserts nothing.
import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "@kehoach/db";
import { createEmbeddedTestDatabase, createPostgresTestDatabase } from "@kehoach/db/testing";
import { bumpGeneration } from "../src/cache/writeGeneration.ts";
import { gid, loadFixtures, makeReport, setPeriodStatus } from "../test/report/support.ts";
import { login, startTestServer } from "../test/support/server.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const FORMATS = ["docx", "xlsx", "pdf"] as const;

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const ms = (n: number) => Number(n.toFixed(1));

async function measure(kind: "embedded" | "postgres") {
  const server = await startTestServer(kind === "embedded" ? createEmbeddedTestDatabase : createPostgresTestDatabase);
  try {
    const prisma = server.test.db.prisma;
    const f = await loadFixtures(prisma);
    const november = f.periods.get(11) as { id: string };
    await setPeriodStatus(prisma, november.id, "OPEN");
    const units = await prisma.unit.findMany({ where: { jurisdictionId: f.jurisdictionId }, select: { id: true } });
    const tasks = await prisma.assignment.findMany({
      where: { planId: f.planId, taskId: { not: null } },
      select: { taskId: true, leadUnitId: true },
    });
    for (const unit of units) {
      const taskIds = tasks.filter((t) => t.leadUnitId === unit.id).map((t) => t.taskId as string);
      const report = await makeReport(prisma, f, {
        periodId: november.id,
        unitId: unit.id,
        status: "APPROVED",
        taskIds,
      });
      await prisma.progressReportTaskLine.updateMany({
        where: { reportId: report.id },
        data: {
          results: "Đã hoàn thành các phần việc của tháng theo kế hoạch, bảo đảm tiến độ và chất lượng.",
          difficulties: "Nguồn kinh phí đối ứng còn hạn chế.",
          proposals: "Đề nghị UBND phường bổ sung kinh phí trong quý tới.",
        },
      });
    }
    bumpGeneration();
    const office = await login(server.url, "vanphong");
    const periodId = gid("ReportingPeriod", november.id);
    const download = async (format: string) => {
      const started = performance.now();
      const res = await fetch(`${server.url}/bao-cao/thang/${periodId}.${format}`, {
        headers: { authorization: `Bearer ${office}` },
      });
      const bytes = (await res.arrayBuffer()).byteLength;
      if (res.status !== 200) throw new Error(`${format}: HTTP ${res.status}`);
      return { ms: performance.now() - started, bytes };
    };
    const firstPdf = await download("pdf");
    const result: Record<string, object | number> = {
      units: units.length,
      reportsApproved: units.length,
      firstPdfMs: ms(firstPdf.ms),
    };
    for (const format of FORMATS) {
      await download(format);
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < RUNS; i += 1) {
        const one = await download(format);
        times.push(one.ms);
        bytes = one.bytes;
      }
      times.sort((a, b) => a - b);
      result[format] = { runs: RUNS, p50Ms: ms(quantile(times, 0.5)), maxMs: ms(times.at(-1) ?? 0), bytes };
      console.log(kind, format, JSON.stringify(result[format]));
    }
    console.log(kind, "first PDF (LibreOffice profile built)", `${ms(firstPdf.ms)} ms`);
    return result;
  } finally {
    await server.close();
  }
}

const results = {
  measuredAt: new Date().toISOString(),
  machine: `${(await import("node:os")).cpus().length} cores`,
  embedded: await measure("embedded"),
  postgres: await measure("postgres"),
};
const file = path.join(repoRoot, "bench", "results", "cycle.json");
fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`Đã ghi ${path.relative(repoRoot, file)}`);
