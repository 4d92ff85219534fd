// The voters' recommendations screens over a mocked data provider: the list (shortened text, status,
// unit, received date and age; the status, unresolved-only and unit filters; cards on a phone), the
// page of one offering each role only the step its status waits for, the dialogs of those steps (what
// they refuse before sending, what they send, the API's refusals), and the Front's form.
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import {
  Admin,
  AdminContext,
  type DataProvider,
  type GetListParams,
  type RaRecord,
  Resource,
  ResourceContextProvider,
  TestMemoryRouter,
} from "react-admin";
import { afterEach, describe, expect, it, vi } from "vitest";
import { permissionsFor, type Role, signedInAs } from "../../test/support/signedInAs.ts";
import { canAccess, type Permissions } from "../auth/permissions.ts";
import { httpErrorOf } from "../dataProvider/mutation.ts";
import type { RecommendationRecord } from "../dataProvider/recommendations.ts";
import { createI18nProvider } from "../i18n/index.ts";
import RecommendationCreate from "./RecommendationCreate.tsx";
import RecommendationList from "./RecommendationList.tsx";
import RecommendationShow from "./RecommendationShow.tsx";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const kt = { id: "VW5pdDprdA==", name: "Phòng Kinh tế, Hạ tầng và Đô thị" };
const vhxh = { id: "VW5pdDp2aHho", name: "Phòng Văn hóa - Xã hội" };
const plan = { id: "UGxhbjox", number: "05/KH-UBND", title: "Kế hoạch phát triển kinh tế - xã hội năm 2026" };
const inKt = { unitId: kt.id, unitName: kt.name, unitKind: "SPECIALISED_OFFICE" as const };
const inVhxh = { unitId: vhxh.id, unitName: vhxh.name, unitKind: "SPECIALISED_OFFICE" as const };

const LONG =
  "Cử tri khu phố 3 đề nghị phường sớm nâng cấp, sửa chữa tuyến đường hẻm 12 thường xuyên bị ngập sâu mỗi khi mưa lớn, gây khó khăn cho việc đi lại của người dân và học sinh, đồng thời bố trí thêm đèn chiếu sáng.";

function recommendation(status: RecommendationRecord["status"], more: Partial<RecommendationRecord> = {}) {
  const assigned = status !== "RECORDED";
  return {
    id: `UmVjb21tZW5kYXRpb246${status}`,
    content: LONG,
    source: "Hội nghị tiếp xúc cử tri ngày 10/11/2026",
    receivedOn: "2026-11-09",
    status,
    open: status !== "RESOLVED",
    ageDays: 35,
    answer: status === "ANSWERED" || status === "RESOLVED" ? "Đã khảo sát, sẽ nâng cấp trong quý I/2027." : null,
    answeredAt: status === "ANSWERED" || status === "RESOLVED" ? "2026-12-01T02:00:00.000Z" : null,
    frontNote: null,
    resolvedAt: status === "RESOLVED" ? "2026-12-10T02:00:00.000Z" : null,
    version: 3,
    createdAt: "2026-11-10T01:00:00.000Z",
    plan,
    indicator: null,
    task: { id: "VGFzazox", code: "a.1", title: "Phát triển hạ tầng giao thông" },
    unit: assigned ? kt : null,
    ...more,
  } satisfies RecommendationRecord;
}

const listed = [
  recommendation("ASSIGNED"),
  recommendation("RECORDED", {
    id: "UmVjb21tZW5kYXRpb246Mg==",
    content: "Lắp thêm đèn đường ở hẻm 5.",
    receivedOn: "2026-12-10",
    ageDays: 4,
  }),
];

/** The records each resource lists: the recommendations above and two units, unless a test says otherwise. */
const LISTS: Record<string, readonly RaRecord[]> = { recommendations: listed, units: [kt, vhxh] };

function dataProvider(more: Partial<DataProvider> = {}, lists = LISTS) {
  const getList = vi.fn(async (resource: string, _params: GetListParams) => {
    const data = [...(lists[resource] ?? [])];
    return { data, total: data.length };
  });
  return {
    getList,
    getMany: vi.fn(async () => ({ data: [] })),
    getManyReference: vi.fn(async () => ({ data: [], total: 0 })),
    getOne: vi.fn(),
    create: vi.fn(),
    update: vi.fn(),
    updateMany: vi.fn(),
    delete: vi.fn(),
    deleteMany: vi.fn(),
    ...more,
  } as DataProvider & { getList: typeof getList };
}

function renderList(role: Role, provider = dataProvider(), more: Partial<Permissions> = {}) {
  const authProvider = signedInAs(role, more);
  const asked = vi.spyOn(authProvider, "getPermissions");
  render(
    <TestMemoryRouter initialEntries={["/recommendations"]}>
      <AdminContext dataProvider={provider} authProvider={authProvider} i18nProvider={createI18nProvider()}>
        <ResourceContextProvider value="recommendations">
          <RecommendationList />
        </ResourceContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
  return { provider, asked };
}

/** The console at one recommendation's page, as someone of `role` sees it. */
function renderShow(role: Role, shown: RecommendationRecord, more: Partial<Permissions> = {}, update = vi.fn()) {
  const authProvider = signedInAs(role, more);
  const asked = vi.spyOn(authProvider, "getPermissions");
  const getOne = vi.fn(async () => ({ data: shown })) as unknown as DataProvider["getOne"];
  const provider = dataProvider({ getOne, update });
  render(
    <TestMemoryRouter initialEntries={[`/recommendations/${shown.id}/show`]}>
      <Admin dataProvider={provider} authProvider={authProvider} i18nProvider={createI18nProvider()}>
        <Resource name="recommendations" list={RecommendationList} show={RecommendationShow} />
      </Admin>
    </TestMemoryRouter>,
  );
  return { asked, update };
}

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

/** The text shown under an input (its helper text, where react-admin puts the field's error). */
function textUnder(input: HTMLElement): string {
  const described = input.getAttribute("aria-describedby");
  return described ? (document.getElementById(described)?.textContent ?? "") : "";
}

const lastFilter = (provider: ReturnType<typeof dataProvider>) =>
  provider.getList.mock.calls.filter(([resource]) => resource === "recommendations").at(-1)?.[1].filter;

const STEP_BUTTONS = ["Giao đơn vị", "Trả lời", "Đánh giá"];

describe("the list of voters' recommendations", () => {
  it("shows each one shortened, with its status, unit, received date and age in days", async () => {
    renderList("OFFICE");
    const row = (await screen.findByText(/^Cử tri khu phố 3 đề nghị/)).closest("tr") as HTMLElement;
    expect(within(row).getByText(/…$/).textContent?.length).toBeLessThan(LONG.length);
    expect(within(row).getByText("Chờ đơn vị trả lời")).toBeTruthy();
    expect(within(row).getByText(kt.name)).toBeTruthy();
    expect(within(row).getByText("09/11/2026")).toBeTruthy();
    expect(within(row).getByText("35 ngày")).toBeTruthy();
    const other = screen.getByText("Lắp thêm đèn đường ở hẻm 5.").closest("tr") as HTMLElement;
    expect(within(other).getByText("Chưa giao")).toBeTruthy();
    expect(within(other).getByText("Chờ giao đơn vị")).toBeTruthy();
    expect(within(other).getByText("4 ngày")).toBeTruthy();
  });

  it("asks for the unresolved ones, one status and one unit when the filters are chosen", async () => {
    const { provider } = renderList("OFFICE");
    await screen.findByText("Lắp thêm đèn đường ở hẻm 5.");
    fireEvent.click(screen.getByLabelText("Chỉ kiến nghị chưa giải quyết"));
    await waitFor(() => expect(lastFilter(provider)).toEqual({ openOnly: true }));

    fireEvent.mouseDown(screen.getByRole("combobox", { name: "Trạng thái" }));
    fireEvent.click(await screen.findByRole("option", { name: "Chờ Mặt trận đánh giá" }));
    await waitFor(() => expect(lastFilter(provider)).toEqual({ openOnly: true, status: "ANSWERED" }));

    fireEvent.mouseDown(screen.getByRole("combobox", { name: "Đơn vị" }));
    fireEvent.click(await screen.findByRole("option", { name: vhxh.name }));
    await waitFor(() => expect(lastFilter(provider)).toEqual({ openOnly: true, status: "ANSWERED", unitId: vhxh.id }));
  });

  it("offers a unit's people no unit filter: they see only their unit's", async () => {
    const { asked } = renderList("UNIT_STAFF", dataProvider(), inKt);
    await screen.findByText("Lắp thêm đèn đường ở hẻm 5.");
    await waitFor(() => expect(asked).toHaveBeenCalled());
    expect(screen.getByRole("combobox", { name: "Trạng thái" })).toBeTruthy();
    expect(screen.queryByRole("combobox", { name: "Đơn vị" })).toBeNull();
  });

  it("shows each one as a card on a phone, and no table", async () => {
    screenWidth(390);
    renderList("SUPERVISOR");
    expect(await screen.findByText("Lắp thêm đèn đường ở hẻm 5.")).toBeTruthy();
    expect(screen.getByText("09/11/2026 · 35 ngày")).toBeTruthy();
    expect(screen.getByText("10/12/2026 · 4 ngày")).toBeTruthy();
    expect(screen.getByText(kt.name)).toBeTruthy();
    expect(screen.getByText("Chờ đơn vị trả lời")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });
});

describe("a recommendation's page", () => {
  const cases: [Role, Partial<Permissions>, RecommendationRecord, string[]][] = [
    ["OFFICE", {}, recommendation("RECORDED"), ["Giao đơn vị"]],
    ["SUPERVISOR", {}, recommendation("RECORDED"), []],
    ["UNIT_STAFF", inKt, recommendation("RECORDED"), []],
    ["UNIT_STAFF", inKt, recommendation("ASSIGNED"), ["Trả lời"]],
    ["UNIT_HEAD", inKt, recommendation("ASSIGNED"), ["Trả lời"]],
    ["UNIT_STAFF", inVhxh, recommendation("ASSIGNED"), []],
    // The office may still hand it to another unit until it is answered (RECOMMENDATION_STEPS).
    ["OFFICE", {}, recommendation("ASSIGNED"), ["Giao đơn vị"]],
    ["LEADER", {}, recommendation("ASSIGNED"), []],
    ["SUPERVISOR", {}, recommendation("ASSIGNED"), []],
    ["SUPERVISOR", {}, recommendation("ANSWERED"), ["Đánh giá"]],
    ["OFFICE", {}, recommendation("ANSWERED"), []],
    ["UNIT_STAFF", inKt, recommendation("ANSWERED"), []],
    ["SUPERVISOR", {}, recommendation("RESOLVED"), []],
    ["OFFICE", {}, recommendation("RESOLVED"), []],
    ["UNIT_HEAD", inKt, recommendation("RESOLVED"), []],
    ["ADMIN", {}, recommendation("RESOLVED"), []],
  ];

  const named = cases.map(([role, more, shown, expected]) => ({
    who: more.unitName ? `${role} of ${more.unitName}` : role,
    status: shown.status,
    role,
    more,
    shown,
    expected,
  }));

  it.each(named)("offers $who on a $status recommendation only $expected", async ({ role, more, shown, expected }) => {
    const { asked } = renderShow(role, shown, more);
    expect(await screen.findByText(shown.source)).toBeTruthy();
    await waitFor(() => expect(asked).toHaveBeenCalled());
    if (expected[0]) await screen.findByRole("button", { name: expected[0] });
    else await new Promise((resolve) => setTimeout(resolve, 100));
    expect(STEP_BUTTONS.filter((name) => screen.queryByRole("button", { name }))).toEqual(expected);
  });

  it("shows every field of an answered one", async () => {
    renderShow("LEADER", recommendation("RESOLVED", { frontNote: "Cử tri đồng tình." }));
    expect(await screen.findByText(LONG)).toBeTruthy();
    expect(screen.getByText("Đã giải quyết")).toBeTruthy();
    expect(screen.getByText("35 ngày")).toBeTruthy();
    expect(screen.getByText("09/11/2026")).toBeTruthy();
    expect(screen.getByText(`${plan.number} — ${plan.title}`)).toBeTruthy();
    expect(screen.getByText("a.1. Phát triển hạ tầng giao thông")).toBeTruthy();
    expect(screen.getByText(kt.name)).toBeTruthy();
    expect(screen.getByText("Đã khảo sát, sẽ nâng cấp trong quý I/2027.")).toBeTruthy();
    expect(screen.getByText("Cử tri đồng tình.")).toBeTruthy();
    expect(screen.getByText("01/12/2026 09:00")).toBeTruthy();
  });
});

describe("the steps' dialogs", () => {
  it("refuses “Chưa giải quyết” without a note, in Vietnamese, and sends nothing", async () => {
    const answered = recommendation("ANSWERED");
    const update = vi.fn(async () => ({ data: { ...answered, status: "ASSIGNED", version: 4 } }));
    renderShow("SUPERVISOR", answered, {}, update);
    fireEvent.click(await screen.findByRole("button", { name: "Đánh giá" }));
    const dialog = await screen.findByRole("dialog", { name: "Đánh giá trả lời của đơn vị" });
    fireEvent.click(within(dialog).getByLabelText("Chưa giải quyết"));
    fireEvent.click(within(dialog).getByRole("button", { name: "Đánh giá" }));
    expect(await within(dialog).findByText("Ghi rõ vì sao chưa giải quyết được để đơn vị trả lời lại.")).toBeTruthy();
    expect(update).not.toHaveBeenCalled();

    fireEvent.change(within(dialog).getByLabelText("Nhận xét"), {
      target: { value: "Chưa nêu thời gian thi công cụ thể." },
    });
    fireEvent.click(within(dialog).getByRole("button", { name: "Đánh giá" }));
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    expect(update).toHaveBeenCalledWith("recommendations", {
      id: answered.id,
      data: { step: "REOPEN", note: "Chưa nêu thời gian thi công cụ thể." },
      previousData: answered,
    });
    expect(await screen.findByText("Đã chuyển kiến nghị lại cho đơn vị trả lời")).toBeTruthy();
  });

  it("asks the office for a unit, sends it with the version read, and says when someone else changed it", async () => {
    const recorded = recommendation("RECORDED");
    const update = vi.fn(async () => {
      throw httpErrorOf({ __typename: "ConflictError", code: "CONFLICT", message: "", currentVersion: 4 });
    });
    renderShow("OFFICE", recorded, {}, update);
    fireEvent.click(await screen.findByRole("button", { name: "Giao đơn vị" }));
    const dialog = await screen.findByRole("dialog", { name: "Giao đơn vị trả lời kiến nghị" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Giao đơn vị" }));
    expect(await within(dialog).findByText("Chọn đơn vị được giao trả lời.")).toBeTruthy();
    expect(update).not.toHaveBeenCalled();

    fireEvent.mouseDown(within(dialog).getByRole("combobox", { name: /Đơn vị/ }));
    fireEvent.click(await screen.findByRole("option", { name: kt.name }));
    fireEvent.click(within(dialog).getByRole("button", { name: "Giao đơn vị" }));
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    expect(update).toHaveBeenCalledWith("recommendations", {
      id: recorded.id,
      data: { step: "ASSIGN", unitId: kt.id },
      previousData: recorded,
    });
    expect(await screen.findByText(/Người khác vừa sửa mục này/)).toBeTruthy();
  });

  it("shows the API's complaint about an answer under the answer", async () => {
    const assigned = recommendation("ASSIGNED");
    const update = vi.fn(async () => {
      throw httpErrorOf({
        __typename: "ValidationError",
        code: "VALIDATION",
        issues: [{ path: ["input", "answer"], message: "Nội dung trả lời cần ít nhất 5 ký tự." }],
      });
    });
    renderShow("UNIT_STAFF", assigned, inKt, update);
    fireEvent.click(await screen.findByRole("button", { name: "Trả lời" }));
    const dialog = await screen.findByRole("dialog", { name: "Trả lời kiến nghị của cử tri" });
    const answer = within(dialog).getByLabelText(/Trả lời của đơn vị/);
    fireEvent.change(answer, { target: { value: "Xong" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Trả lời" }));
    await waitFor(() => expect(textUnder(answer)).toBe("Nội dung trả lời cần ít nhất 5 ký tự."));
    expect(update).toHaveBeenCalledWith("recommendations", {
      id: assigned.id,
      data: { step: "ANSWER", answer: "Xong" },
      previousData: assigned,
    });
  });
});

describe("recording a recommendation", () => {
  it("sends the Front's form and shows the API's complaint under the received date", async () => {
    const create = vi.fn(async () => {
      throw httpErrorOf({
        __typename: "ValidationError",
        code: "VALIDATION",
        issues: [{ path: ["input", "receivedOn"], message: "Ngày nhận kiến nghị không thể sau hôm nay." }],
      });
    });
    const provider = dataProvider({ create }, { plans: [plan] });
    render(
      <TestMemoryRouter initialEntries={["/recommendations/create"]}>
        <Admin dataProvider={provider} authProvider={signedInAs("SUPERVISOR")} i18nProvider={createI18nProvider()}>
          <Resource name="recommendations" list={RecommendationList} create={RecommendationCreate} />
        </Admin>
      </TestMemoryRouter>,
    );
    fireEvent.mouseDown(await screen.findByRole("combobox", { name: /Kế hoạch/ }));
    fireEvent.click(await screen.findByRole("option", { name: plan.title }));
    fireEvent.click(screen.getByRole("button", { name: "Lưu" }));
    expect(await screen.findByText("Nhập nội dung kiến nghị của cử tri.")).toBeTruthy();
    expect(screen.getByText("Nhập ngày nhận kiến nghị (dd/mm/yyyy).")).toBeTruthy();
    expect(create).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText(/Nội dung kiến nghị/), { target: { value: LONG } });
    fireEvent.change(screen.getByLabelText(/^Nguồn/), { target: { value: "Hòm thư góp ý" } });
    const received = screen.getByLabelText(/Ngày nhận/);
    fireEvent.change(received, { target: { value: "20/12/2026" } });
    // After a refused save the form validates each change; "Lưu" waits for it.
    const save = screen.getByRole("button", { name: "Lưu" }) as HTMLButtonElement;
    await waitFor(() => expect(save.disabled).toBe(false));
    fireEvent.click(save);
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create).toHaveBeenCalledWith("recommendations", {
      data: { planId: plan.id, content: LONG, source: "Hòm thư góp ý", receivedOn: "2026-12-20" },
    });
    await waitFor(() => expect(textUnder(received)).toBe("Ngày nhận kiến nghị không thể sau hôm nay."));
  });
});

describe("who has the screens", () => {
  it("lists them for the ward's leadership, office, Front and a unit's people; only the Front records", () => {
    for (const role of ["ADMIN", "OFFICE", "LEADER", "SUPERVISOR"] as const) {
      expect(canAccess(permissionsFor(role), "recommendations", "list")).toBe(true);
    }
    expect(canAccess(permissionsFor("UNIT_STAFF", inKt), "recommendations", "list")).toBe(true);
    expect(canAccess(permissionsFor("UNIT_HEAD", inKt), "recommendations", "show")).toBe(true);
    expect(canAccess(permissionsFor("UNIT_STAFF"), "recommendations", "list")).toBe(false);
    expect(canAccess(permissionsFor("SUPERVISOR"), "recommendations", "create")).toBe(true);
    for (const role of ["ADMIN", "OFFICE", "LEADER", "UNIT_HEAD"] as const) {
      expect(canAccess(permissionsFor(role, inKt), "recommendations", "create")).toBe(false);
    }
  });
});
