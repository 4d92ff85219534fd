// The city's roll-up over a stubbed API: the wards as a heat grid and a table that sorts by what is
// behind (wards without a published plan last), a ward's name opening its plan, the month asked
// for sent to the API, and a plain message for someone who is not the city's.
import { CityOverviewDocument, type CityOverviewQuery, type CityOverviewQueryVariables } from "@kehoach/schema";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { AdminContext } from "react-admin";
import { afterEach, describe, expect, it } from "vitest";
import { answer, stubClient } from "../../test/support/stubClient.ts";
import { createI18nProvider } from "../i18n/index.ts";
import { CityOverviewPage } from "./CityOverviewPage.tsx";
import type { CityWardRow } from "./cityRows.ts";

afterEach(cleanup);

const counts = (behind: number, total: number) => ({
  total: { count: total },
  achieved: { count: 0 },
  onTrack: { count: total - behind - 1 },
  atRisk: { count: 0 },
  offTrack: { count: behind },
  notAchieved: { count: 0 },
  noData: { count: 1 },
});
const ward = (code: string, name: string, behind: number | null, extra: Partial<CityWardRow> = {}): CityWardRow => ({
  wardCode: code,
  wardName: name,
  plan: behind === null ? null : { id: `P${code}`, title: `Kế hoạch ${name}` },
  period: behind === null ? null : { id: `M${code}`, label: "Tháng 11/2026" },
  indicators: behind === null ? null : counts(behind, 18),
  tasks: behind === null ? null : { overdue: { count: behind } },
  reportsExpected: behind === null ? null : 12,
  reportsMissing: behind === null ? null : 2,
  openRecommendations: 0,
  oldestOpenRecommendationAgeDays: null,
  ...extra,
});

function renderPage(cityOverview: CityOverviewQuery["cityOverview"]) {
  const sent: CityOverviewQueryVariables[] = [];
  const client = stubClient(
    answer(CityOverviewDocument, (variables) => {
      sent.push(variables);
      return { cityOverview };
    }),
  );
  render(
    <AdminContext i18nProvider={createI18nProvider()}>
      <CityOverviewPage client={client} today="2026-12-05" />
    </AdminContext>,
  );
  return { sent };
}

const city = {
  year: 2026,
  month: null,
  city: { id: "C", name: "Thành phố Hải Phòng" },
  wards: [
    ward("10526", "Phường Thủy Nguyên", 2),
    ward("10537", "Phường Tân Hưng", 5, { openRecommendations: 1, oldestOpenRecommendationAgeDays: 64 }),
    ward("10540", "Xã An Lão", null),
  ],
  sharedIndicators: [
    {
      code: "5",
      name: "Thu ngân sách nhà nước trên địa bàn",
      rule: "SUM" as const,
      ruleLabel: "Tổng các phường, xã",
      formattedValue: "22,2 tỷ đồng",
      targetText: "đạt 150.000 tỷ đồng",
      reporting: 2,
      contributing: 3,
      achieving: 0,
      allAchieved: null,
    },
    {
      code: "12",
      name: "Tổ dân phố đạt chuẩn văn hóa",
      rule: "ALL_OF" as const,
      ruleLabel: "Mọi phường, xã cùng đạt",
      formattedValue: null,
      targetText: null,
      reporting: 2,
      contributing: 3,
      achieving: 1,
      allAchieved: false,
    },
  ],
};

const bodyRows = () =>
  within(screen.getByRole("table", { name: "Bảng so sánh" }))
    .getAllByRole("row")
    .slice(1)
    .map((row) => within(row).getAllByRole("cell")[0]?.textContent);

describe("CityOverviewPage", () => {
  it("shows each ward as a tile and a row, most behind first, a ward without a published plan last", async () => {
    renderPage(city);
    expect(await screen.findByText("Thành phố Hải Phòng: 3 phường, xã trực thuộc, năm 2026")).toBeTruthy();
    expect(
      screen.getByRole("link", { name: "Phường Tân Hưng: 5 trên 18 chỉ tiêu chậm tiến độ, có nguy cơ hoặc không đạt" }),
    ).toBeTruthy();
    expect(screen.getByRole("img", { name: "Xã An Lão: chưa có kế hoạch công bố" })).toBeTruthy();
    expect(bodyRows()).toEqual(["Phường Tân Hưng", "Phường Thủy Nguyên", "Xã An LãoChưa có kế hoạch công bố"]);
    const tanHung = screen.getByRole("row", { name: /Phường Tân Hưng/ });
    expect(
      within(tanHung)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["Phường Tân Hưng", "5/18", "5", "2/12", "1lâu nhất 64 ngày", "1", "Tháng 11/2026"]);
    expect(within(tanHung).getByRole("link", { name: "Phường Tân Hưng" }).getAttribute("href")).toBe(
      "#/plans/P10537/show",
    );
  });

  it("sorts by a column when its heading is clicked, and back the other way", async () => {
    renderPage(city);
    // By name, A to Z in Vietnamese order, "Phường" and "Xã" aside: An Lão, Tân Hưng, Thủy Nguyên.
    fireEvent.click(await screen.findByRole("button", { name: "Phường, xã" }));
    expect(bodyRows()).toEqual(["Xã An LãoChưa có kế hoạch công bố", "Phường Tân Hưng", "Phường Thủy Nguyên"]);
    fireEvent.click(screen.getByRole("button", { name: "Kiến nghị chưa giải quyết" }));
    expect(bodyRows()[0]).toBe("Phường Tân Hưng");
    fireEvent.click(screen.getByRole("button", { name: "Kiến nghị chưa giải quyết" }));
    expect(bodyRows()[0]).toBe("Phường Thủy Nguyên");
  });

  it("on a phone, where the table has no heading row, sorts by the column chosen above it, and back with the button", async () => {
    renderPage(city);
    fireEvent.mouseDown(await screen.findByRole("combobox", { name: "Sắp xếp theo" }));
    fireEvent.click(await screen.findByRole("option", { name: "Kiến nghị chưa giải quyết" }));
    expect(bodyRows()[0]).toBe("Phường Tân Hưng");
    fireEvent.click(screen.getByRole("button", { name: "Giảm dần" }));
    expect(bodyRows()[0]).toBe("Phường Thủy Nguyên");
    expect(screen.getByRole("button", { name: "Tăng dần" })).toBeTruthy();
  });

  it("asks the API for the month chosen, each ward's current period by default", async () => {
    const { sent } = renderPage(city);
    await screen.findByText(/3 phường, xã trực thuộc/);
    expect(sent[0]).toEqual({ year: 2026, month: null, locale: "VI" });
    fireEvent.mouseDown(screen.getByRole("combobox", { name: "Kỳ" }));
    fireEvent.click(await screen.findByRole("option", { name: "Tháng 11" }));
    await waitFor(() => expect(sent.at(-1)).toEqual({ year: 2026, month: 11, locale: "VI" }));
  });

  it("shows the city indicators the wards add up to: the city's figure, how it adds up, the wards in", async () => {
    renderPage(city);
    const table = await screen.findByRole("table", { name: "Chỉ tiêu của thành phố do các phường, xã góp vào" });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole("cell")
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      [
        "(5) Thu ngân sách nhà nước trên địa bànMức chỉ tiêu: đạt 150.000 tỷ đồng",
        "22,2 tỷ đồng",
        "Tổng các phường, xã",
        "2/3",
      ],
      ["(12) Tổ dân phố đạt chuẩn văn hóa", "1/3 phường đạt", "Mọi phường, xã cùng đạt", "2/3"],
    ]);
  });

  it("tells someone who is not the city's that the roll-up is not for them", async () => {
    renderPage(null);
    expect(await screen.findByText(/chỉ dành cho lãnh đạo, Văn phòng và quản trị của thành phố/)).toBeTruthy();
  });
});
