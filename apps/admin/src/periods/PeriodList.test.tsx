// The reporting periods list over a mocked data provider: labels, dd/MM/yyyy dates and statuses;
// the office closes an open period after confirming, unit staff get no open/close buttons.
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { AdminContext, type AuthProvider, type DataProvider, ResourceContextProvider } from "react-admin";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Permissions } from "../auth/permissions.ts";
import type { ReportingPeriodRecord } from "../dataProvider/reportingPeriods.ts";
import { createI18nProvider } from "../i18n/index.ts";
import PeriodList from "./PeriodList.tsx";

afterEach(cleanup);

const plan = { id: "UGxhbjox", number: "05/KH-UBND", title: "Kế hoạch 2026", year: 2026 };
const period = (n: number, status: ReportingPeriodRecord["status"]): ReportingPeriodRecord => {
  const mm = String(n).padStart(2, "0");
  return {
    id: `period-${n}`,
    kind: "MONTH",
    number: n,
    year: 2026,
    label: `Tháng ${mm}/2026`,
    startsOn: `2026-${mm}-01`,
    endsOn: `2026-${mm}-28`,
    cutoffOn: `2026-${mm}-20`,
    dueOn: `2026-${mm}-25`,
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
  const dataProvider = {
    getList: vi.fn(async () => ({ data: [november, december], total: 2 })),
    update,
  } as unknown as DataProvider;
  render(
    <AdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={createI18nProvider()}>
      <ResourceContextProvider value="reportingPeriods">
        <PeriodList />
      </ResourceContextProvider>
    </AdminContext>,
  );
  return getPermissions;
}

describe("PeriodList", () => {
  it("lets the office close an open period after confirming", async () => {
    const update = vi.fn(async () => ({ data: { ...november, status: "CLOSED", version: 5 } }));
    renderAs("OFFICE", update);
    expect(await screen.findByText("Tháng 11/2026", {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText("01/11/2026 – 28/11/2026")).toBeTruthy();
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
    const getPermissions = renderAs("UNIT_STAFF");
    expect(await screen.findByText("Tháng 12/2026", {}, { timeout: 5000 })).toBeTruthy();
    // The buttons depend on the role: look only once the role is known.
    await waitFor(() => expect(getPermissions).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.getByText("Chưa mở")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Khóa sổ" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Mở kỳ" })).toBeNull();
  });
});
