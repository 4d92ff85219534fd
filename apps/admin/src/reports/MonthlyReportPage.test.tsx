// The monthly report form and the review dialog, over a mocked data provider: the unit's lines,
// the submit button only for unit heads, values kept and the API's message under the input after
// a refused save, the period a reminder names, the return reason shown, a question before leaving
// unsaved changes or submitting, and a return refused without a reason.
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { AdminContext, type DataProvider, HttpError, TestMemoryRouter } from "react-admin";
import { Link } from "react-router-dom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type Role, signedInAs } from "../../test/support/signedInAs.ts";
import { targetFields } from "../../test/support/targetFields.ts";
import type { Permissions } from "../auth/permissions.ts";
import type { AssignedItems, ReportRecord, WholeReportRecord } from "../dataProvider/progressReports.ts";
import type { ReportingPeriodRecord } from "../dataProvider/reportingPeriods.ts";
import { createI18nProvider } from "../i18n/index.ts";
import MonthlyReportPage from "./MonthlyReportPage.tsx";
import { ReviewActions } from "./ReviewActions.tsx";

afterEach(cleanup);

const today = new Date().toISOString().slice(0, 10);
const period: ReportingPeriodRecord = {
  id: "UmVwb3J0aW5nUGVyaW9kOjE=",
  kind: "MONTH",
  number: 11,
  year: 2026,
  label: "Tháng 11/2026",
  startsOn: today,
  endsOn: today,
  cutoffOn: today,
  dueOn: "2026-11-25",
  status: "OPEN",
  closedAt: null,
  publishedAt: null,
  wardReportFinalizedAt: null,
  wardReportPublishedAt: null,
  version: 2,
  plan: { id: "UGxhbjox", number: "05/KH-UBND", title: "Kế hoạch 2026", year: 2026 },
};

const area = { id: "a1", code: "ECONOMY", name: "Kinh tế" };
const items: AssignedItems = {
  tasks: [
    {
      id: "VGFzazox",
      code: "TT.1",
      title: "Chỉnh trang đô thị khu phố 3",
      position: 1,
      status: "IN_PROGRESS",
      percentDone: "20",
      archivedAt: null,
      area,
      role: "LEAD",
    },
  ],
  indicators: [
    {
      id: "SW5kaWNhdG9yOjY=",
      code: "6",
      name: "Thu nhập bình quân đầu người",
      position: 6,
      targets: [targetFields()],
      role: "LEAD",
      parentName: null,
    },
  ],
  contributions: [],
};

const unit = { id: "VW5pdDprdA==", code: "kt", name: "Phòng Kinh tế, Hạ tầng và Đô thị" };

/** Unit staff and heads belong to the unit; the office to none. */
function unitOf(role: Role): Partial<Permissions> {
  return role === "OFFICE" ? {} : { unitId: unit.id, unitName: unit.name, unitKind: "SPECIALISED_OFFICE" };
}

function reportOf(status: ReportRecord["status"], extra: Partial<WholeReportRecord> = {}): WholeReportRecord {
  return {
    partial: false,
    id: "UHJvZ3Jlc3NSZXBvcnQ6MQ==",
    status,
    version: 3,
    summary: "Tóm tắt",
    returnReason: null,
    createdAt: "2026-11-05T02:00:00.000Z",
    updatedAt: "2026-11-06T02:00:00.000Z",
    submittedAt: null,
    reviewedAt: null,
    period: {
      id: period.id,
      label: period.label,
      kind: "MONTH",
      year: 2026,
      number: 11,
      startsOn: today,
      endsOn: today,
      dueOn: period.dueOn,
      status: "OPEN",
    },
    unit,
    plan: { id: period.plan.id, title: period.plan.title },
    submittedBy: null,
    reviewedBy: null,
    taskLines: [],
    indicatorLines: [],
    comments: [],
    history: [],
    ...extra,
  };
}

function dataProviderWith(report: ReportRecord | undefined, overrides: Partial<DataProvider> = {}): DataProvider {
  return {
    getList: vi.fn(async (resource: string) =>
      resource === "reportingPeriods"
        ? { data: [period], total: 1 }
        : { data: report ? [report] : [], total: report ? 1 : 0, meta: { assignedItems: items } },
    ),
    getOne: vi.fn(async () => ({ data: report })),
    getMany: vi.fn(),
    getManyReference: vi.fn(),
    create: vi.fn(),
    update: vi.fn(),
    updateMany: vi.fn(),
    delete: vi.fn(),
    deleteMany: vi.fn(),
    ...overrides,
  } as unknown as DataProvider;
}

function renderPage(role: "UNIT_STAFF" | "UNIT_HEAD", dataProvider: DataProvider) {
  return render(
    <AdminContext
      dataProvider={dataProvider}
      authProvider={signedInAs(role, unitOf(role))}
      i18nProvider={createI18nProvider()}
    >
      <MonthlyReportPage />
    </AdminContext>,
  );
}

describe("MonthlyReportPage", () => {
  it("shows the unit's task and indicator lines and, to staff, a hint instead of the submit button", async () => {
    renderPage("UNIT_STAFF", dataProviderWith(undefined));
    expect(await screen.findByText("TT.1. Chỉnh trang đô thị khu phố 3")).toBeTruthy();
    expect(screen.getByText("(6) Thu nhập bình quân đầu người")).toBeTruthy();
    expect(screen.getByText("Mục tiêu: đạt 84,9 triệu đồng")).toBeTruthy();
    // An amount asks for the period's own figure, to date, the estimate and the same period last year.
    expect(screen.getAllByText("triệu đồng").length).toBe(4);
    expect(screen.getByRole("button", { name: "Lưu nháp" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Gửi báo cáo" })).toBeNull();
    expect(screen.getByText("Cán bộ lưu nháp; trưởng đơn vị kiểm tra và gửi báo cáo.")).toBeTruthy();
  });

  it("offers the unit head to submit", async () => {
    renderPage("UNIT_HEAD", dataProviderWith(undefined));
    expect(await screen.findByRole("button", { name: "Gửi báo cáo" })).toBeTruthy();
  });

  it("keeps the typed values and shows the API's message under the input after a refused save", async () => {
    const message = "Kết quả thực hiện: tối đa 5.000 ký tự.";
    const create = vi.fn(async () => {
      throw new HttpError(message, 400, { code: "VALIDATION", errors: { "taskLines.0.results": message } });
    });
    renderPage("UNIT_STAFF", dataProviderWith(undefined, { create }));
    const section = await screen.findByRole("region", { name: "TT.1 Chỉnh trang đô thị khu phố 3" });
    const results = within(section).getByLabelText("Kết quả thực hiện");
    fireEvent.change(results, { target: { value: "Đã khảo sát 3 khu phố" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu nháp" }));

    await waitFor(() => expect(within(section).getByText(message)).toBeTruthy());
    expect(create).toHaveBeenCalledTimes(1);
    expect((within(section).getByLabelText("Kết quả thực hiện") as HTMLTextAreaElement).value).toBe(
      "Đã khảo sát 3 khu phố",
    );
  });

  it("explains a conflict and keeps the form", async () => {
    const update = vi.fn(async () => {
      throw new HttpError("app.error.conflict", 409, { code: "CONFLICT" });
    });
    renderPage("UNIT_STAFF", dataProviderWith(reportOf("DRAFT"), { update }));
    fireEvent.click(await screen.findByRole("button", { name: "Lưu nháp" }));
    expect(await screen.findByText(/Có người vừa sửa báo cáo này/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Tải lại" })).toBeTruthy();
    expect(screen.getByText("TT.1. Chỉnh trang đô thị khu phố 3")).toBeTruthy();
  });

  it("opens the open period a reminder names (?period=) rather than the current one", async () => {
    const october = { ...period, id: "UmVwb3J0aW5nUGVyaW9kOjEw", number: 10, label: "Tháng 10/2026" };
    const getList = vi.fn(async (resource: string) =>
      resource === "reportingPeriods"
        ? { data: [period, october], total: 2 }
        : { data: [], total: 0, meta: { assignedItems: items } },
    );
    render(
      <TestMemoryRouter initialEntries={[`/monthly-report?period=${encodeURIComponent(october.id)}`]}>
        <AdminContext
          dataProvider={dataProviderWith(undefined, { getList: getList as never })}
          authProvider={signedInAs("UNIT_STAFF", unitOf("UNIT_STAFF"))}
          i18nProvider={createI18nProvider()}
        >
          <MonthlyReportPage />
        </AdminContext>
      </TestMemoryRouter>,
    );
    expect(await screen.findByText("TT.1. Chỉnh trang đô thị khu phố 3")).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Kỳ báo cáo" }).textContent).toBe("Tháng 10/2026");
    expect(getList).toHaveBeenCalledWith(
      "progressReports",
      expect.objectContaining({ filter: { periodId: october.id, unitId: unit.id } }),
    );
  });

  it("shows a returned report's reason above the form", async () => {
    const returned = reportOf("RETURNED", { returnReason: "Bổ sung số liệu chỉ tiêu (6)." });
    renderPage("UNIT_HEAD", dataProviderWith(returned));
    expect(await screen.findByText("Báo cáo bị trả lại — cần sửa và gửi lại")).toBeTruthy();
    expect(screen.getByText("Bổ sung số liệu chỉ tiêu (6).")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Gửi báo cáo" })).toBeTruthy();
  });
});

/** November 2026 under Decree 09/2019 (figures 15/10–14/11, due 17/11), closed after its due day. */
const closedNovember: ReportingPeriodRecord = {
  ...period,
  startsOn: "2026-10-15",
  endsOn: "2026-11-14",
  cutoffOn: "2026-11-14",
  dueOn: "2026-11-17",
  status: "CLOSED",
  closedAt: "2026-11-18T01:00:00.000Z",
};
/** December 2026, the open period (figures 15/11–14/12, due 17/12). */
const openDecember: ReportingPeriodRecord = {
  ...period,
  id: "UmVwb3J0aW5nUGVyaW9kOjEy",
  number: 12,
  label: "Tháng 12/2026",
  startsOn: "2026-11-15",
  endsOn: "2026-12-14",
  cutoffOn: "2026-12-14",
  dueOn: "2026-12-17",
};

/** The page at `/monthly-report?period=<requested>`, with December open and the unit's `report` of the requested period. */
function renderRequested(requested: ReportingPeriodRecord, report: WholeReportRecord | undefined) {
  const getList = vi.fn(async (resource: string, params: { filter: { periodId?: string } }) => {
    if (resource === "reportingPeriods") return { data: [openDecember], total: 1 };
    const mine = params.filter.periodId === requested.id && report ? [report] : [];
    return { data: mine, total: mine.length, meta: { assignedItems: items } };
  });
  const getOne = vi.fn(async (resource: string, params: { id: string }) => {
    if (resource === "reportingPeriods") {
      if (params.id === requested.id) return { data: requested };
      throw new HttpError("app.error.not_found", 404);
    }
    return { data: report };
  });
  const create = vi.fn();
  const update = vi.fn();
  render(
    <TestMemoryRouter initialEntries={[`/monthly-report?period=${encodeURIComponent(requested.id)}`]}>
      <AdminContext
        dataProvider={dataProviderWith(undefined, {
          getList: getList as never,
          getOne: getOne as never,
          create,
          update,
        })}
        authProvider={signedInAs("UNIT_HEAD", unitOf("UNIT_HEAD"))}
        i18nProvider={createI18nProvider()}
      >
        <MonthlyReportPage />
      </AdminContext>
    </TestMemoryRouter>,
  );
  return { getList, create, update };
}

describe("MonthlyReportPage: a reminder names a period that is not open", () => {
  it("says the period closed after its due day, shows the unit's report read-only, offers no save and links to the open period", async () => {
    const sent = reportOf("APPROVED", {
      summary: "Tháng 11: hoàn thành chỉnh trang khu phố 3.",
      period: { ...reportOf("APPROVED").period, dueOn: "2026-11-17", status: "CLOSED" },
    });
    const { create, update } = renderRequested(closedNovember, sent);
    expect(
      await screen.findByText(
        "Kỳ Tháng 11/2026 đã khóa sổ sau hạn gửi 17/11/2026. Liên hệ Văn phòng HĐND và UBND để được mở lại kỳ.",
      ),
    ).toBeTruthy();
    expect(screen.getByText("Không lập được báo cáo kỳ Tháng 11/2026 lúc này")).toBeTruthy();
    expect(await screen.findByText("Tháng 11: hoàn thành chỉnh trang khu phố 3.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Mở báo cáo" }).getAttribute("href")).toBe(
      `/progressReports/${encodeURIComponent(sent.id)}/show`,
    );
    expect(screen.queryByRole("button", { name: "Lưu nháp" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Gửi báo cáo" })).toBeNull();
    expect(screen.queryByText("TT.1. Chỉnh trang đô thị khu phố 3")).toBeNull();

    const toOpen = screen.getByRole("link", { name: "Báo cáo kỳ đang mở: Tháng 12/2026" });
    expect(toOpen.getAttribute("href")).toBe(`/monthly-report?period=${encodeURIComponent(openDecember.id)}`);
    fireEvent.click(toOpen);
    expect(await screen.findByRole("button", { name: "Lưu nháp" })).toBeTruthy();
    expect(screen.getByText("Tháng 12/2026 · Hạn gửi 17/12/2026")).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
    expect(update).not.toHaveBeenCalled();
  });

  it("says when an upcoming period opens, and that the unit has no report in it yet", async () => {
    const january: ReportingPeriodRecord = {
      ...period,
      id: "UmVwb3J0aW5nUGVyaW9kOjEz",
      number: 1,
      year: 2027,
      label: "Tháng 01/2027",
      startsOn: "2026-12-15",
      endsOn: "2027-01-14",
      cutoffOn: "2027-01-14",
      dueOn: "2027-01-17",
      status: "UPCOMING",
    };
    renderRequested(january, undefined);
    expect(
      await screen.findByText("Kỳ Tháng 01/2027 chưa mở: nhận báo cáo từ ngày 15/12/2026, hạn gửi 17/01/2027."),
    ).toBeTruthy();
    expect(await screen.findByText("Đơn vị không có báo cáo nào của kỳ này.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Lưu nháp" })).toBeNull();
    expect(screen.getByRole("link", { name: "Báo cáo kỳ đang mở: Tháng 12/2026" })).toBeTruthy();
  });
});

/** The page in a router that can block navigation, with a link away from it. */
function renderRouted(role: "UNIT_STAFF" | "UNIT_HEAD", dataProvider: DataProvider) {
  const location = { pathname: "" };
  render(
    <TestMemoryRouter
      initialEntries={["/monthly-report"]}
      locationCallback={(current) => {
        location.pathname = current.pathname;
      }}
    >
      <AdminContext
        dataProvider={dataProvider}
        authProvider={signedInAs(role, unitOf(role))}
        i18nProvider={createI18nProvider()}
      >
        <Link to="/indicators">Chỉ tiêu</Link>
        <MonthlyReportPage />
      </AdminContext>
    </TestMemoryRouter>,
  );
  return location;
}

/** Whether closing or reloading the tab now would ask first. */
function leavingTabAsks(): boolean {
  const event = new Event("beforeunload", { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe("MonthlyReportPage: unsaved changes and submission", () => {
  it("asks before leaving the form with unsaved changes, and stays when the user says no", async () => {
    const confirm = vi.spyOn(window, "confirm").mockReturnValue(false);
    const location = renderRouted("UNIT_STAFF", dataProviderWith(undefined));
    const section = await screen.findByRole("region", { name: "TT.1 Chỉnh trang đô thị khu phố 3" });
    expect(leavingTabAsks()).toBe(false);

    fireEvent.change(within(section).getByLabelText("Kết quả thực hiện"), { target: { value: "Đã khảo sát" } });
    expect(leavingTabAsks()).toBe(true);
    fireEvent.click(screen.getByRole("link", { name: "Chỉ tiêu" }));
    await waitFor(() =>
      expect(confirm).toHaveBeenCalledWith("Một số thay đổi chưa được lưu. Bạn có chắc chắn muốn bỏ qua?"),
    );
    expect(location.pathname).toBe("/monthly-report");
    expect((within(section).getByLabelText("Kết quả thực hiện") as HTMLTextAreaElement).value).toBe("Đã khảo sát");
    confirm.mockRestore();
  });

  it("counts only what was typed after the last save as unsaved", async () => {
    const create = vi.fn(async () => ({ data: reportOf("DRAFT") }));
    renderRouted("UNIT_STAFF", dataProviderWith(undefined, { create: create as never }));
    const section = await screen.findByRole("region", { name: "TT.1 Chỉnh trang đô thị khu phố 3" });
    fireEvent.change(within(section).getByLabelText("Kết quả thực hiện"), { target: { value: "Đã khảo sát" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu nháp" }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(leavingTabAsks()).toBe(false));

    fireEvent.change(within(section).getByLabelText("Khó khăn, vướng mắc"), { target: { value: "Thiếu kinh phí" } });
    expect(leavingTabAsks()).toBe(true);
  });

  it("still counts the changes as unsaved when the save is refused", async () => {
    const update = vi.fn(async () => {
      throw new HttpError("app.error.conflict", 409, { code: "CONFLICT" });
    });
    renderRouted("UNIT_STAFF", dataProviderWith(reportOf("DRAFT"), { update }));
    const section = await screen.findByRole("region", { name: "TT.1 Chỉnh trang đô thị khu phố 3" });
    fireEvent.change(within(section).getByLabelText("Kết quả thực hiện"), { target: { value: "Đã khảo sát" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu nháp" }));
    expect(await screen.findByText(/Có người vừa sửa báo cáo này/)).toBeTruthy();
    expect(leavingTabAsks()).toBe(true);
  });

  it("asks the unit head to confirm before submitting, and sends nothing on cancel", async () => {
    const create = vi.fn(async () => ({ data: reportOf("DRAFT") }));
    const update = vi.fn(async () => ({ data: reportOf("SUBMITTED") }));
    renderRouted("UNIT_HEAD", dataProviderWith(undefined, { create: create as never, update: update as never }));
    fireEvent.click(await screen.findByRole("button", { name: "Gửi báo cáo" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText("Gửi báo cáo Tháng 11/2026?")).toBeTruthy();
    expect(within(dialog).getByText(/không sửa được nữa, trừ khi báo cáo bị trả lại/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Hủy" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(create).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("button", { name: "Gửi báo cáo" }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Gửi báo cáo" }));
    expect(await screen.findByText("Báo cáo đã gửi, đang chờ duyệt: không sửa được.")).toBeTruthy();
    expect(create).toHaveBeenCalledTimes(1);
    expect(update).toHaveBeenCalledWith("progressReports", expect.objectContaining({ data: { status: "SUBMITTED" } }));
  });
});

describe("ReviewActions", () => {
  it("refuses to return a report without a reason", async () => {
    const update = vi.fn();
    render(
      <AdminContext
        dataProvider={dataProviderWith(undefined, { update })}
        authProvider={signedInAs("OFFICE")}
        i18nProvider={createI18nProvider()}
      >
        <ReviewActions report={reportOf("SUBMITTED")} />
      </AdminContext>,
    );
    fireEvent.click(await screen.findByRole("button", { name: "Trả lại" }));
    const dialog = await screen.findByRole("dialog");
    fireEvent.click(within(dialog).getByRole("button", { name: "Trả lại" }));
    expect(await within(dialog).findByText("Hãy nhập lý do trả lại (ít nhất 5 ký tự).")).toBeTruthy();
    expect(update).not.toHaveBeenCalled();
  });
});
