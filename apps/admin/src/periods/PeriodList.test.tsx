// The reporting periods list over a mocked data provider: labels, the data window and due day in
// dd/MM/yyyy (Decree 09/2019: from the 15th of last month to the 14th, due on the 17th) and statuses;
// the months shown first, the other kinds (quý, 6 tháng, 9 tháng, năm) by the kind filter; the
// office closes an open period after confirming, unit staff get no open/close buttons; on a phone
// each period is a card.
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import {
  AdminContext,
  type AuthProvider,
  type DataProvider,
  memoryStore,
  ResourceContextProvider,
  TestMemoryRouter,
} from "react-admin";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Permissions } from "../auth/permissions.ts";
import type { ReportingPeriodRecord } from "../dataProvider/reportingPeriods.ts";
import { createI18nProvider } from "../i18n/index.ts";
import PeriodList from "./PeriodList.tsx";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const plan = { id: "UGxhbjox", number: "05/KH-UBND", title: "Kế hoạch 2026", year: 2026 };
const period = (n: number, status: ReportingPeriodRecord["status"]): ReportingPeriodRecord => {
  const mm = String(n).padStart(2, "0");
  const before = String(n - 1).padStart(2, "0");
  return {
    id: `period-${n}`,
    kind: "MONTH",
    number: n,
    year: 2026,
    label: `Tháng ${mm}/2026`,
    startsOn: `2026-${before}-15`,
    endsOn: `2026-${mm}-14`,
    cutoffOn: `2026-${mm}-14`,
    dueOn: `2026-${mm}-17`,
    status,
    closedAt: null,
    publishedAt: null,
    wardReportFinalizedAt: null,
    wardReportPublishedAt: null,
    version: 4,
    plan,
  };
};
const november = period(11, "OPEN");
const december = period(12, "UPCOMING");
const months = [november, december];
const others: ReportingPeriodRecord[] = [
  {
    ...period(9, "CLOSED"),
    id: "nine-months",
    kind: "NINE_MONTHS",
    number: 1,
    label: "9 tháng năm 2026",
    startsOn: "2025-12-15",
  },
  { ...period(12, "UPCOMING"), id: "year", kind: "YEAR", number: 1, label: "Năm 2026", startsOn: "2025-12-15" },
];

/** A screen of the given width, as far as CSS media queries (and MUI's useMediaQuery) can tell. */
function screenWidth(width: number) {
  vi.stubGlobal("matchMedia", (query: string) => {
    const max = /max-width:\s*([\d.]+)px/.exec(query);
    const min = /min-width:\s*([\d.]+)px/.exec(query);
    return {
      matches: (!max || width <= Number(max[1])) && (!min || width >= Number(min[1])),
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
    };
  });
}

function renderAs(role: "OFFICE" | "UNIT_STAFF", update = vi.fn()) {
  const permissions: Permissions = {
    userId: "u1",
    username: "someone",
    roles: [role],
    unitId: null,
    unitName: null,
    unitKind: null,
    jurisdictionKind: "WARD",
  };
  const getPermissions = vi.fn(async () => permissions);
  const authProvider: AuthProvider = {
    login: async () => undefined,
    logout: async () => undefined,
    checkAuth: async () => undefined,
    checkError: async () => undefined,
    getPermissions,
  };
  const getList = vi.fn(async (_resource: string, params: { filter: Record<string, unknown> }) => {
    const kind = params.filter.kind;
    const data = kind ? [...months, ...others].filter((p) => p.kind === kind) : [...months, ...others];
    return { data, total: data.length };
  });
  const dataProvider = { getList, update } as unknown as DataProvider;
  render(
    <TestMemoryRouter initialEntries={["/reportingPeriods"]}>
      <AdminContext
        dataProvider={dataProvider}
        authProvider={authProvider}
        i18nProvider={createI18nProvider()}
        store={memoryStore()}
      >
        <ResourceContextProvider value="reportingPeriods">
          <PeriodList />
        </ResourceContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
  return { getPermissions, getList };
}

describe("PeriodList", () => {
  it("lets the office close an open period after confirming", async () => {
    const update = vi.fn(async () => ({ data: { ...november, status: "CLOSED", version: 5 } }));
    renderAs("OFFICE", update);
    expect(await screen.findByText("Tháng 11/2026", {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText("15/10/2026 – 14/11/2026")).toBeTruthy();
    expect(screen.getByText("17/11/2026")).toBeTruthy();
    expect(screen.getByText("Đang nhận báo cáo")).toBeTruthy();
    expect(await screen.findByRole("button", { name: "Mở kỳ" })).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Khóa sổ" }));
    expect(await screen.findByText("Khóa sổ kỳ Tháng 11/2026?")).toBeTruthy();
    expect(update).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Xác nhận" }));
    await waitFor(() =>
      expect(update).toHaveBeenCalledWith("reportingPeriods", {
        id: "period-11",
        data: { status: "CLOSED" },
        previousData: november,
      }),
    );
  });

  it("shows unit staff the periods without open or close buttons", async () => {
    const { getPermissions } = renderAs("UNIT_STAFF");
    expect(await screen.findByText("Tháng 12/2026", {}, { timeout: 5000 })).toBeTruthy();
    // The buttons depend on the role: look only once the role is known.
    await waitFor(() => expect(getPermissions).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.getByText("Chưa mở")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Khóa sổ" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Mở kỳ" })).toBeNull();
  });

  it("shows the months first, with the data window and due day under clear headings", async () => {
    const { getList } = renderAs("OFFICE");
    expect(await screen.findByText("Tháng 12/2026")).toBeTruthy();
    expect(getList).toHaveBeenLastCalledWith(
      "reportingPeriods",
      expect.objectContaining({ filter: { kind: "MONTH" } }),
    );
    expect(screen.queryByText("9 tháng năm 2026")).toBeNull();
    expect(screen.getByRole("columnheader", { name: /Số liệu từ – đến/ })).toBeTruthy();
    expect(screen.getByRole("columnheader", { name: /Hạn gửi/ })).toBeTruthy();
    expect(screen.getByText("15/11/2026 – 14/12/2026")).toBeTruthy();
    // "Khóa sổ" stays on one line.
    const close = await screen.findByRole("button", { name: "Khóa sổ" });
    expect(getComputedStyle(close.closest("td") as HTMLElement).whiteSpace).toBe("nowrap");
  });

  it("offers every kind of period by its name, nine months included, and lists the kind chosen", async () => {
    const { getList } = renderAs("OFFICE");
    expect(await screen.findByText("Tháng 11/2026")).toBeTruthy();
    fireEvent.mouseDown(screen.getByRole("combobox", { name: /Loại kỳ/ }));
    const options = within(await screen.findByRole("listbox")).getAllByRole("option");
    expect(options.map((option) => option.textContent)).toEqual([
      "Mọi loại kỳ",
      "Tháng",
      "Quý",
      "6 tháng",
      "9 tháng",
      "Năm",
    ]);
    fireEvent.click(options[4] as HTMLElement);
    expect(await screen.findByText("9 tháng năm 2026")).toBeTruthy();
    expect(getList).toHaveBeenLastCalledWith(
      "reportingPeriods",
      expect.objectContaining({ filter: { kind: "NINE_MONTHS" } }),
    );
    await waitFor(() => expect(screen.queryByText("Tháng 11/2026")).toBeNull());
    expect(screen.getAllByText("9 tháng").length).toBeGreaterThan(0);
  });

  it("shows each period as a card on a phone, with its window, due day and status, and no table", async () => {
    screenWidth(390);
    renderAs("OFFICE");
    await screen.findByText("Số liệu 15/10/2026 – 14/11/2026");
    const card = screen.getByText("Số liệu 15/10/2026 – 14/11/2026").closest("a") as HTMLElement;
    expect(within(card).getByText(/^Tháng 11\/2026/)).toBeTruthy();
    expect(card.getAttribute("href")).toBe("/reportingPeriods/period-11/show");
    expect(within(card).getByText("Số liệu 15/10/2026 – 14/11/2026")).toBeTruthy();
    expect(within(card).getByText("Hạn gửi 17/11/2026")).toBeTruthy();
    expect(within(card).getByText("Đang nhận báo cáo")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });
});
