// The indicator screen as a user reads it: the evaluation in Vietnamese figures (84,9 triệu đồng),
// the progress bar, the status in words, the explanation in the console's language, a composite's
// figures month by month for each part, the assignment with its "Suy luận" badge; the edit and
// archive buttons only for the office.
import {
  IndicatorDocument,
  type IndicatorFieldsFragment,
  type IndicatorQuery,
  PlanIndicatorsDocument,
  type PlanIndicatorsQuery,
  PlansDocument,
  PlanTasksDocument,
} from "@kehoach/schema";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import {
  Admin,
  AdminContext,
  type DataProvider,
  type GetOneParams,
  LocalesMenuButton,
  Resource,
  ResourceContextProvider,
  TestMemoryRouter,
} from "react-admin";
import { MemoryRouter, Route, Routes, useLocation } from "react-router-dom";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { answer, later, page, stubClient } from "../../test/support/stubClient.ts";
import { targetFields } from "../../test/support/targetFields.ts";
import type { Permissions } from "../auth/permissions.ts";
import { createDataProvider } from "../dataProvider/index.ts";
import { createI18nProvider } from "../i18n/index.ts";
import IndicatorList from "./IndicatorList.tsx";
import IndicatorShow from "./IndicatorShow.tsx";

const area = { id: "a1", code: "ECONOMY", name: "Kinh tế, hạ tầng và đô thị", nameEn: "Economy" };
const evaluation = {
  status: "AT_RISK",
  progress: 0.962,
  latestValue: 81.7,
  expectedValue: 84.9,
  message: "Ước thực hiện 81,7 triệu đồng, thấp hơn mục tiêu 84,9 triệu đồng.",
  asOfMonth: 6,
  yearClosed: false,
  parts: [],
};
const indicator6 = {
  id: "SW5kaWNhdG9yOjY=",
  planId: "UGxhbjox",
  groupId: "g1",
  areaId: "a1",
  code: "6",
  number: 6,
  name: "Thu nhập bình quân đầu người",
  sourceText: "(6) Thu nhập bình quân đầu người đạt 84,9 triệu đồng.",
  applicableFromYear: null,
  note: null,
  version: 3,
  position: 6,
  plan: { id: "UGxhbjox" },
  contributesTo: null,
  contributionRule: null,
  contributionWeight: null,
  contributionCandidates: [],
  parent: null,
  group: { id: "g1", code: "a", title: "Về phát triển kinh tế", area },
  area,
  targets: [targetFields({ value: "84.900000" })],
  evaluation,
  evaluationStatus: "AT_RISK",
  measurements: [],
  subIndicators: [],
  assignment: {
    id: "as1",
    inferred: true,
    inferenceNote: null,
    leadUnit: { id: "u1", name: "Phòng Kinh tế, Hạ tầng và Đô thị" },
    cooperatingUnits: [{ id: "u2", name: "Chi cục Thống kê" }],
    leader: { id: "l1", displayName: "Nguyễn Văn A", title: "Phó Chủ tịch UBND phường" },
  },
};

/** Stands in for the create form: shows the record it would start from. */
function CreateState() {
  return <pre data-testid="create-state">{JSON.stringify(useLocation().state?.record)}</pre>;
}

/** A component indicator of (14) with its first target and monthly figures. */
function part(
  code: string,
  name: string,
  target: Parameters<typeof targetFields>[0],
  measurements: ReturnType<typeof figureOf>[],
) {
  return {
    id: `sub-${code}`,
    code,
    number: null,
    name,
    version: 1,
    targets: [targetFields({ id: `t-${code}`, ...target })],
    measurements,
  };
}

function figureOf(
  month: number,
  kind: "ACTUAL" | "ESTIMATE",
  figures: { value?: string; achieved?: boolean; eventCount?: number },
) {
  return {
    id: `m-${month}-${kind}-${JSON.stringify(figures)}`,
    kind,
    value: figures.value ?? null,
    achieved: figures.achieved ?? null,
    eventCount: figures.eventCount ?? null,
    period: { id: `p${month}`, kind: "MONTH", number: month, year: 2026, label: `Tháng ${month}/2026` },
  };
}

const percent = { unit: "%", measure: "PERCENT" as const };
/** (14) as a composite: a percentage, a yes/no and, as an office may add, a part that counts events. */
const indicator14 = {
  ...indicator6,
  id: "SW5kaWNhdG9yOjE0",
  code: "14",
  number: 14,
  name: "Văn hóa, xã hội",
  sourceText: "(14) …",
  targets: [],
  measurements: [],
  evaluation: { ...evaluation, status: "ON_TRACK", latestValue: null, expectedValue: null, message: "3 thành phần" },
  subIndicators: [
    part("14.1", "Tỷ lệ gia đình đạt gia đình văn hóa", { ...percent, comparator: "GT", value: "97" }, [
      figureOf(5, "ACTUAL", { value: "96.8" }),
      figureOf(6, "ACTUAL", { value: "97.5" }),
      figureOf(6, "ESTIMATE", { value: "98" }),
    ]),
    part("14.3", "Tổ chức tốt các hoạt động văn hóa, thể thao", { kind: "QUALITATIVE", qualitativeKind: "ACHIEVED" }, [
      figureOf(5, "ACTUAL", { achieved: false }),
      figureOf(6, "ACTUAL", { achieved: true }),
    ]),
    part(
      "14.5",
      "Vụ việc gây mất trật tự tại các điểm sinh hoạt văn hóa",
      {
        kind: "QUALITATIVE",
        qualitativeKind: "ZERO_EVENTS",
      },
      [figureOf(6, "ACTUAL", { eventCount: 2 })],
    ),
  ],
};
/** (1): a target of its own (the headline) besides its three sectors. */
const indicator1 = {
  ...indicator14,
  id: "SW5kaWNhdG9yOjE=",
  code: "1",
  number: 1,
  name: "Tổng giá trị sản phẩm",
  targets: [targetFields({ id: "t1", ...percent, comparator: "GT", value: "10", basis: "AVERAGE_ANNUAL_CHANGE" })],
  measurements: [figureOf(6, "ESTIMATE", { value: "10.5" })],
  subIndicators: [
    part("1.1", "Công nghiệp - xây dựng", { ...percent, comparator: "GTE", value: "12" }, [
      figureOf(6, "ESTIMATE", { value: "12.5" }),
    ]),
  ],
};

const ENGLISH_MESSAGE = "Year-end estimate 81.7 million VND against a target of 84.9 million VND: at risk";

/** Answers with the explanation in the language the screen asks for, as the API does. */
const getOne = vi.fn(async (_resource: string, params: GetOneParams) => {
  const found = [indicator6, indicator14, indicator1].find((i) => i.id === params.id) ?? indicator6;
  if (params.meta?.locale !== "en") return { data: found };
  return { data: { ...found, evaluation: { ...found.evaluation, message: ENGLISH_MESSAGE } } };
});
const dataProvider = { getOne } as unknown as DataProvider;

function renderAs(roles: Permissions["roles"], id = indicator6.id) {
  const permissions: Permissions = {
    userId: "u",
    username: "u",
    roles,
    unitId: null,
    unitName: null,
    unitKind: null,
    jurisdictionKind: "WARD",
  };
  const authProvider = {
    login: async () => undefined,
    logout: async () => undefined,
    checkAuth: async () => undefined,
    checkError: async () => undefined,
    getPermissions: vi.fn(async () => permissions),
  };
  render(
    <TestMemoryRouter initialEntries={[`/indicators/${id}/show`]}>
      <AdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={createI18nProvider()}>
        <LocalesMenuButton />
        <ResourceContextProvider value="indicators">
          <Routes>
            <Route path="/indicators/:id/show" element={<IndicatorShow />} />
            <Route path="/indicators/create" element={<CreateState />} />
          </Routes>
        </ResourceContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
  return authProvider;
}

/** Lets the permissions, read asynchronously, reach the screen. */
async function permissionsSettled(authProvider: { getPermissions: ReturnType<typeof vi.fn> }) {
  await vi.waitFor(() => expect(authProvider.getPermissions).toHaveBeenCalled());
  await new Promise((resolve) => setTimeout(resolve, 200));
}

afterEach(cleanup);

beforeAll(() => {
  // jsdom has no ResizeObserver; recharts' responsive chart asks for one.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

describe("IndicatorShow", () => {
  it("shows the evaluation in Vietnamese figures with a progress bar", async () => {
    renderAs(["OFFICE"]);
    expect(await screen.findByText("84,9 triệu đồng")).toBeTruthy();
    expect(screen.getByText("81,7 triệu đồng")).toBeTruthy();
    expect(screen.getByText("Có nguy cơ không đạt")).toBeTruthy();
    expect(screen.getByText("Tính đến tháng 6")).toBeTruthy();
    const bar = screen.getByRole("progressbar", { name: "Mức hoàn thành" });
    expect(bar.getAttribute("aria-valuenow")).toBe("96");
    expect(screen.getByText("96,2%")).toBeTruthy();
    expect(screen.getByText(evaluation.message)).toBeTruthy();
  });

  it("shows who carries it out, marked as inferred", async () => {
    renderAs(["OFFICE"]);
    expect(await screen.findByText("Phòng Kinh tế, Hạ tầng và Đô thị")).toBeTruthy();
    expect(screen.getByText("Suy luận")).toBeTruthy();
    expect(screen.getByText("Chi cục Thống kê")).toBeTruthy();
    expect(screen.getByText(/Nguyễn Văn A/)).toBeTruthy();
  });

  it("offers edit and archive to the office", async () => {
    renderAs(["OFFICE"]);
    expect(await screen.findByRole("link", { name: "Sửa" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Lưu trữ" })).toBeTruthy();
  });

  it("opens the create form for a component indicator in the same plan, group and area", async () => {
    renderAs(["OFFICE"]);
    fireEvent.click(await screen.findByRole("link", { name: "Thêm chỉ tiêu con" }));
    const state = JSON.parse((await screen.findByTestId("create-state")).textContent ?? "null");
    expect(state).toEqual({ planId: "UGxhbjox", groupId: "g1", areaId: "a1", parentId: indicator6.id });
  });

  it("offers no edit or archive to a leader", async () => {
    const authProvider = renderAs(["LEADER"]);
    expect(await screen.findByText("84,9 triệu đồng")).toBeTruthy();
    await permissionsSettled(authProvider);
    expect(screen.queryByRole("link", { name: "Sửa" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Lưu trữ" })).toBeNull();
    expect(screen.queryByRole("link", { name: "Thêm chỉ tiêu con" })).toBeNull();
  });

  it("explains the evaluation in English once the console is switched to English", async () => {
    renderAs(["OFFICE"]);
    expect(await screen.findByText(evaluation.message)).toBeTruthy();
    expect(getOne).toHaveBeenLastCalledWith("indicators", expect.objectContaining({ meta: { locale: "vi" } }));
    fireEvent.click(screen.getByRole("button", { name: /Tiếng Việt/ }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "English" }));
    expect(await screen.findByText(ENGLISH_MESSAGE)).toBeTruthy();
    expect(screen.queryByText(evaluation.message)).toBeNull();
    expect(screen.getAllByText("84.9 million VND").length).toBeGreaterThan(0);
  });
});

describe("IndicatorShow of a composite indicator", () => {
  /** The text of each cell of a row of the month × part table, the row found by its month. */
  const row = (table: HTMLElement, month: string) =>
    within(within(table).getByRole("rowheader", { name: month }).closest("tr") as HTMLElement)
      .getAllByRole("cell")
      .map((cell) => cell.textContent);

  it("shows each part's figures month by month: value to date and estimate, yes/no, events", async () => {
    renderAs(["LEADER"], indicator14.id);
    const table = await screen.findByRole("table", { name: "Số liệu theo tháng của từng phần" });
    expect(within(table).getByText("Tỷ lệ gia đình đạt gia đình văn hóa")).toBeTruthy();
    expect(within(table).getAllByText("Thực hiện")).toHaveLength(3);
    expect(within(table).getAllByText("Ước cả năm")).toHaveLength(3);
    // 14.1 actual and estimate, 14.3 actual and estimate, 14.5 actual and estimate.
    expect(row(table, "Tháng 5")).toEqual(["96,8%", "—", "Chưa đạt", "—", "—", "—"]);
    expect(row(table, "Tháng 6")).toEqual(["97,5%", "98%", "Đạt", "—", "2 vụ việc", "—"]);
    // No month without figures, and no empty chart of the composite's own figures.
    expect(within(table).queryByRole("rowheader", { name: "Tháng 4" })).toBeNull();
    expect(screen.queryByText("Chưa có số liệu theo tháng.")).toBeNull();
  });

  it("puts the headline's own figures first when the composite has a target of its own", async () => {
    renderAs(["LEADER"], indicator1.id);
    const table = await screen.findByRole("table", { name: "Số liệu theo tháng của từng phần" });
    expect(within(table).getByText("Chỉ tiêu chung")).toBeTruthy();
    expect(row(table, "Tháng 6")).toEqual(["—", "10,5%", "—", "12,5%"]);
  });
});

describe("an indicator opened from the list", () => {
  // The list's copy: no assignment, measurements or evaluated parts.
  const { id, code, number, name, sourceText, applicableFromYear, note, group, area: itsArea } = indicator6;
  const fields = { id, code, number, name, sourceText, applicableFromYear, note, group, area: itsArea };
  const target: IndicatorFieldsFragment["targets"][number] = {
    id: "t6",
    kind: "QUANTITATIVE",
    comparator: "EQ",
    value: "84.900000",
    minValue: null,
    maxValue: null,
    unit: "triệu đồng",
    measure: "MONEY",
    direction: "INCREASE",
    basis: "LEVEL",
    qualitativeKind: null,
    phasing: null,
    text: "đạt 84,9 triệu đồng",
  };
  const listed: NonNullable<PlanIndicatorsQuery["plan"]>["indicators"]["edges"][number]["node"] = {
    ...fields,
    targets: [target],
    version: 3,
    evaluation: { status: "AT_RISK", progress: 0.962 },
    subIndicators: [],
  };

  it("waits for the whole indicator instead of saying it is unassigned", async () => {
    const detail = later<IndicatorQuery>();
    const client = stubClient(
      answer(PlansDocument, {
        plans: page([
          {
            id: indicator6.planId,
            version: 1,
            year: 2026,
            number: "05/KH-UBND",
            title: "Kế hoạch 2026",
            issuer: "UBND phường Tân Hưng",
            status: "ACTIVE" as const,
            publishedAt: null,
          },
        ]),
      }),
      answer(PlanIndicatorsDocument, { plan: { id: indicator6.planId, indicators: page([listed]) } }),
      answer(PlanTasksDocument, { plan: { id: indicator6.planId, tasks: page([]) } }),
      answer(IndicatorDocument, () => detail.promise),
    );
    render(
      <MemoryRouter initialEntries={["/indicators"]}>
        <Admin dataProvider={createDataProvider(client)} i18nProvider={createI18nProvider()}>
          <Resource name="indicators" list={IndicatorList} show={IndicatorShow} />
        </Admin>
      </MemoryRouter>,
    );
    fireEvent.click(await screen.findByText("Thu nhập bình quân đầu người"));
    expect(await screen.findByRole("progressbar")).toBeTruthy();
    expect(screen.queryByText("Chưa phân công")).toBeNull();

    detail.resolve({
      node: {
        __typename: "Indicator",
        ...listed,
        position: 6,
        plan: { id: indicator6.planId },
        contributesTo: null,
        contributionRule: null,
        contributionWeight: null,
        contributionCandidates: [],
        parent: null,
        evaluation: { ...evaluation, status: "AT_RISK" },
        measurements: [],
        subIndicators: [],
        assignment: { ...indicator6.assignment },
      },
    });
    expect(await screen.findByText("Chi cục Thống kê")).toBeTruthy();
    expect(screen.queryByText("Chưa phân công")).toBeNull();
  });
});
