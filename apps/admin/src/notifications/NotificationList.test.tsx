// The reminders list over a mocked data provider: titles, texts and dd/mm/yyyy hh:mm times in the
// console's language, unread ones marked; "Chỉ chưa đọc" asks the API for those only; ticked ones
// or all are marked read; clicking a reminder marks it read and opens what it is about.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import {
  AdminContext,
  type DataProvider,
  LocalesMenuButton,
  ResourceContextProvider,
  TestMemoryRouter,
} from "react-admin";
import { describe, expect, it, vi } from "vitest";
import { signedInAs } from "../../test/support/signedInAs.ts";
import type { NotificationRecord } from "../dataProvider/notifications.ts";
import { createI18nProvider } from "../i18n/index.ts";
import NotificationList from "./NotificationList.tsx";

const unit = { id: "VW5pdDp2aHho", code: "vhxh", name: "Phòng Văn hóa - Xã hội" };
const inUnit = { unitId: unit.id, unitName: unit.name, unitKind: "SPECIALISED_OFFICE" as const };

const reminder = (id: string, overrides: Partial<NotificationRecord>): NotificationRecord => ({
  id,
  kind: "REPORT_DUE_SOON",
  title: "",
  body: "",
  createdAt: "2026-11-22T01:00:00.000Z",
  emailedAt: null,
  read: false,
  unit,
  period: null,
  report: null,
  task: null,
  ...overrides,
});

const dueSoon = reminder("Tm90aWZpY2F0aW9uOjE=", {
  title: "Sắp đến hạn gửi báo cáo Tháng 11/2026",
  body: "Đơn vị chưa gửi báo cáo Tháng 11/2026; hạn gửi là ngày 25/11/2026.",
  period: { id: "UmVwb3J0aW5nUGVyaW9kOjEx", label: "Tháng 11/2026" },
});
const returned = reminder("Tm90aWZpY2F0aW9uOjI=", {
  kind: "REPORT_RETURNED",
  title: "Báo cáo Tháng 10/2026 bị trả lại",
  body: "Báo cáo Tháng 10/2026 của đơn vị đã bị trả lại: Bổ sung số liệu. Sửa rồi gửi lại.",
  createdAt: "2026-12-13T01:30:00.000Z",
  report: { id: "UHJvZ3Jlc3NSZXBvcnQ6MQ==" },
});
const overdueTask = reminder("Tm90aWZpY2F0aW9uOjM=", {
  kind: "TASK_OVERDUE",
  title: "Nhiệm vụ b.3 quá hạn",
  body: "Nhiệm vụ b.3. Tổ chức hội thi đã quá hạn ngày 30/11/2026 mà chưa hoàn thành.",
  createdAt: "2026-12-01T02:05:00.000Z",
  read: true,
  task: { id: "VGFzazoz", code: "b.3" },
});
const reminders = [returned, overdueTask, dueSoon];
const ENGLISH_TITLE = "Report for Tháng 10/2026 returned";

function dataProviderWith(overrides: Partial<DataProvider> = {}) {
  const getList = vi.fn(
    async (_resource: string, params: { filter?: { unreadOnly?: boolean }; meta?: { locale?: string } }) => {
      const unread = reminders.filter((n) => !n.read);
      if (params.meta && "unreadCount" in params.meta) return { data: [], total: unread.length };
      const shown = (params.filter?.unreadOnly ? unread : reminders).map((n) =>
        n === returned && params.meta?.locale === "en" ? { ...n, title: ENGLISH_TITLE } : n,
      );
      return { data: shown, total: shown.length };
    },
  );
  const update = vi.fn(async (_resource: string, params: { previousData: NotificationRecord }) => ({
    data: { ...params.previousData, read: true },
  }));
  const updateMany = vi.fn(async (_resource: string, params: { ids: string[] }) => ({ data: params.ids }));
  const dataProvider = { getList, update, updateMany, ...overrides } as unknown as DataProvider;
  return { dataProvider, getList, update, updateMany };
}

function renderList(dataProvider: DataProvider) {
  const location = { pathname: "", search: "" };
  render(
    <TestMemoryRouter
      initialEntries={["/notifications"]}
      locationCallback={(current) => {
        location.pathname = current.pathname;
        location.search = current.search;
      }}
    >
      <AdminContext
        dataProvider={dataProvider}
        authProvider={signedInAs("UNIT_STAFF", inUnit)}
        i18nProvider={createI18nProvider()}
      >
        <LocalesMenuButton />
        <ResourceContextProvider value="notifications">
          <NotificationList />
        </ResourceContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
  return location;
}

const rowOf = (text: string) => screen.getByText(text).closest("tr") as HTMLElement;

describe("NotificationList", () => {
  it("shows each reminder's title, text and time in Vietnamese, the unread ones marked", async () => {
    const { dataProvider, getList } = dataProviderWith();
    renderList(dataProvider);
    expect(await screen.findByText("Báo cáo Tháng 10/2026 bị trả lại")).toBeTruthy();
    expect(
      screen.getByText("Nhiệm vụ b.3. Tổ chức hội thi đã quá hạn ngày 30/11/2026 mà chưa hoàn thành."),
    ).toBeTruthy();
    expect(screen.getByText("13/12/2026 08:30")).toBeTruthy();
    expect(screen.getByText("22/11/2026 08:00")).toBeTruthy();
    expect(within(rowOf("Báo cáo Tháng 10/2026 bị trả lại")).getByText("Chưa đọc")).toBeTruthy();
    expect(within(rowOf("Sắp đến hạn gửi báo cáo Tháng 11/2026")).getByText("Chưa đọc")).toBeTruthy();
    expect(within(rowOf("Nhiệm vụ b.3 quá hạn")).queryByText("Chưa đọc")).toBeNull();
    expect(getComputedStyle(screen.getByText("Báo cáo Tháng 10/2026 bị trả lại")).fontWeight).toBe("700");
    expect(getComputedStyle(screen.getByText("Nhiệm vụ b.3 quá hạn")).fontWeight).not.toBe("700");
    // The titles are asked in the console's language.
    expect(getList).toHaveBeenCalledWith("notifications", expect.objectContaining({ meta: { locale: "vi" } }));
  });

  it("asks for the titles in English once the console is switched to English", async () => {
    const { dataProvider, getList } = dataProviderWith();
    renderList(dataProvider);
    expect(await screen.findByText("Báo cáo Tháng 10/2026 bị trả lại")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /Tiếng Việt/ }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "English" }));
    expect(await screen.findByText(ENGLISH_TITLE)).toBeTruthy();
    expect(getList).toHaveBeenLastCalledWith("notifications", expect.objectContaining({ meta: { locale: "en" } }));
    expect(await screen.findByRole("button", { name: "Mark all as read" })).toBeTruthy();
  });

  it("asks for the unread reminders only when 'Chỉ chưa đọc' is on", async () => {
    const { dataProvider, getList } = dataProviderWith();
    renderList(dataProvider);
    expect(await screen.findByText("Nhiệm vụ b.3 quá hạn")).toBeTruthy();
    fireEvent.click(screen.getByRole("switch", { name: "Chỉ chưa đọc" }));
    await waitFor(() => expect(screen.queryByText("Nhiệm vụ b.3 quá hạn")).toBeNull());
    expect(getList).toHaveBeenLastCalledWith(
      "notifications",
      expect.objectContaining({ filter: { unreadOnly: true }, meta: { locale: "vi" } }),
    );
  });

  it("marks every reminder read with 'Đánh dấu tất cả đã đọc'", async () => {
    const { dataProvider, updateMany, getList } = dataProviderWith();
    renderList(dataProvider);
    const button = await screen.findByRole("button", { name: "Đánh dấu tất cả đã đọc" });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    const asked = getList.mock.calls.length;
    fireEvent.click(button);
    await waitFor(() =>
      expect(updateMany).toHaveBeenCalledWith(
        "notifications",
        expect.objectContaining({ ids: [], data: { read: true }, meta: { all: true } }),
      ),
    );
    // The list and the count are asked again.
    await waitFor(() => expect(getList.mock.calls.length).toBeGreaterThan(asked));
  });

  it("marks the ticked reminders read", async () => {
    const { dataProvider, updateMany } = dataProviderWith();
    renderList(dataProvider);
    expect(await screen.findByText("Sắp đến hạn gửi báo cáo Tháng 11/2026")).toBeTruthy();
    fireEvent.click(within(rowOf("Sắp đến hạn gửi báo cáo Tháng 11/2026")).getByRole("checkbox"));
    fireEvent.click(await screen.findByRole("button", { name: "Đánh dấu đã đọc" }));
    await waitFor(() =>
      expect(updateMany).toHaveBeenCalledWith(
        "notifications",
        expect.objectContaining({ ids: [dueSoon.id], data: { read: true } }),
      ),
    );
  });

  it("marks a reminder read when opened, then shows the returned report", async () => {
    const { dataProvider, update } = dataProviderWith();
    const location = renderList(dataProvider);
    fireEvent.click(await screen.findByText("Báo cáo Tháng 10/2026 bị trả lại"));
    await waitFor(() =>
      expect(location.pathname).toBe(`/progressReports/${encodeURIComponent("UHJvZ3Jlc3NSZXBvcnQ6MQ==")}/show`),
    );
    expect(update).toHaveBeenCalledWith(
      "notifications",
      expect.objectContaining({ id: returned.id, data: { read: true }, previousData: returned }),
    );
  });

  it("opens an overdue task, already read, without marking it again", async () => {
    const { dataProvider, update } = dataProviderWith();
    const location = renderList(dataProvider);
    fireEvent.click(await screen.findByText("Nhiệm vụ b.3 quá hạn"));
    await waitFor(() => expect(location.pathname).toBe(`/tasks/${encodeURIComponent("VGFzazoz")}/show`));
    expect(update).not.toHaveBeenCalled();
  });

  it("opens the unit's monthly report form on the period a report is due for", async () => {
    const { dataProvider } = dataProviderWith();
    const location = renderList(dataProvider);
    fireEvent.click(await screen.findByText("Sắp đến hạn gửi báo cáo Tháng 11/2026"));
    await waitFor(() => expect(location.pathname).toBe("/monthly-report"));
    expect(new URLSearchParams(location.search).get("period")).toBe(dueSoon.period?.id);
  });
});
