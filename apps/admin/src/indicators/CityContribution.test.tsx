// The link to the city's indicator as the office uses it: what it is linked to, in words; linking it
// as a weighted average with a weight typed the Vietnamese way; a weight that is not a number
// refused on the spot with nothing sent; nothing to change for a leader.
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { AdminContext, type DataProvider, RecordContextProvider, ResourceContextProvider } from "react-admin";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Permissions } from "../auth/permissions.ts";
import { createI18nProvider } from "../i18n/index.ts";
import { CityContribution } from "./CityContribution.tsx";

afterEach(cleanup);

const revenue = {
  id: "city-5",
  code: "5",
  number: 5,
  name: "Thu ngân sách nhà nước trên địa bàn",
  plan: { id: "city-plan", title: "Kế hoạch 05/KH-UBND" },
};
const poverty = { ...revenue, id: "city-9", code: "9", number: 9, name: "Tỷ lệ hộ nghèo" };
const indicator = {
  id: "tan-hung-2",
  version: 4,
  contributesTo: null,
  contributionRule: null,
  contributionWeight: null,
  contributionCandidates: [revenue, poverty],
};

function renderAs(roles: Permissions["roles"], record: Record<string, unknown> = indicator) {
  const update = vi.fn(async (_resource: string, params: { data: object }) => ({
    data: { ...record, ...params.data },
  }));
  const permissions: Permissions = {
    userId: "u",
    username: "u",
    roles,
    unitId: null,
    unitName: null,
    unitKind: null,
    jurisdictionKind: "WARD",
  };
  const authProvider = {
    login: async () => undefined,
    logout: async () => undefined,
    checkAuth: async () => undefined,
    checkError: async () => undefined,
    getPermissions: async () => permissions,
  };
  render(
    <AdminContext
      dataProvider={{ update } as unknown as DataProvider}
      authProvider={authProvider}
      i18nProvider={createI18nProvider()}
    >
      <ResourceContextProvider value="indicators">
        <RecordContextProvider value={record}>
          <CityContribution />
        </RecordContextProvider>
      </ResourceContextProvider>
    </AdminContext>,
  );
  return { update };
}

describe("CityContribution", () => {
  it("links the indicator to the city's as a weighted average with the ward's weight", async () => {
    const { update } = renderAs(["OFFICE"]);
    expect(await screen.findByText("Chưa liên kết với chỉ tiêu nào của thành phố")).toBeTruthy();
    fireEvent.click(await screen.findByRole("button", { name: "Liên kết" }));
    const dialog = await screen.findByRole("dialog");
    fireEvent.mouseDown(within(dialog).getByRole("combobox", { name: "Chỉ tiêu của thành phố" }));
    fireEvent.click(await screen.findByRole("option", { name: "(9) Tỷ lệ hộ nghèo — Kế hoạch 05/KH-UBND" }));
    fireEvent.mouseDown(within(dialog).getByRole("combobox", { name: "Cách cộng dồn" }));
    fireEvent.click(await screen.findByRole("option", { name: "Bình quân có trọng số" }));
    fireEvent.change(within(dialog).getByRole("textbox", { name: "Trọng số của phường" }), {
      target: { value: "12.500" },
    });
    fireEvent.click(within(dialog).getByRole("button", { name: "Lưu" }));
    await vi.waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    expect(update.mock.calls[0]?.[1]).toMatchObject({
      id: "tan-hung-2",
      data: { contributesToId: "city-9", contributionRule: "WEIGHTED_AVERAGE", contributionWeight: 12500 },
      previousData: indicator,
    });
  });

  it("says what is wrong with a weight that is not a number, and sends nothing", async () => {
    const { update } = renderAs(["OFFICE"]);
    fireEvent.click(await screen.findByRole("button", { name: "Liên kết" }));
    const dialog = await screen.findByRole("dialog");
    fireEvent.mouseDown(within(dialog).getByRole("combobox", { name: "Chỉ tiêu của thành phố" }));
    fireEvent.click(
      await screen.findByRole("option", { name: "(5) Thu ngân sách nhà nước trên địa bàn — Kế hoạch 05/KH-UBND" }),
    );
    fireEvent.mouseDown(within(dialog).getByRole("combobox", { name: "Cách cộng dồn" }));
    fireEvent.click(await screen.findByRole("option", { name: "Bình quân có trọng số" }));
    fireEvent.change(within(dialog).getByRole("textbox", { name: "Trọng số của phường" }), {
      target: { value: "nhiều hộ" },
    });
    fireEvent.click(within(dialog).getByRole("button", { name: "Lưu" }));
    expect(await within(dialog).findByText("Trọng số phải là một số, ví dụ 12.500 hoặc 3,5.")).toBeTruthy();
    expect(update).not.toHaveBeenCalled();
  });

  it("tells a leader what the indicator adds up to, with nothing to change", async () => {
    renderAs(["LEADER"], {
      ...indicator,
      contributesTo: revenue,
      contributionRule: "SUM",
    });
    expect(
      await screen.findByText(
        "(5) Thu ngân sách nhà nước trên địa bàn (Kế hoạch 05/KH-UBND), cộng dồn: tổng các phường, xã",
      ),
    ).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.queryByRole("button", { name: "Đổi" })).toBeNull();
  });
});
