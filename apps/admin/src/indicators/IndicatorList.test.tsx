// The indicators screen, rendered with react-admin over the urql data provider (the API
// stubbed): numbers "(n)", names, areas and targets in Vietnamese; cards on a phone; the filter of a
// dashboard figure shown and cleared.
import { PlanIndicatorsDocument, PlansDocument } from "@kehoach/schema";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { DocumentNode } from "graphql";
import { AdminContext, type DataProvider, ResourceContextProvider, TestMemoryRouter } from "react-admin";
import { afterEach, describe, expect, it, vi } from "vitest";
import { targetFields } from "../../test/support/targetFields.ts";
import { filteredListPath } from "../dashboard/listPath.ts";
import { createDataProvider, type GraphqlClient } from "../dataProvider/index.ts";
import { createI18nProvider } from "../i18n/index.ts";
import IndicatorList from "./IndicatorList.tsx";

const area = { id: "a1", code: "ECONOMY", name: "Kinh tế, hạ tầng và đô thị", nameEn: "Economy" };
const target = targetFields();
const indicator6 = {
  id: "SW5kaWNhdG9yOjY=",
  code: "6",
  number: 6,
  name: "Thu nhập bình quân đầu người",
  sourceText: "(6) Thu nhập bình quân đầu người đạt 84,9 triệu đồng.",
  applicableFromYear: null,
  note: null,
  group: { id: "g1", code: "a", title: "Về phát triển kinh tế", area },
  area,
  targets: [target],
  subIndicators: [],
  version: 1,
  evaluation: { status: "ON_TRACK", progress: 0.96 },
};

const client = {
  query: (document: DocumentNode) => ({
    toPromise: async () => {
      const page = (nodes: unknown[]) => ({
        totalCount: nodes.length,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: nodes.map((node, i) => ({ cursor: String(i), node })),
      });
      if (document === PlansDocument) return { data: { plans: page([{ id: "UGxhbjox" }]) } };
      if (document === PlanIndicatorsDocument)
        return { data: { plan: { id: "UGxhbjox", indicators: page([indicator6]) } } };
      throw new Error("unexpected document");
    },
  }),
} as unknown as GraphqlClient;

describe("IndicatorList", () => {
  it("shows the indicators with their number, area and target in Vietnamese", async () => {
    render(
      <AdminContext dataProvider={createDataProvider(client)} i18nProvider={createI18nProvider()}>
        <ResourceContextProvider value="indicators">
          <IndicatorList />
        </ResourceContextProvider>
      </AdminContext>,
    );
    expect(await screen.findByText("(6)")).toBeTruthy();
    expect(screen.getByText("Thu nhập bình quân đầu người")).toBeTruthy();
    expect(screen.getByText("Kinh tế, hạ tầng và đô thị")).toBeTruthy();
    expect(screen.getByText("đạt 84,9 triệu đồng")).toBeTruthy();
    expect(screen.getByText("Tên chỉ tiêu")).toBeTruthy();
    expect(screen.getByText("Mức chỉ tiêu")).toBeTruthy();
    expect(screen.getByText("Đúng tiến độ")).toBeTruthy();
    expect(screen.getByText("1-1 trong tổng số 1")).toBeTruthy();
  });
});

describe("IndicatorList filters", () => {
  it("offers the groups of the plan the list is filtered on, not of the first plan", async () => {
    const plans: Record<string, unknown> = {
      P1: {
        id: "P1",
        indicatorGroups: [{ id: "g1", code: "a", title: "Kinh tế 2026", area: { ...area, children: [] } }],
      },
      P2: {
        id: "P2",
        indicatorGroups: [{ id: "g2", code: "a", title: "Kinh tế 2027", area: { ...area, children: [] } }],
      },
    };
    const dataProvider = {
      getList: async () => ({ data: [], total: 0 }),
      getOne: async (_resource: string, { id }: { id: string }) => ({ data: plans[id] }),
      getMany: async () => ({ data: [] }),
    } as unknown as DataProvider;
    const query = new URLSearchParams({
      filter: JSON.stringify({ planId: "P2" }),
      displayedFilters: JSON.stringify({ groupCode: true }),
    });
    render(
      <TestMemoryRouter initialEntries={[`/indicators?${query}`]}>
        <AdminContext dataProvider={dataProvider} i18nProvider={createI18nProvider()}>
          <ResourceContextProvider value="indicators">
            <IndicatorList />
          </ResourceContextProvider>
        </AdminContext>
      </TestMemoryRouter>,
    );
    fireEvent.mouseDown(await screen.findByRole("combobox", { name: "Nhóm chỉ tiêu" }));
    expect(await screen.findByRole("option", { name: "a) Kinh tế 2027" })).toBeTruthy();
    expect(screen.queryByRole("option", { name: "a) Kinh tế 2026" })).toBeNull();
  });
});

/** A screen of the given width, as far as CSS media queries (and MUI's useMediaQuery) can tell. */
function screenWidth(width: number) {
  vi.stubGlobal("matchMedia", (query: string) => {
    const max = /max-width:\s*([\d.]+)px/.exec(query);
    const min = /min-width:\s*([\d.]+)px/.exec(query);
    const matches = (!max || width <= Number(max[1])) && (!min || width >= Number(min[1]));
    return {
      matches,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
    };
  });
}

function renderList(path = "/indicators") {
  render(
    <TestMemoryRouter initialEntries={[path]}>
      <AdminContext dataProvider={createDataProvider(client)} i18nProvider={createI18nProvider()}>
        <ResourceContextProvider value="indicators">
          <IndicatorList />
        </ResourceContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
}

describe("IndicatorList on a phone", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("shows each indicator as a card with its number, name, target and evaluation, and no table", async () => {
    screenWidth(390);
    renderList();
    expect(await screen.findByText("(6) Thu nhập bình quân đầu người")).toBeTruthy();
    expect(screen.getByText("đạt 84,9 triệu đồng")).toBeTruthy();
    expect(screen.getByText("Đúng tiến độ")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("keeps the table on a laptop screen", async () => {
    screenWidth(1366);
    renderList();
    expect(await screen.findByRole("table")).toBeTruthy();
    expect(screen.getByText("Tên chỉ tiêu")).toBeTruthy();
  });
});

describe("IndicatorList opened from a dashboard figure", () => {
  it("says which figure it is filtered to, and shows every indicator once the filter is cleared", async () => {
    // The figure counts another indicator than (6), which the filtered list therefore leaves out.
    renderList(filteredListPath("indicators", ["SW5kaWNhdG9yOjc="], "Chỉ tiêu không đạt"));
    expect(await screen.findByText("Số liệu trên trang tổng quan: Chỉ tiêu không đạt (1)")).toBeTruthy();
    expect(screen.queryByText("Thu nhập bình quân đầu người")).toBeNull();
    fireEvent.click(screen.getByTitle("Bỏ lọc, xem tất cả").closest("svg") as Element);
    await waitFor(() => expect(screen.queryByText(/Số liệu trên trang tổng quan/)).toBeNull());
    expect(await screen.findByText("Thu nhập bình quân đầu người")).toBeTruthy();
  });

  it("says nothing of a dashboard on a list opened from the menu", async () => {
    renderList();
    expect(await screen.findByText("Thu nhập bình quân đầu người")).toBeTruthy();
    expect(screen.queryByText(/trang tổng quan/)).toBeNull();
  });
});
