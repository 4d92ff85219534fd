// The app bar's bell over a mocked data provider: the unread count in its badge and its name, the
// badge hidden at 0, no bell for someone outside a unit, the count asked again on a change of page.
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { AdminContext, type DataProvider, TestMemoryRouter } from "react-admin";
import { Link } from "react-router-dom";
import { describe, expect, it, vi } from "vitest";
import { type Role, signedInAs } from "../../test/support/signedInAs.ts";
import { createI18nProvider } from "../i18n/index.ts";
import { NotificationBell } from "./NotificationBell.tsx";

const inUnit = { unitId: "VW5pdDp2aHho", unitName: "Phòng Văn hóa - Xã hội", unitKind: "SPECIALISED_OFFICE" as const };

/** A data provider answering the unread count with each of `counts` in turn, then the last. */
function countingDataProvider(...counts: number[]) {
  let asked = 0;
  const getList = vi.fn(async () => ({ data: [], total: counts[Math.min(asked++, counts.length - 1)] }));
  return { dataProvider: { getList } as unknown as DataProvider, getList };
}

function renderBell(dataProvider: DataProvider, role: Role = "UNIT_STAFF", inAUnit = true) {
  render(
    <TestMemoryRouter initialEntries={["/monthly-report"]}>
      <AdminContext
        dataProvider={dataProvider}
        authProvider={signedInAs(role, inAUnit ? inUnit : {})}
        i18nProvider={createI18nProvider()}
      >
        <NotificationBell />
        <Link to="/tasks">Nhiệm vụ</Link>
      </AdminContext>
    </TestMemoryRouter>,
  );
}

describe("NotificationBell", () => {
  it("shows how many reminders are unread and links to them", async () => {
    const { dataProvider, getList } = countingDataProvider(2);
    renderBell(dataProvider);
    const bell = await screen.findByRole("link", { name: "Nhắc việc: 2 chưa đọc" });
    expect(bell.textContent).toBe("2");
    expect(bell.getAttribute("href")).toBe("/notifications");
    expect(getList).toHaveBeenCalledWith(
      "notifications",
      expect.objectContaining({ pagination: { page: 1, perPage: 1 }, meta: { unreadCount: true } }),
    );
  });

  it("hides the number when every reminder is read", async () => {
    const { dataProvider, getList } = countingDataProvider(0);
    renderBell(dataProvider);
    await waitFor(() => expect(getList).toHaveBeenCalled());
    const bell = await screen.findByRole("link", { name: "Nhắc việc" });
    expect(bell.querySelector(".MuiBadge-badge")?.classList.contains("MuiBadge-invisible")).toBe(true);
  });

  it("asks again when the page changes", async () => {
    const { dataProvider } = countingDataProvider(3, 1);
    renderBell(dataProvider);
    expect(await screen.findByRole("link", { name: "Nhắc việc: 3 chưa đọc" })).toBeTruthy();
    fireEvent.click(screen.getByRole("link", { name: "Nhiệm vụ" }));
    expect(await screen.findByRole("link", { name: "Nhắc việc: 1 chưa đọc" })).toBeTruthy();
  });

  it("is not there for someone who belongs to no unit, and asks nothing", async () => {
    const { dataProvider, getList } = countingDataProvider(2);
    renderBell(dataProvider, "OFFICE", false);
    expect(await screen.findByRole("link", { name: "Nhiệm vụ" })).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.queryByRole("link", { name: /Nhắc việc/ })).toBeNull();
    expect(getList).not.toHaveBeenCalled();
  });
});
