// The leader dashboard on a stubbed API: the figures per area, a count that opens the filtered
// list behind it, the error state with a retry, the empty state, Vietnamese by default; which plan
// and period it opens on; its data started before react-admin has booted.
import {
  DashboardLeaderDeskDocument,
  type DashboardLeaderDeskQuery,
  DashboardOverviewDocument,
  type DashboardOverviewQuery,
  DashboardPeriodsDocument,
  DashboardPlansAndPeriodsDocument,
  MeDocument,
  type ViewerFieldsFragment,
} from "@kehoach/schema";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { DocumentNode } from "graphql";
import { AdminContext } from "react-admin";
import { MemoryRouter, Route, Routes, useLocation } from "react-router-dom";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { currentViewer } from "../auth/authProvider.ts";
import type { GraphqlClient } from "../dataProvider/types.ts";
import { createI18nProvider } from "../i18n/index.ts";
import { Dashboard } from "./Dashboard.tsx";
import { loadDashboard } from "./loadDashboard.ts";
import { prefetchDashboard } from "./prefetch.ts";

type Overview = NonNullable<DashboardOverviewQuery["planOverview"]>;

/** A bucket of `count` made-up global IDs. */
const bucket = (prefix: string, count: number) => ({
  count,
  ids: Array.from({ length: count }, (_, i) => btoa(`${prefix}:${i + 1}`)),
});

function indicatorCounts(prefix: string, counts: Partial<Record<string, number>>) {
  const of = (key: string) => ({ ...bucket(`${prefix}-${key}`, counts[key] ?? 0), indicators: [] });
  const total = Object.values(counts).reduce<number>((sum, n) => sum + (n ?? 0), 0);
  return {
    total: bucket(`${prefix}-total`, total),
    achieved: of("achieved"),
    onTrack: of("onTrack"),
    atRisk: of("atRisk"),
    offTrack: of("offTrack"),
    notAchieved: of("notAchieved"),
    noData: of("noData"),
    notApplicable: of("notApplicable"),
  };
}

function taskCounts(prefix: string, counts: Partial<Record<string, number>>, overdue = 0) {
  const of = (key: string) => bucket(`${prefix}-${key}`, counts[key] ?? 0);
  const total = Object.values(counts).reduce<number>((sum, n) => sum + (n ?? 0), 0);
  return {
    total: bucket(`${prefix}-total`, total),
    notStarted: of("notStarted"),
    inProgress: of("inProgress"),
    done: of("done"),
    cancelled: of("cancelled"),
    overdue: { ...bucket(`${prefix}-overdue`, overdue), tasks: [] },
  };
}

const reportCounts = (prefix: string) => ({
  expected: bucket(`${prefix}-expected`, 4),
  submitted: bucket(`${prefix}-submitted`, 2),
  approved: bucket(`${prefix}-approved`, 1),
  missing: { ...bucket(`${prefix}-missing`, 2), units: [] },
});

const economy = { id: "QXJlYTox", code: "ECONOMY", name: "Kinh tế, hạ tầng và đô thị", nameEn: "Economy" };
const culture = { id: "QXJlYToy", code: "CULTURE_SOCIETY", name: "Văn hóa - xã hội", nameEn: "Culture and society" };

const overdueTasks = bucket("Task", 3);
const overview: Overview = {
  asOfMonth: 10,
  plan: { id: "UGxhbjox", title: "Kế hoạch phát triển kinh tế - xã hội năm 2026" },
  period: { id: "UGVyaW9kOjEw", label: "Tháng 10/2026" },
  indicators: {
    ...indicatorCounts("all", { achieved: 5, onTrack: 6, atRisk: 1, noData: 6 }),
    atRisk: {
      ...bucket("all-atRisk", 1),
      indicators: [
        {
          id: "SW5kaWNhdG9yOjY=",
          code: "6",
          name: "Thu nhập bình quân đầu người",
          assignment: { id: "QXNzOjE=", leadUnit: { id: "VW5pdDox", name: "Phòng Kinh tế, Hạ tầng và Đô thị" } },
        },
      ],
    },
  },
  tasks: {
    ...taskCounts("all", { notStarted: 20, inProgress: 1200, done: 7 }),
    overdue: {
      ...overdueTasks,
      tasks: [
        {
          id: overdueTasks.ids[0] ?? "",
          code: "KT-3",
          title: "Lập đề án chỉnh trang đô thị",
          deadline: "2026-06-30",
          assignment: null,
        },
      ],
    },
  },
  reports: {
    ...reportCounts("all"),
    missing: {
      ...bucket("Unit", 2),
      units: [
        { id: "VW5pdDo5", name: "Công an phường" },
        { id: "VW5pdDo4", name: "Ban Chỉ huy quân sự" },
      ],
    },
  },
  areas: [
    {
      area: economy,
      indicators: indicatorCounts("eco", { achieved: 4, onTrack: 2, atRisk: 1 }),
      tasks: { ...taskCounts("eco", { notStarted: 2, inProgress: 9 }), overdue: overdueTasks },
      reports: reportCounts("eco"),
    },
    {
      area: culture,
      indicators: indicatorCounts("cul", { achieved: 1, onTrack: 4, noData: 6 }),
      tasks: taskCounts("cul", { notStarted: 18, inProgress: 1191, done: 7 }),
      reports: reportCounts("cul"),
    },
  ],
};

const desk: NonNullable<DashboardLeaderDeskQuery["leaderDesk"]> = {
  reportsToReview: {
    ...bucket("ProgressReport", 1),
    reports: [
      {
        id: "UHJvZ3Jlc3NSZXBvcnQ6MQ==",
        submittedAt: "2026-10-24T03:00:00Z",
        unit: { id: "VW5pdDox", name: "Phòng Kinh tế, Hạ tầng và Đô thị" },
        period: { id: "UGVyaW9kOjEw", label: "Tháng 10/2026" },
      },
    ],
  },
  overdueTasks: bucket("desk-overdue", 3),
  offTrackIndicators: bucket("desk-off", 0),
  atRiskIndicators: bucket("desk-risk", 1),
  notAchievedIndicators: bucket("desk-not", 0),
  openRecommendations: [
    {
      id: "UmVjb21tZW5kYXRpb246MQ==",
      content: "Sửa đường hẻm 12 khu phố 3 bị ngập khi mưa.",
      ageDays: 35,
      status: "ASSIGNED",
      unit: { id: "VW5pdDox", name: "Phòng Kinh tế, Hạ tầng và Đô thị" },
    },
    { id: "UmVjb21tZW5kYXRpb246Mg==", content: "Lắp thêm đèn đường.", ageDays: 4, status: "RECORDED", unit: null },
  ],
};

const page = (nodes: unknown[]) => ({
  totalCount: nodes.length,
  pageInfo: { hasNextPage: false, endCursor: null },
  edges: nodes.map((node, i) => ({ cursor: String(i), node })),
});

const periods = [
  {
    id: "UGVyaW9kOjk=",
    label: "Tháng 09/2026",
    kind: "MONTH",
    status: "CLOSED",
    startsOn: "2026-09-01",
    endsOn: "2026-09-30",
  },
  {
    id: "UGVyaW9kOjEw",
    label: "Tháng 10/2026",
    kind: "MONTH",
    status: "OPEN",
    startsOn: "2026-10-01",
    endsOn: "2026-10-31",
  },
];

/** The periods as the periods of all plans list them: each with its plan. */
const periodsOf = (planId: string) => periods.map((period) => ({ ...period, plan: { id: planId } }));

const viewer = (roles: ViewerFieldsFragment["roles"], unit: ViewerFieldsFragment["unit"] = null) => ({
  id: "VXNlcjox",
  username: "nguoidung",
  displayName: "Người dùng",
  title: null,
  roles,
  unit,
  areas: [],
  jurisdiction: { id: "SnVyOjE=", code: "10537", name: "Phường Tân Hưng", kindValue: "WARD" as const },
});

interface StubOptions {
  /** Who `me` says is signed in (default: a leader). */
  me?: ViewerFieldsFragment;
  plans?: unknown[];
  /** The first page of the periods of all plans (default: the periods above, of plan UGxhbjox). */
  allPeriods?: unknown;
  /** How many overview requests fail before one succeeds. */
  failures?: number;
}

function stubClient({
  plans = [{ id: "UGxhbjox", year: 2026, title: "Kế hoạch 2026", status: "ACTIVE" }],
  failures = 0,
  allPeriods,
  me = viewer(["LEADER"]),
}: StubOptions = {}) {
  const calls = {
    overview: 0,
    periodIds: [] as unknown[],
    periodPlanIds: [] as unknown[],
    documents: [] as DocumentNode[],
  };
  const client = {
    query: (document: DocumentNode, variables: Record<string, unknown>) => ({
      toPromise: async () => {
        calls.documents.push(document);
        if (document === MeDocument) return { data: { me } };
        if (document === DashboardPlansAndPeriodsDocument) {
          return { data: { plans: page(plans), reportingPeriods: allPeriods ?? page(periodsOf("UGxhbjox")) } };
        }
        if (document === DashboardPeriodsDocument) {
          calls.periodPlanIds.push(variables.planId);
          return { data: { reportingPeriods: page(periods) } };
        }
        if (document === DashboardLeaderDeskDocument) return { data: { leaderDesk: desk } };
        if (document === DashboardOverviewDocument) {
          calls.overview += 1;
          calls.periodIds.push(variables.periodId);
          if (calls.overview <= failures) {
            return {
              error: {
                message: "[Network] Failed to fetch",
                graphQLErrors: [],
                networkError: new Error("Máy chủ không trả lời"),
              },
            };
          }
          return { data: { planOverview: overview } };
        }
        throw new Error("unexpected document");
      },
    }),
  } as unknown as GraphqlClient;
  return { client, calls };
}

function ListProbe() {
  const location = useLocation();
  return <output aria-label="list">{`${location.pathname}${location.search}`}</output>;
}

function renderDashboard(client: GraphqlClient) {
  return render(
    <MemoryRouter initialEntries={["/"]}>
      <AdminContext i18nProvider={createI18nProvider()}>
        <Routes>
          <Route path="/" element={<Dashboard client={client} />} />
          <Route path="/:resource" element={<ListProbe />} />
        </Routes>
      </AdminContext>
    </MemoryRouter>,
  );
}

describe("DashboardPage", () => {
  beforeEach(() => {
    // The app bar's title slot, where react-admin's <Title> renders.
    const slot = document.createElement("div");
    slot.id = "react-admin-title";
    document.body.append(slot);
  });
  afterEach(() => {
    cleanup();
    document.getElementById("react-admin-title")?.remove();
  });

  it("shows in Vietnamese the figures of each area and of the whole plan", async () => {
    renderDashboard(stubClient().client);
    expect(await screen.findByText("Kế hoạch phát triển kinh tế - xã hội năm 2026")).toBeTruthy();
    expect(screen.getByText("Tổng quan kế hoạch")).toBeTruthy();
    expect(screen.getByText("Chỉ tiêu đánh giá đến hết tháng 10")).toBeTruthy();

    // What lies below the figures follows them.
    const indicators = await screen.findByRole("table", { name: "Chỉ tiêu theo kết quả đánh giá" });
    const economyRow = within(indicators).getByRole("row", { name: /Kinh tế, hạ tầng và đô thị/ });
    expect(
      within(economyRow).getByRole("link", { name: "Đạt — Kinh tế, hạ tầng và đô thị: 4. Mở danh sách" }),
    ).toBeTruthy();
    expect(
      within(economyRow).getByRole("link", { name: "Tổng số — Kinh tế, hạ tầng và đô thị: 7. Mở danh sách" }),
    ).toBeTruthy();
    const cultureRow = within(indicators).getByRole("row", { name: /Văn hóa - xã hội/ });
    expect(
      within(cultureRow).getByRole("link", { name: "Chưa có số liệu — Văn hóa - xã hội: 6. Mở danh sách" }),
    ).toBeTruthy();
    const planRow = within(indicators).getByRole("row", { name: /Toàn kế hoạch/ });
    expect(within(planRow).getByRole("link", { name: /Tổng số — Toàn kế hoạch: 18\./ })).toBeTruthy();

    // Numbers in the Vietnamese way: 1.200 tasks in progress, 1.227 in all.
    const tasks = screen.getByRole("table", { name: "Nhiệm vụ theo tình trạng" });
    const taskPlanRow = within(tasks).getByRole("row", { name: /Toàn kế hoạch/ });
    expect(within(taskPlanRow).getByRole("link", { name: /Đang thực hiện — Toàn kế hoạch: 1\.200\./ })).toBeTruthy();
    expect(within(taskPlanRow).getByRole("link", { name: /Tổng số — Toàn kế hoạch: 1\.227\./ })).toBeTruthy();

    // What needs attention, by name and lead unit; units yet to report; what waits for me.
    expect(screen.getByText("(6) Thu nhập bình quân đầu người")).toBeTruthy();
    expect(screen.getByText("Chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị")).toBeTruthy();
    expect(screen.getByText("Công an phường")).toBeTruthy();
    expect(screen.getByText("Đơn vị chưa gửi báo cáo kỳ Tháng 10/2026")).toBeTruthy();
    expect(screen.getByText(/Phòng Kinh tế, Hạ tầng và Đô thị, Tháng 10\/2026, gửi ngày 24\/10\/2026/)).toBeTruthy();
  });

  it("opens the tasks list filtered to the 3 overdue tasks of an area, named, when their count is clicked", async () => {
    renderDashboard(stubClient().client);
    const tasks = await screen.findByRole("table", { name: "Nhiệm vụ theo tình trạng" });
    const economyRow = within(tasks).getByRole("row", { name: /Kinh tế, hạ tầng và đô thị/ });
    const three = within(economyRow).getByRole("link", {
      name: "Quá hạn — Kinh tế, hạ tầng và đô thị: 3. Mở danh sách",
    });
    expect(three.textContent).toBe("3");
    fireEvent.click(three);
    const list = await screen.findByLabelText("list");
    const url = new URL(list.textContent ?? "", "http://console");
    expect(url.pathname).toBe("/tasks");
    expect(JSON.parse(url.searchParams.get("filter") ?? "{}")).toEqual({
      id: overdueTasks.ids,
      selection: "Quá hạn — Kinh tế, hạ tầng và đô thị",
    });
  });

  it("counts the voters' recommendations not yet resolved, the oldest's age, and opens the list of them", async () => {
    renderDashboard(stubClient().client);
    const card = await screen.findByRole("region", { name: "Kiến nghị của cử tri" });
    expect(within(card).getByText("Lâu nhất đã chờ 35 ngày")).toBeTruthy();
    fireEvent.click(within(card).getByRole("link", { name: "Kiến nghị của cử tri chưa giải quyết: 2" }));
    const list = await screen.findByLabelText("list");
    const url = new URL(list.textContent ?? "", "http://console");
    expect(url.pathname).toBe("/recommendations");
    expect(JSON.parse(url.searchParams.get("filter") ?? "{}")).toEqual({ openOnly: true });
  });

  it("opens on the open period and shows another one when the user picks it", async () => {
    const { client, calls } = stubClient();
    renderDashboard(client);
    const select = await screen.findByRole("combobox", { name: "Kỳ báo cáo" });
    expect(select.textContent).toBe("Tháng 10/2026");
    fireEvent.mouseDown(select);
    fireEvent.click(await screen.findByRole("option", { name: "Tháng 09/2026" }));
    await waitFor(() => expect(calls.periodIds).toEqual(["UGVyaW9kOjEw", "UGVyaW9kOjk="]));
  });

  it("shows a zero as plain text, not as a link to an unfiltered list", async () => {
    renderDashboard(stubClient().client);
    const indicators = await screen.findByRole("table", { name: "Chỉ tiêu theo kết quả đánh giá" });
    const economyRow = within(indicators).getByRole("row", { name: /Kinh tế, hạ tầng và đô thị/ });
    expect(within(economyRow).queryByRole("link", { name: /Chưa có số liệu/ })).toBeNull();
  });

  it("says what went wrong and loads again when Thử lại is pressed", async () => {
    const { client, calls } = stubClient({ failures: 1 });
    renderDashboard(client);
    expect(await screen.findByText("Không tải được tổng quan kế hoạch")).toBeTruthy();
    expect(screen.getByText("Máy chủ không trả lời")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Thử lại" }));
    expect(await screen.findByRole("table", { name: "Chỉ tiêu theo kết quả đánh giá" })).toBeTruthy();
    expect(calls.overview).toBe(2);
    expect(screen.queryByText("Không tải được tổng quan kế hoạch")).toBeNull();
  });

  it("says there is no plan yet when the ward has none", async () => {
    const { client, calls } = stubClient({ plans: [] });
    renderDashboard(client);
    expect(await screen.findByText("Chưa có kế hoạch")).toBeTruthy();
    expect(calls.overview).toBe(0);
  });
});

describe("loadDashboard", () => {
  const draft2027 = { id: "UGxhbjoy", year: 2027, title: "Kế hoạch 2027 (dự thảo)", status: "DRAFT" };
  const active2026 = { id: "UGxhbjox", year: 2026, title: "Kế hoạch 2026", status: "ACTIVE" };
  const periodsOfDraft = periodsOf(draft2027.id).map((period) => ({ ...period, id: `${period.id}-2027` }));

  it("reads the plans and the periods of all plans in one request, then opens the active plan on its open period", async () => {
    const { client, calls } = stubClient({
      plans: [draft2027, active2026],
      allPeriods: page([...periodsOfDraft, ...periodsOf(active2026.id)]),
    });
    const data = await loadDashboard(client, undefined, "2026-10-15");
    if (data.kind !== "overview") throw new Error(`expected an overview, got ${data.kind}`);
    expect(data.plan.id).toBe(active2026.id);
    expect(data.periods.map((period) => period.id)).toEqual(["UGVyaW9kOjk=", "UGVyaW9kOjEw"]);
    expect(data.period.id).toBe("UGVyaW9kOjEw");
    expect(calls.documents.filter((document) => document === DashboardPlansAndPeriodsDocument)).toHaveLength(1);
    expect(calls.periodPlanIds).toEqual([]);
  });

  it("reads the chosen plan's periods on their own when the periods of all plans fill more than a page", async () => {
    const { client, calls } = stubClient({
      plans: [draft2027, active2026],
      allPeriods: { ...page(periodsOfDraft), pageInfo: { hasNextPage: true, endCursor: "1" } },
    });
    const data = await loadDashboard(client, undefined, "2026-10-15");
    if (data.kind !== "overview") throw new Error(`expected an overview, got ${data.kind}`);
    expect(calls.periodPlanIds).toEqual([active2026.id]);
    expect(data.period.id).toBe("UGVyaW9kOjEw");
    expect(calls.periodIds).toEqual(["UGVyaW9kOjEw"]);
  });
});

describe("prefetchDashboard", () => {
  beforeEach(() => {
    const slot = document.createElement("div");
    slot.id = "react-admin-title";
    document.body.append(slot);
  });
  afterEach(() => {
    cleanup();
    document.getElementById("react-admin-title")?.remove();
  });

  /** Starts the prefetch as main.tsx does, and waits for `me` as react-admin does before showing Home. */
  async function prefetch(client: GraphqlClient) {
    prefetchDashboard(client);
    await currentViewer(client);
  }

  it("opens on the figures read beside `me`, without asking for them again", async () => {
    const { client, calls } = stubClient();
    await prefetch(client);
    renderDashboard(client);
    expect(await screen.findByText("Kế hoạch phát triển kinh tế - xã hội năm 2026")).toBeTruthy();
    expect(calls.documents.filter((document) => document === DashboardPlansAndPeriodsDocument)).toHaveLength(1);
    expect(calls.documents.filter((document) => document === MeDocument)).toHaveLength(1);
    expect(calls.overview).toBe(1);
  });

  it("asks only the plan and its periods when the viewer lands on the unit's monthly report", async () => {
    const { client, calls } = stubClient({
      me: viewer(["UNIT_STAFF"], { id: "VW5pdDox", name: "Phòng Kinh tế", kind: "SPECIALISED_OFFICE" }),
    });
    await prefetch(client);
    await waitFor(() => expect(calls.documents).toContain(DashboardPlansAndPeriodsDocument));
    expect(calls.documents).not.toContain(DashboardOverviewDocument);
    expect(calls.documents).not.toContain(DashboardLeaderDeskDocument);
  });

  it("shows a prefetch that failed, and reads again when Thử lại is pressed", async () => {
    const { client, calls } = stubClient({ failures: 1 });
    await prefetch(client);
    renderDashboard(client);
    expect(await screen.findByText("Không tải được tổng quan kế hoạch")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Thử lại" }));
    expect(await screen.findByRole("table", { name: "Chỉ tiêu theo kết quả đánh giá" })).toBeTruthy();
    expect(calls.overview).toBe(2);
  });
});
