// The reporting calendar screen over a stubbed API: the office finds it in the menu beside the
// reporting periods (unit staff do not), reads the ward's calendar in plain words, sees next year's
// periods follow the numbers as they are typed, is told in Vietnamese what the domain's rule refuses
// (and nothing is sent), saves with the version read and is told how many periods moved, puts back
// the Decree 09/2019 default in one click, and is told plainly when someone else saved first.
import { vietnamDate } from "@kehoach/domain";
import {
  ReportingCalendarDocument,
  type ReportingCalendarFieldsFragment,
  UpdateReportingCalendarDocument,
  type UpdateReportingCalendarMutation,
  type UpdateReportingCalendarMutationVariables,
} from "@kehoach/schema";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { Admin, CustomRoutes, Resource, TestMemoryRouter } from "react-admin";
import { Route } from "react-router-dom";
import { describe, expect, it, vi } from "vitest";
import { type Role, signedInAs } from "../../test/support/signedInAs.ts";
import { answer, stubClient } from "../../test/support/stubClient.ts";
import { canManagePeriods } from "../auth/permissions.ts";
import { createDataProvider, type GraphqlClient } from "../dataProvider/index.ts";
import { createI18nProvider } from "../i18n/index.ts";
import { Layout } from "../layout/Layout.tsx";
import { REPORTING_CALENDAR_PATH, reportingCalendarRoutes } from "./index.tsx";
import { ReportingCalendarPage } from "./ReportingCalendarPage.tsx";

const NEXT_YEAR = Number(vietnamDate(new Date()).slice(0, 4)) + 1;
const decree09: ReportingCalendarFieldsFragment = { windowStartDay: 15, dueDaysAfterCutoff: 3, version: 4 };

/** The API: the calendar as read (each read may give another), and the answers to saving, in order. */
function calendarApi(reads: ReportingCalendarFieldsFragment[], saves: UpdateReportingCalendarMutation[] = []) {
  const sent: UpdateReportingCalendarMutationVariables[] = [];
  const read = vi.fn(() => {
    const calendar = reads.length > 1 ? (reads.shift() as ReportingCalendarFieldsFragment) : reads[0];
    return {
      me: {
        id: "VXNlcjox",
        jurisdiction: { id: "SnVyOjE=", name: "Phường Tân Hưng", reportingCalendar: calendar as typeof decree09 },
      },
    };
  });
  const client = stubClient(
    answer(ReportingCalendarDocument, read),
    answer(UpdateReportingCalendarDocument, (variables) => {
      sent.push(variables);
      const next = saves.shift();
      if (!next) throw new Error("unexpected save");
      return next;
    }),
  );
  return { client, sent, read };
}

const saved = (
  calendar: ReportingCalendarFieldsFragment,
  redatedPeriodCount: number,
): UpdateReportingCalendarMutation => ({
  updateReportingCalendar: {
    __typename: "UpdateReportingCalendarPayload",
    redatedPeriodCount,
    jurisdiction: { id: "SnVyOjE=", reportingCalendar: calendar },
  },
});

function PeriodsPlaceholder() {
  return <p>Danh sách kỳ báo cáo</p>;
}

/** The console as App.tsx builds it: the route only for those who may manage periods. */
function renderConsole(client: GraphqlClient, role: Role = "OFFICE", path = REPORTING_CALENDAR_PATH) {
  const routes = canManagePeriods({
    userId: "u",
    username: "u",
    roles: [role],
    unitId: null,
    unitName: null,
    unitKind: null,
    jurisdictionKind: "WARD",
  })
    ? reportingCalendarRoutes.map((route) => ({ ...route, element: <ReportingCalendarPage client={client} /> }))
    : [];
  render(
    <TestMemoryRouter initialEntries={[path]}>
      <Admin
        dataProvider={createDataProvider(client)}
        authProvider={signedInAs(role)}
        i18nProvider={createI18nProvider()}
        layout={Layout}
      >
        <Resource name="reportingPeriods" list={PeriodsPlaceholder} />
        <Resource name="auditEvents" list={PeriodsPlaceholder} />
        <CustomRoutes>
          {routes.map((route) => (
            <Route key={route.path} path={route.path} element={route.element} />
          ))}
        </CustomRoutes>
      </Admin>
    </TestMemoryRouter>,
  );
}

const windowStartDay = () => screen.getByLabelText(/^Ngày bắt đầu kỳ số liệu/);
const dueDays = () => screen.getByLabelText(/^Hạn gửi: số ngày sau ngày chốt/);
const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });

/** Saves once the form knows it was changed (on a busy machine that can come a frame after the typing). */
async function clickSave() {
  const save = screen.getByRole("button", { name: "Lưu lịch báo cáo" }) as HTMLButtonElement;
  await waitFor(() => expect(save.disabled).toBe(false));
  fireEvent.click(save);
}
const preview = () => within(screen.getByTestId("calendar-preview"));

/** The preview's row of a period: its cells' text. */
function previewRow(label: string): string[] {
  const row = preview().getByText(label).closest("tr") as HTMLElement;
  return within(row)
    .getAllByRole("cell")
    .map((cell) => cell.textContent ?? "");
}

/** The text shown under an input (its helper text, where react-admin puts the field's error). */
function textUnder(input: HTMLElement): string {
  const described = input.getAttribute("aria-describedby");
  return described ? (document.getElementById(described)?.textContent ?? "") : "";
}

describe("ReportingCalendarPage", () => {
  it("is in the office's menu right after the reporting periods, and shows the calendar in plain words", async () => {
    renderConsole(calendarApi([decree09]).client);
    expect(
      await screen.findByText(
        "Số liệu tháng tính từ ngày 15 tháng trước đến ngày 14; hạn gửi báo cáo 3 ngày sau ngày chốt (ngày 17).",
        { selector: "[data-testid=current-calendar]" },
      ),
    ).toBeTruthy();
    expect(screen.getByText("Lịch báo cáo hiện tại của Phường Tân Hưng")).toBeTruthy();
    expect(screen.getByText("Đây là lịch mặc định theo Nghị định 09/2019/NĐ-CP.")).toBeTruthy();
    const items = screen.getAllByRole("menuitem").map((item) => item.textContent);
    const periods = items.indexOf("Kỳ báo cáo");
    expect(periods).toBeGreaterThanOrEqual(0);
    expect(items[periods + 1]).toBe("Lịch báo cáo");
    expect(screen.getByText(/chỉ các kỳ báo cáo chưa bắt đầu/)).toBeTruthy();
  });

  it("is neither in the menu nor reachable for unit staff", async () => {
    const api = calendarApi([decree09]);
    renderConsole(api.client, "UNIT_STAFF");
    expect(await screen.findByRole("menuitem", { name: /Kỳ báo cáo/ })).toBeTruthy();
    expect(screen.queryByRole("menuitem", { name: /Lịch báo cáo/ })).toBeNull();
    expect(screen.queryByText(/Lịch báo cáo hiện tại/)).toBeNull();
    expect(api.read).not.toHaveBeenCalled();
  });

  it("previews next year's 19 periods and follows the numbers as they are typed", async () => {
    renderConsole(calendarApi([decree09]).client);
    await screen.findByText(`Các kỳ báo cáo năm ${NEXT_YEAR} theo lịch này`);
    expect(preview().getAllByRole("row")).toHaveLength(1 + 19);
    expect(previewRow(`Tháng 01/${NEXT_YEAR}`)).toEqual([
      `Tháng 01/${NEXT_YEAR}`,
      `15/12/${NEXT_YEAR - 1} – 14/01/${NEXT_YEAR}`,
      `17/01/${NEXT_YEAR}`,
    ]);
    expect(previewRow(`9 tháng năm ${NEXT_YEAR}`)).toEqual([
      `9 tháng năm ${NEXT_YEAR}`,
      `15/12/${NEXT_YEAR - 1} – 14/09/${NEXT_YEAR}`,
      `17/09/${NEXT_YEAR}`,
    ]);

    type(windowStartDay(), "1");
    type(dueDays(), "5");
    await waitFor(() =>
      expect(previewRow(`Tháng 02/${NEXT_YEAR}`)).toEqual([
        `Tháng 02/${NEXT_YEAR}`,
        `01/02/${NEXT_YEAR} – ${NEXT_YEAR % 4 === 0 ? 29 : 28}/02/${NEXT_YEAR}`,
        `05/03/${NEXT_YEAR}`,
      ]),
    );
    expect(
      preview().getByText(
        "Số liệu tháng tính theo tháng dương lịch (từ ngày 1 đến ngày cuối tháng); hạn gửi báo cáo 5 ngày sau ngày chốt (ngày 5 tháng sau).",
      ),
    ).toBeTruthy();
  });

  it("says in Vietnamese what the domain's rule refuses, and sends nothing", async () => {
    const api = calendarApi([decree09]);
    renderConsole(api.client);
    await screen.findByText(`Các kỳ báo cáo năm ${NEXT_YEAR} theo lịch này`);
    type(windowStartDay(), "31");
    await clickSave();
    await waitFor(() =>
      expect(textUnder(windowStartDay())).toBe(
        "Ngày bắt đầu kỳ số liệu phải là số nguyên từ 1 đến 28 (1: theo tháng dương lịch; 15: từ ngày 15 tháng trước đến ngày 14), nhận 31.",
      ),
    );
    expect(preview().getByText("Sửa các ô bên trên để xem trước các kỳ báo cáo.")).toBeTruthy();
    type(windowStartDay(), "15");
    type(dueDays(), "20");
    await clickSave();
    await waitFor(() =>
      expect(textUnder(dueDays())).toBe(
        "Hạn gửi báo cáo phải là số ngày nguyên từ 0 đến 15 sau ngày chốt số liệu, nhận 20.",
      ),
    );
    expect(api.sent).toEqual([]);
  });

  it("puts back the Decree 09/2019 default, saves it with the version read and says how many periods moved", async () => {
    const calendarMonths = { windowStartDay: 1, dueDaysAfterCutoff: 5, version: 7 };
    const api = calendarApi([calendarMonths], [saved({ windowStartDay: 15, dueDaysAfterCutoff: 3, version: 8 }, 12)]);
    renderConsole(api.client);
    expect(
      await screen.findByText(
        "Số liệu tháng tính theo tháng dương lịch (từ ngày 1 đến ngày cuối tháng); hạn gửi báo cáo 5 ngày sau ngày chốt (ngày 5 tháng sau).",
        { selector: "[data-testid=current-calendar]" },
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Dùng mặc định theo Nghị định 09/2019" }));
    await waitFor(() => expect((windowStartDay() as HTMLInputElement).value).toBe("15"));
    expect((dueDays() as HTMLInputElement).value).toBe("3");
    await clickSave();
    expect(
      await screen.findByText("Đã lưu lịch báo cáo. 12 kỳ báo cáo chưa bắt đầu đã đổi sang ngày mới."),
    ).toBeTruthy();
    expect(api.sent).toEqual([{ input: { windowStartDay: 15, dueDaysAfterCutoff: 3, version: 7 } }]);
    expect(
      await screen.findByText(
        "Số liệu tháng tính từ ngày 15 tháng trước đến ngày 14; hạn gửi báo cáo 3 ngày sau ngày chốt (ngày 17).",
        { selector: "[data-testid=current-calendar]" },
      ),
    ).toBeTruthy();
  });

  it("says plainly when someone else saved first, and reloads their calendar", async () => {
    const theirs = { windowStartDay: 20, dueDaysAfterCutoff: 2, version: 5 };
    const api = calendarApi(
      [decree09, theirs],
      [
        {
          updateReportingCalendar: {
            __typename: "ConflictError",
            code: "CONFLICT",
            currentVersion: 5,
            message: "Lịch báo cáo đã được người khác sửa (phiên bản hiện tại 5). Tải lại rồi sửa tiếp.",
          },
        },
      ],
    );
    renderConsole(api.client);
    await screen.findByText(`Các kỳ báo cáo năm ${NEXT_YEAR} theo lịch này`);
    type(dueDays(), "5");
    await clickSave();
    expect(
      await screen.findByText(/Người khác đã lưu lịch báo cáo sau khi bạn mở trang này \(phiên bản hiện tại 5\)/),
    ).toBeTruthy();
    expect(api.sent).toEqual([{ input: { windowStartDay: 15, dueDaysAfterCutoff: 5, version: 4 } }]);

    const conflict = screen.getByText(/Người khác đã lưu lịch báo cáo/).closest("[role=alert]") as HTMLElement;
    expect(within(conflict).getByText("Lịch báo cáo vừa được người khác sửa")).toBeTruthy();
    fireEvent.click(within(conflict).getByRole("button", { name: "Tải lại" }));
    expect(
      await screen.findByText(
        "Số liệu tháng tính từ ngày 20 tháng trước đến ngày 19; hạn gửi báo cáo 2 ngày sau ngày chốt (ngày 21).",
        { selector: "[data-testid=current-calendar]" },
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/Người khác đã lưu lịch báo cáo/)).toBeNull();
    expect((windowStartDay() as HTMLInputElement).value).toBe("20");
  });

  it("shows the API's field errors under their fields", async () => {
    const api = calendarApi(
      [decree09],
      [
        {
          updateReportingCalendar: {
            __typename: "ValidationError",
            code: "VALIDATION",
            message: "Dữ liệu không hợp lệ.",
            issues: [{ path: ["input", "dueDaysAfterCutoff"], message: "Hạn gửi báo cáo không hợp lệ theo API." }],
          },
        },
      ],
    );
    renderConsole(api.client);
    await screen.findByText(`Các kỳ báo cáo năm ${NEXT_YEAR} theo lịch này`);
    type(dueDays(), "4");
    await clickSave();
    await waitFor(() => expect(textUnder(dueDays())).toBe("Hạn gửi báo cáo không hợp lệ theo API."));
  });
});
