// The plan import screen on a stubbed API, with the draft the parser reads from the Tân Hưng plan:
// files refused before upload, the draft beside its numbered source with what could not be read
// first, an item's source lines shown on focus, the corrected draft sent on confirming, and the
// API's field issues shown under the inputs and in a summary without losing what was typed; the
// units tasks name checked against the ward's (new ones shown and listed), each task's lead unit,
// cooperating units and deadline sent, and an indicator and a task the parser missed added.
import { normalizePlanText, type PlanDraftJson, parsePlanDocument, planDraftToJson } from "@kehoach/domain";
import { ConfirmPlanImportDocument, ImportPlanDocumentDocument } from "@kehoach/schema";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { DocumentNode } from "graphql";
import { AdminContext, type DataProvider, Notification } from "react-admin";
import { MemoryRouter, Route, Routes, useLocation } from "react-router-dom";
import { afterEach, describe, expect, it, vi } from "vitest";
import seedPlan from "../../../../prisma/seed/ke-hoach-tan-hung-2026.md?raw";
import type { GraphqlClient } from "../dataProvider/types.ts";
import { createI18nProvider } from "../i18n/index.ts";
import { PlanImportPage } from "./PlanImportPage.tsx";

afterEach(cleanup);

// The seeded plan with a line the parser cannot place and without the signer's name.
const text = seedPlan
  .replace("3. Các chỉ tiêu chủ yếu năm 2026\n", "3. Các chỉ tiêu chủ yếu năm 2026\n\n@@@ bảng số liệu 12345\n")
  .replace("Vũ Công Thảo", "");
const draft = planDraftToJson(parsePlanDocument(text));
const lines = normalizePlanText(text);

type Confirmation = Record<string, unknown>;

function stubClient({
  importResult = { __typename: "ImportPlanDocumentPayload", draft, lines, format: "text", elapsedMs: 12 },
  confirmResults = [] as Confirmation[],
}: {
  importResult?: Record<string, unknown>;
  confirmResults?: Confirmation[];
} = {}) {
  const calls = { uploads: [] as File[], confirmed: [] as PlanDraftJson[] };
  const client = {
    mutation: (document: DocumentNode, variables: Record<string, unknown>) => ({
      toPromise: async () => {
        if (document === ImportPlanDocumentDocument) {
          calls.uploads.push(variables.file as File);
          return { data: { importPlanDocument: importResult } };
        }
        if (document === ConfirmPlanImportDocument) {
          calls.confirmed.push(structuredClone((variables.input as { draft: PlanDraftJson }).draft));
          return { data: { confirmPlanImport: confirmResults.shift() } };
        }
        throw new Error("unexpected document");
      },
    }),
  } as unknown as GraphqlClient;
  return { client, calls };
}

function PlanProbe() {
  return <output data-testid="location">{useLocation().pathname}</output>;
}

/** The ward's units, as the data provider lists them. */
const wardUnits = [
  { id: "VW5pdDox", code: "vp", name: "Văn phòng HĐND và UBND", archived: false },
  { id: "VW5pdDoy", code: "ca", name: "Công an phường", archived: false },
  { id: "VW5pdDoz", code: "vhxh", name: "Phòng Văn hóa - Xã hội", archived: false },
];

function unitsProvider(): DataProvider & { getList: ReturnType<typeof vi.fn> } {
  return {
    getList: vi.fn(async (resource: string) =>
      resource === "units" ? { data: wardUnits, total: wardUnits.length } : { data: [], total: 0 },
    ),
  } as unknown as DataProvider & { getList: ReturnType<typeof vi.fn> };
}

function renderPage(client: GraphqlClient, dataProvider?: DataProvider) {
  const view = render(
    <MemoryRouter initialEntries={["/plan-import"]}>
      <AdminContext i18nProvider={createI18nProvider()} dataProvider={dataProvider}>
        <Routes>
          <Route path="/plan-import" element={<PlanImportPage client={client} />} />
          <Route path="/plans/:id/show" element={<PlanProbe />} />
        </Routes>
        <Notification />
      </AdminContext>
    </MemoryRouter>,
  );
  const choose = (file: File) => {
    const input = view.container.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error("no file input");
    fireEvent.change(input, { target: { files: [file] } });
  };
  return { ...view, choose };
}

const planFile = () => new File([text], "ke-hoach-tan-hung-2026.md", { type: "text/markdown" });

// The review form is large: elements are found by text and selectors rather than by role, which
// Testing Library computes slowly over that many inputs.
async function uploadPlan(client: GraphqlClient, dataProvider?: DataProvider) {
  const page = renderPage(client, dataProvider);
  page.choose(planFile());
  await screen.findByText("Cần kiểm tra trước khi xác nhận", {}, { timeout: 15_000 });
  return page;
}

const problems = () =>
  screen.getByText("Cần kiểm tra trước khi xác nhận").closest<HTMLElement>('[role="region"]') as HTMLElement;

const source = () => document.querySelector<HTMLElement>('section[aria-label="Văn bản gốc"]') as HTMLElement;

const button = (label: string) => screen.getByText(label).closest("button") as HTMLButtonElement;

const confirm = () => fireEvent.click(button("Xác nhận tạo kế hoạch"));

const location = () => document.querySelector('[data-testid="location"]')?.textContent ?? null;

const input = (name: string) => {
  const element = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`);
  if (!element) throw new Error(`no input ${name}`);
  return element;
};

const created = {
  __typename: "ConfirmPlanImportPayload",
  plan: {
    id: "UGxhbjoy",
    year: 2027,
    number: "12/KH-UBND",
    title: "Về phát triển kinh tế - xã hội phường Tân Hưng năm 2027",
    issuer: "Ủy ban nhân dân phường Tân Hưng",
    status: "DRAFT",
    publishedAt: null,
  },
  indicatorCount: 18,
  targetCount: 28,
  taskCount: 32,
  legalBasisCount: 4,
  inferredAssignmentCount: 50,
};

describe("PlanImportPage", () => {
  it("refuses a file of another kind or over 10 MB before uploading it", async () => {
    const { client, calls } = stubClient();
    const page = renderPage(client);
    page.choose(new File(["x"], "anh-chup.png"));
    expect(await screen.findByText(/Tệp “anh-chup.png” không phải .docx, .pdf, .md hay .txt/)).toBeTruthy();
    const large = planFile();
    Object.defineProperty(large, "size", { value: 12.5 * 1024 * 1024 });
    page.choose(large);
    expect(await screen.findByText(/nặng 12,5 MB, quá giới hạn 10 MB/)).toBeTruthy();
    expect(calls.uploads).toHaveLength(0);
  });

  it("shows the API's message when the document cannot be read, and lets another file be chosen", async () => {
    const message = "Tệp rỗng: không có nội dung để đọc.";
    const { client, calls } = stubClient({
      importResult: { __typename: "UnreadableDocument", reason: "EMPTY", code: "UNREADABLE_DOCUMENT", message },
    });
    const page = renderPage(client);
    page.choose(new File([""], "trong.txt"));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.getByText("Không đọc được văn bản")).toBeTruthy();
    expect(screen.getByText("Chọn tệp văn bản")).toBeTruthy();
    expect(calls.uploads[0]?.name).toBe("trong.txt");
  });

  it("shows the draft beside its numbered source, with the parts not found and the unread lines first", async () => {
    const { client } = stubClient();
    await uploadPlan(client);
    expect(within(problems()).getByText(/Không tìm thấy người ký/)).toBeTruthy();
    expect(within(problems()).getByText(/@@@ bảng số liệu 12345/)).toBeTruthy();
    expect(input("header.title").value).toBe(draft.header?.title);
    // Indicators and tasks are listed, each opened to be edited; those the parser was unsure of
    // start open and are marked.
    expect(button("(6) Thu nhập bình quân đầu người").getAttribute("aria-expanded")).toBe("false");
    const task = draft.tasks[0];
    expect(button(`${task?.code}. ${task?.title}`)).toBeTruthy();
    const unsure = draft.indicators.findIndex((indicator) => indicator.confidence < 0.8);
    expect(input(`indicators.${unsure}.name`).value).toBe(draft.indicators[unsure]?.name);
    expect(screen.getAllByText("cần xem lại").length).toBeGreaterThanOrEqual(3);
    expect(within(source()).getByText(lines[44] as string)).toBeTruthy();
    // No raw JSON nor identifiers.
    expect(document.body.textContent).not.toContain("kehoach.plan-draft");
    expect(document.body.textContent).not.toContain("fromLine");
  });

  it("highlights an item's source lines when one of its inputs gets the focus or its line chip is clicked", async () => {
    const { client } = stubClient();
    await uploadPlan(client);
    const highlighted = () => [...source().querySelectorAll('[aria-current="true"]')].map((line) => line.textContent);
    fireEvent.focus(input("header.title"));
    await waitFor(() => expect(highlighted()[0]).toContain("Số: /KH-UBND"));
    fireEvent.click(button("(6) Thu nhập bình quân đầu người"));
    fireEvent.focus(input("header.title"));
    fireEvent.focus(input("indicators.5.name"));
    const evidence = draft.indicators[5]?.evidence;
    await waitFor(() => expect(highlighted()).toHaveLength((evidence?.toLine ?? 0) - (evidence?.fromLine ?? 0) + 1));
    expect(highlighted().join(" ")).toContain("84,9 triệu đồng");

    const unparsed = draft.unparsed[0];
    fireEvent.click(within(problems()).getByText(`Dòng ${unparsed?.fromLine}`));
    await waitFor(() => expect(highlighted()).toEqual([`${unparsed?.fromLine}${unparsed?.text}`]));
  });

  it("sends the corrected draft on confirming, then opens the created plan", async () => {
    const { client, calls } = stubClient({ confirmResults: [created] });
    await uploadPlan(client);
    fireEvent.change(input("header.title"), { target: { value: created.plan.title } });
    fireEvent.change(input("header.number"), { target: { value: "12/KH-UBND" } });
    fireEvent.click(button("(6) Thu nhập bình quân đầu người"));
    fireEvent.change(input("indicators.5.name"), { target: { value: "Thu nhập bình quân đầu người (giá hiện hành)" } });
    confirm();

    await waitFor(() => expect(location()).toBe("/plans/UGxhbjoy/show"), { timeout: 15_000 });
    expect(await screen.findByText(/Đã tạo kế hoạch “Về phát triển .* 18 chỉ tiêu, 32 nhiệm vụ/)).toBeTruthy();
    const sent = calls.confirmed[0];
    expect(sent?.header).toMatchObject({ title: created.plan.title, number: "12/KH-UBND", year: 2026 });
    expect(sent?.indicators[5]?.name).toBe("Thu nhập bình quân đầu người (giá hiện hành)");
    // Everything not edited is sent as read, evidence included.
    expect(sent?.indicators).toHaveLength(18);
    expect(sent?.indicators[0]).toEqual(draft.indicators[0]);
    expect(sent?.tasks).toEqual(draft.tasks);
    expect(sent?.format).toBe("kehoach.plan-draft/1");
  });

  it("shows the API's field issues under their inputs and in a summary, keeping what was typed", async () => {
    const duplicate = "Đã có kế hoạch năm 2026 “Kế hoạch đã có”: không tạo lại.";
    const comparator = "Phép so sánh phải là gt, gte, eq, lte, lt, approx hoặc range.";
    const { client, calls } = stubClient({
      confirmResults: [
        {
          __typename: "ValidationError",
          code: "VALIDATION_FAILED",
          message: "Dữ liệu không hợp lệ: draft.header.title: …",
          issues: [
            { path: ["draft", "header", "title"], message: duplicate },
            { path: ["draft", "indicators", "0", "targets", "0", "comparator"], message: comparator },
          ],
        },
        created,
      ],
    });
    await uploadPlan(client);
    fireEvent.change(input("header.title"), { target: { value: "Kế hoạch đã có" } });
    confirm();

    const alert = (await screen.findByText("Chưa tạo được kế hoạch", {}, { timeout: 15_000 })).closest(
      '[role="alert"]',
    ) as HTMLElement;
    expect(within(alert).getByText("Đầu văn bản")).toBeTruthy();
    expect(within(alert).getByText("Chỉ tiêu, (1), mức 1")).toBeTruthy();
    expect(within(alert).getByText(`: ${comparator}`)).toBeTruthy();
    // Under the inputs too (the refused indicator is opened).
    const titleControl = input("header.title").closest(".MuiFormControl-root") as HTMLElement;
    expect(within(titleControl).getByText(duplicate)).toBeTruthy();
    const comparatorControl = input("indicators.0.targets.0.comparator").closest(".MuiFormControl-root") as HTMLElement;
    expect(within(comparatorControl).getByText(comparator)).toBeTruthy();
    expect(input("header.title").value).toBe("Kế hoạch đã có");
    expect(location()).toBeNull();

    fireEvent.change(input("header.title"), { target: { value: "Kế hoạch mới" } });
    confirm();
    await waitFor(() => expect(location()).toBe("/plans/UGxhbjoy/show"), { timeout: 15_000 });
    expect(calls.confirmed.map((sent) => sent.header?.title)).toEqual(["Kế hoạch đã có", "Kế hoạch mới"]);
  });

  describe("the units a task names", () => {
    // The first tasks as an annex would assign them.
    const named = structuredClone(draft);
    Object.assign(named.tasks[0] ?? {}, {
      lead: "Văn phòng HĐND và UBND phường",
      cooperating: ["Công an phường", "Sở Y tế"],
      deadline: "Thường xuyên",
    });
    Object.assign(named.tasks[1] ?? {}, { lead: "Sở Y tế", cooperating: ["Trung tâm Y tế khu vực"] });
    const importResult = {
      __typename: "ImportPlanDocumentPayload",
      draft: named,
      lines,
      format: "text",
      elapsedMs: 12,
    };
    const task = (index: number) => named.tasks[index] as PlanDraftJson["tasks"][number];
    const openTask = (index: number) => fireEvent.click(button(`${task(index).code}. ${task(index).title}`));
    /** The row of an input: the input, what it designates and its chip. */
    const row = (name: string) => input(name).closest<HTMLElement>(".MuiStack-root") as HTMLElement;
    const summary = "Đơn vị chưa có trong phường — sẽ được tạo khi xác nhận:";

    it("shows no chip beside a name of a ward's unit, “Đơn vị mới” beside one of none, and lists those", async () => {
      const dataProvider = unitsProvider();
      const { client } = stubClient({ importResult });
      await uploadPlan(client, dataProvider);
      expect(await screen.findByText(`${summary} Sở Y tế, Trung tâm Y tế khu vực`)).toBeTruthy();
      // Fetched once, for all the tasks, without archived units.
      expect(dataProvider.getList).toHaveBeenCalledTimes(1);
      expect(dataProvider.getList.mock.calls[0]?.[1]).toMatchObject({ filter: { archived: false } });

      openTask(0);
      expect(input("tasks.0.lead").value).toBe("Văn phòng HĐND và UBND phường");
      expect(within(row("tasks.0.lead")).queryByText("Đơn vị mới")).toBeNull();
      expect(within(row("tasks.0.lead")).getByText("Đơn vị của phường: Văn phòng HĐND và UBND")).toBeTruthy();
      expect(within(row("tasks.0.cooperating.0")).queryByText("Đơn vị mới")).toBeNull();
      expect(within(row("tasks.0.cooperating.1")).getByText("Đơn vị mới")).toBeTruthy();
      expect(input("tasks.0.deadline").value).toBe("Thường xuyên");

      // A name typed in is checked as it is typed.
      fireEvent.change(input("tasks.0.lead"), { target: { value: "Ban Quản lý dự án" } });
      expect(await screen.findByText(`${summary} Ban Quản lý dự án, Sở Y tế, Trung tâm Y tế khu vực`)).toBeTruthy();
      expect(within(row("tasks.0.lead")).getByText("Đơn vị mới")).toBeTruthy();
      fireEvent.change(input("tasks.0.lead"), { target: { value: "Công an phường" } });
      expect(await screen.findByText(`${summary} Sở Y tế, Trung tâm Y tế khu vực`)).toBeTruthy();
      expect(within(row("tasks.0.lead")).queryByText("Đơn vị mới")).toBeNull();
    });

    it("sends the lead unit, cooperating units and deadline typed for a task", async () => {
      const { client, calls } = stubClient({ importResult, confirmResults: [created] });
      await uploadPlan(client, unitsProvider());
      openTask(2);
      fireEvent.change(input("tasks.2.lead"), { target: { value: "Phòng Văn hoá - Xã hội" } });
      const taskItem = input("tasks.2.lead").closest("li") as HTMLElement;
      fireEvent.click(within(taskItem).getByText("Thêm đơn vị phối hợp"));
      fireEvent.change(input("tasks.2.cooperating.0"), { target: { value: "Công an phường" } });
      fireEvent.click(within(taskItem).getByText("Thêm đơn vị phối hợp"));
      fireEvent.change(input("tasks.2.cooperating.1"), { target: { value: "Hội Liên hiệp Phụ nữ phường" } });
      fireEvent.change(input("tasks.2.deadline"), { target: { value: "Quý IV/2026" } });
      // A name no longer wanted is removed.
      openTask(1);
      fireEvent.change(input("tasks.1.lead"), { target: { value: "" } });
      confirm();

      await waitFor(() => expect(location()).toBe("/plans/UGxhbjoy/show"), { timeout: 15_000 });
      const sent = calls.confirmed[0];
      expect(sent?.tasks[2]).toEqual({
        ...task(2),
        lead: "Phòng Văn hoá - Xã hội",
        cooperating: ["Công an phường", "Hội Liên hiệp Phụ nữ phường"],
        deadline: "Quý IV/2026",
      });
      expect(sent?.tasks[1]).toMatchObject({ lead: null, cooperating: ["Trung tâm Y tế khu vực"] });
      expect(sent?.tasks[0]).toEqual(task(0));
    });
  });

  it("adds an indicator and a task the parser missed, sent with what confirming needs", async () => {
    const { client, calls } = stubClient({ confirmResults: [created] });
    await uploadPlan(client, unitsProvider());
    const highlighted = () => source().querySelectorAll('[aria-current="true"]').length;
    const indicators = draft.indicators.length;
    const tasks = draft.tasks.length;

    fireEvent.click(button("Thêm chỉ tiêu"));
    fireEvent.click(button("Thêm nhiệm vụ"));
    // Added items open, headed by their number or code; nothing is confirmed without their words.
    expect(button("(19)").getAttribute("aria-expanded")).toBe("true");
    expect(button("BS.1.").getAttribute("aria-expanded")).toBe("true");
    confirm();
    await waitFor(() => expect(screen.getAllByText("Bắt buộc").length).toBeGreaterThanOrEqual(3));
    expect(calls.confirmed).toHaveLength(0);

    fireEvent.change(input(`indicators.${indicators}.name`), { target: { value: "Tỷ lệ hộ dân dùng nước sạch" } });
    fireEvent.change(input(`tasks.${tasks}.title`), { target: { value: "Rà soát hộ cận nghèo" } });
    fireEvent.change(input(`tasks.${tasks}.content`), { target: { value: "Rà soát hộ cận nghèo cuối năm." } });
    expect(button("BS.1. Rà soát hộ cận nghèo")).toBeTruthy();
    // An added item has no source lines: focusing it shows none.
    fireEvent.focus(input("header.title"));
    await waitFor(() => expect(highlighted()).toBeGreaterThan(0));
    fireEvent.focus(input(`tasks.${tasks}.title`));
    await waitFor(() => expect(highlighted()).toBe(0));
    confirm();

    await waitFor(() => expect(location()).toBe("/plans/UGxhbjoy/show"), { timeout: 15_000 });
    const sent = calls.confirmed[0];
    const last = draft.indicators.at(-1);
    expect(sent?.indicators[indicators]).toEqual({
      number: 19,
      code: "19",
      group: last?.group,
      area: last?.area,
      name: "Tỷ lệ hộ dân dùng nước sạch",
      sourceText: "Tỷ lệ hộ dân dùng nước sạch",
      applicableFromYear: null,
      note: null,
      targets: [],
      subIndicators: [],
    });
    expect(sent?.tasks[tasks]).toEqual({
      code: "BS.1",
      section: "Bổ sung",
      kind: "SPECIFIC",
      area: "GENERAL",
      bullet: null,
      title: "Rà soát hộ cận nghèo",
      content: "Rà soát hộ cận nghèo cuối năm.",
      lead: null,
      cooperating: [],
      deadline: null,
      outputs: [],
    });
    expect(sent?.indicators.slice(0, indicators)).toEqual(draft.indicators);
    expect(sent?.tasks.slice(0, tasks)).toEqual(draft.tasks);
  });
});
