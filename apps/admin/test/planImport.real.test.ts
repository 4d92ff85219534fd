// @vitest-environment node
// Importing a plan through the console's own client against the real API: the Tân Hưng plan
// uploaded as a file (multipart, with the CSRF preflight header), its draft corrected for another
// year and confirmed into a plan with the plan's 18 indicators; an empty file refused in words.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmPlanImport, readPlanDocument } from "../src/planImport/planImportApi.ts";
import { reviewedDraftOf } from "../src/planImport/reviewedDraft.ts";
import { type RealApi, startRealApi } from "./support/api.ts";

const seedText = readFileSync(new URL("../../../prisma/seed/ke-hoach-tan-hung-2026.md", import.meta.url), "utf8");

describe("plan import on the real API", () => {
  let api: RealApi;
  beforeAll(async () => {
    api = await startRealApi();
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  it("reads the uploaded Tân Hưng plan and creates, from the corrected draft, a plan of 18 indicators", async () => {
    const client = await api.clientAs("vanphong");
    const read = await readPlanDocument(client, new File([seedText], "ke-hoach-tan-hung-2026.md"));
    if (read.kind !== "draft") throw new Error(read.message);
    expect(read.format).toBe("text");
    expect(read.draft.indicators).toHaveLength(18);
    const evidence = read.draft.indicators[5]?.evidence;
    expect(read.lines[(evidence?.fromLine ?? 0) - 1]).toContain("84,9 triệu đồng");

    // The seeded plan is the 2026 one: the same plan for 2027 is not a duplicate.
    const draft = reviewedDraftOf(read.draft);
    draft.header = {
      ...draft.header,
      year: 2027,
      number: "12/KH-UBND",
      title: draft.header.title?.replace("2026", "2027") ?? null,
    };
    const created = await confirmPlanImport(client, draft);
    if (created.kind !== "created")
      throw new Error(created.issues.map((issue) => issue.message).join(" ") || created.message);
    expect(created).toMatchObject({ indicatorCount: 18, taskCount: 32, legalBasisCount: 4 });
    expect(created.plan).toMatchObject({ year: 2027, number: "12/KH-UBND", status: "DRAFT" });

    const dataProvider = await api.dataProviderAs("vanphong");
    const indicators = await dataProvider.getList("indicators", {
      pagination: { page: 1, perPage: 50 },
      sort: { field: "number", order: "ASC" },
      filter: { planId: created.plan.id },
    });
    expect(indicators.total).toBe(18);
    expect(indicators.data[5]?.name).toBe("Thu nhập bình quân đầu người");

    // Confirming the same draft again is refused, naming the title.
    const again = await confirmPlanImport(client, draft);
    expect(again).toMatchObject({ kind: "refused", issues: [{ path: ["header", "title"] }] });
    expect(again.kind === "refused" && again.issues[0]?.message).toContain("Đã có kế hoạch năm 2027");
  });

  it("answers an empty file with the API's message", async () => {
    const client = await api.clientAs("vanphong");
    const read = await readPlanDocument(client, new File([], "trong.txt"));
    expect(read).toEqual({ kind: "refused", message: "Tệp rỗng: không có nội dung để đọc.", issues: [] });
  });
});
