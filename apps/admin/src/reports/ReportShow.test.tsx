// A report opened from the list of reports or from the review queue, over the urql data provider
// (the API stubbed): the list carries no lines, comments or history, so the page waits for the
// whole report instead of saying it has none; the history lists every step with who, when, the
// reason of each return or reopening and the figures each approval wrote.
import {
  ProgressReportDocument,
  type ProgressReportQuery,
  ProgressReportsDocument,
  type ProgressReportsQuery,
  type ReportFieldsFragment,
  ReportingPeriodsDocument,
  UnitsDocument,
} from "@kehoach/schema";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { Admin, CustomRoutes, Resource } from "react-admin";
import { MemoryRouter, Route } from "react-router-dom";
import { describe, expect, it } from "vitest";
import { signedInAs } from "../../test/support/signedInAs.ts";
import { answer, later, page, stubClient } from "../../test/support/stubClient.ts";
import { createDataProvider } from "../dataProvider/index.ts";
import { createI18nProvider } from "../i18n/index.ts";
import ReportList from "./ReportList.tsx";
import ReportShow from "./ReportShow.tsx";
import ReviewQueue from "./ReviewQueue.tsx";

const user = (id: string, displayName: string) => ({ id, displayName });
const head = user("VXNlcjox", "Trần Văn Trưởng");
const office = user("VXNlcjoy", "Lê Thị Văn Phòng");
const leader = user("VXNlcjoz", "Phạm Phó Chủ Tịch");
const area = { id: "QXJlYTox", name: "Kinh tế, hạ tầng và đô thị", parent: null };

const summary: Omit<ProgressReportsQuery["progressReports"]["edges"][number]["node"], "taskLines" | "indicatorLines"> =
  {
    id: "UHJvZ3Jlc3NSZXBvcnQ6MQ==",
    status: "SUBMITTED",
    version: 5,
    summary: "Tháng 6: tiếp tục giải ngân vốn đầu tư công.",
    returnReason: null,
    createdAt: "2026-06-20T01:00:00.000Z",
    updatedAt: "2026-06-24T03:00:00.000Z",
    submittedAt: "2026-06-24T03:00:00.000Z",
    reviewedAt: "2026-06-22T02:30:00.000Z",
    period: {
      id: "UmVwb3J0aW5nUGVyaW9kOjY=",
      label: "Tháng 06/2026",
      kind: "MONTH",
      year: 2026,
      number: 6,
      startsOn: "2026-06-01",
      endsOn: "2026-06-30",
      dueOn: "2026-06-25",
      status: "OPEN",
    },
    unit: { id: "VW5pdDox", code: "kt", name: "Phòng Kinh tế, Hạ tầng và Đô thị" },
    plan: { id: "UGxhbjox", title: "Kế hoạch 2026" },
    submittedBy: head,
    reviewedBy: office,
  };

const task = { id: "VGFzazox", code: "a.1", title: "Phát triển thương mại, dịch vụ" };
const listed: ProgressReportsQuery["progressReports"]["edges"][number]["node"] = summary;

const figure = {
  indicatorCode: "4",
  indicatorName: "Tỷ lệ giải ngân vốn đầu tư công",
  kind: "ACTUAL" as const,
  value: "45.5",
  achieved: null,
  eventCount: null,
};
const history: ReportFieldsFragment["history"] = [
  {
    action: "CREATED",
    at: "2026-06-20T01:00:00.000Z",
    reason: null,
    actor: user("VXNlcjo0", "Nguyễn Cán Bộ"),
    figures: [],
  },
  { action: "SUBMITTED", at: "2026-06-21T02:00:00.000Z", reason: null, actor: head, figures: [] },
  {
    action: "RETURNED",
    at: "2026-06-22T02:30:00.000Z",
    reason: "Bổ sung kết quả giải ngân đến 30/6.",
    actor: office,
    figures: [],
  },
  { action: "RESUBMITTED", at: "2026-06-24T03:00:00.000Z", reason: null, actor: head, figures: [] },
  { action: "APPROVED", at: "2026-06-25T08:45:00.000Z", reason: null, actor: leader, figures: [figure] },
  {
    action: "REOPENED",
    at: "2026-06-26T02:00:00.000Z",
    reason: "Chưa gồm vốn bổ sung.",
    actor: office,
    figures: [figure],
  },
];

const whole: ProgressReportQuery = {
  node: {
    __typename: "ProgressReport",
    ...summary,
    taskLines: [
      {
        id: "l1",
        status: "DONE",
        percentDone: "100",
        results: "Đã hoàn thành khảo sát chợ",
        difficulties: null,
        proposals: null,
        task: { ...task, area },
      },
    ],
    indicatorLines: [],
    comments: [],
    history,
  },
};

/** The variables of each list request: the review queue lets the API pick what the viewer reviews. */
let listAsked: Record<string, unknown>[] = [];

function renderAt(path: string) {
  listAsked = [];
  const detail = later<ProgressReportQuery>();
  const client = stubClient(
    answer(ProgressReportsDocument, (variables) => {
      listAsked.push(variables);
      return { progressReports: page([listed]) };
    }),
    answer(ProgressReportDocument, () => detail.promise),
    answer(ReportingPeriodsDocument, { reportingPeriods: page([]) }),
    answer(UnitsDocument, { units: page([]) }),
  );
  render(
    <MemoryRouter initialEntries={[path]}>
      <Admin
        dataProvider={createDataProvider(client)}
        authProvider={signedInAs("OFFICE", { userId: office.id, username: "vanphong" })}
        i18nProvider={createI18nProvider()}
      >
        <Resource name="progressReports" list={ReportList} show={ReportShow} />
        <CustomRoutes>
          <Route path="/review" element={<ReviewQueue />} />
        </CustomRoutes>
      </Admin>
    </MemoryRouter>,
  );
  return detail;
}

describe("a report opened from the list", () => {
  it("waits for the whole report instead of saying it has no comments or history", async () => {
    const detail = renderAt("/progressReports");
    fireEvent.click(await screen.findByText("Phòng Kinh tế, Hạ tầng và Đô thị"));
    expect(await screen.findByRole("progressbar")).toBeTruthy();
    expect(screen.queryByText("Chưa có ý kiến nào.")).toBeNull();
    expect(screen.queryByText("Quá trình xử lý")).toBeNull();

    detail.resolve(whole);
    expect(await screen.findByText("Đã hoàn thành khảo sát chợ")).toBeTruthy();
    expect(screen.getByText("Chưa có ý kiến nào.")).toBeTruthy();
  });

  it("lists every step of the history in order, with who, when, the reasons and the approved figures kept", async () => {
    renderAt(`/progressReports/${encodeURIComponent(summary.id)}/show`).resolve(whole);
    const steps = within(await screen.findByRole("list", { name: "Quá trình xử lý" })).getAllByRole("listitem");
    expect(steps.map((step) => step.textContent)).toEqual([
      "Lập báo cáo20/06/2026 08:00 · Nguyễn Cán Bộ",
      "Gửi báo cáo21/06/2026 09:00 · Trần Văn Trưởng",
      "Trả lại22/06/2026 09:30 · Lê Thị Văn PhòngLý do: Bổ sung kết quả giải ngân đến 30/6.",
      "Gửi lại24/06/2026 10:00 · Trần Văn Trưởng",
      "Duyệt25/06/2026 15:45 · Phạm Phó Chủ TịchSố liệu đã duyệt: Chỉ tiêu 4, thực hiện: 45,5",
      "Mở lại26/06/2026 09:00 · Lê Thị Văn PhòngLý do: Chưa gồm vốn bổ sung.Số liệu đã duyệt: Chỉ tiêu 4, thực hiện: 45,5",
    ]);
  });
});

describe("a report chosen in the review queue", () => {
  it("is shown whole before it can be approved", async () => {
    const detail = renderAt("/review");
    fireEvent.click(await screen.findByText("Phòng Kinh tế, Hạ tầng và Đô thị"));
    expect(screen.queryByRole("button", { name: "Duyệt" })).toBeNull();
    expect(screen.queryByText("Chưa có ý kiến nào.")).toBeNull();

    detail.resolve(whole);
    expect(await screen.findByText("Đã hoàn thành khảo sát chợ")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Duyệt" })).toBeTruthy();
    expect(listAsked.length).toBeGreaterThan(0);
    for (const variables of listAsked) expect(variables).toMatchObject({ toReview: true });
  });
});
