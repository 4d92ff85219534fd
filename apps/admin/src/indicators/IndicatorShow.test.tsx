// The indicator screen as a user reads it: the evaluation in Vietnamese figures (84,9 triệu đồng),
// the progress bar, the status in words, the assignment with its "Suy luận" badge; the edit and
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
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import {
  Admin,
  AdminContext,
  type DataProvider,
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

const dataProvider = {
  getOne: async () => ({ data: indicator6 }),
} as unknown as DataProvider;

function renderAs(roles: Permissions["roles"]) {
  const permissions: Permissions = {
    userId: "u",
    username: "u",
    roles,
    unitId: null,
    unitName: null,
    unitKind: null,
    areaIds: [],
  };
  const authProvider = {
    login: async () => undefined,
    logout: async () => undefined,
    checkAuth: async () => undefined,
    checkError: async () => undefined,
    getPermissions: vi.fn(async () => permissions),
  };
  render(
    <TestMemoryRouter initialEntries={[`/indicators/${indicator6.id}/show`]}>
      <AdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={createI18nProvider()}>
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
