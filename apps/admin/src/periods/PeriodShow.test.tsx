// A period's page as people read it: every value under its label (the plan, the kind, the figures'
// dates, the cut-off and due days, when the compiled report was finalized and published), in
// Vietnamese and English; on a phone the bar's title keeps the month and the buttons keep their words.
import { fireEvent, render, screen, within } from "@testing-library/react";
import { Admin, type DataProvider, memoryStore, Resource } from "react-admin";
import { MemoryRouter } from "react-router-dom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type Role, signedInAs } from "../../test/support/signedInAs.ts";
import type { ReportingPeriodRecord } from "../dataProvider/reportingPeriods.ts";
import { createI18nProvider } from "../i18n/index.ts";
import PeriodShow from "./PeriodShow.tsx";

afterEach(() => vi.unstubAllGlobals());

/** November 2026 under Decree 09/2019: figures 15/10–14/11, cut off on the 14th, due on the 17th. */
const november: ReportingPeriodRecord = {
  id: "UmVwb3J0aW5nUGVyaW9kOjEx",
  kind: "MONTH",
  number: 11,
  year: 2026,
  label: "Tháng 11/2026",
  startsOn: "2026-10-15",
  endsOn: "2026-11-14",
  cutoffOn: "2026-11-14",
  dueOn: "2026-11-17",
  status: "CLOSED",
  closedAt: "2026-11-18T01:00:00.000Z",
  publishedAt: null,
  wardReportFinalizedAt: "2026-12-05T03:00:00.000Z",
  wardReportPublishedAt: "2026-12-05T03:00:00.000Z",
  version: 4,
  plan: { id: "UGxhbjox", number: "05/KH-UBND", title: "Kế hoạch phát triển kinh tế - xã hội năm 2026", year: 2026 },
};

function renderPeriod(period: ReportingPeriodRecord, role: Role = "LEADER") {
  const dataProvider = { getOne: async () => ({ data: period }) } as unknown as DataProvider;
  const i18nProvider = createI18nProvider();
  render(
    <MemoryRouter initialEntries={[`/reportingPeriods/${encodeURIComponent(period.id)}/show`]}>
      <Admin
        dataProvider={dataProvider}
        authProvider={signedInAs(role)}
        i18nProvider={i18nProvider}
        store={memoryStore()}
      >
        <Resource name="reportingPeriods" show={PeriodShow} recordRepresentation="label" />
      </Admin>
    </MemoryRouter>,
  );
}

/** The row of the page under `label`: the label, then the value, as read. */
async function row(label: string): Promise<string> {
  const shown = await screen.findByText(label);
  const field = shown.closest(".ra-field");
  expect(field, `"${label}" labels no value`).toBeTruthy();
  return (field?.textContent ?? "").replace(/\s+/g, " ");
}

/** A screen of the given width, as far as CSS media queries (and MUI's useMediaQuery) can tell. */
function screenWidth(width: number) {
  vi.stubGlobal("matchMedia", (query: string) => {
    const max = /max-width:\s*([\d.]+)px/.exec(query);
    const min = /min-width:\s*([\d.]+)px/.exec(query);
    const matches = (!max || width <= Number(max[1])) && (!min || width >= Number(min[1]));
    return {
      matches,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
    };
  });
}

describe("PeriodShow", () => {
  it("labels every value: the plan, the kind, the figures' dates, the cut-off and due days, the report's finalizing and publishing", async () => {
    renderPeriod(november);
    expect(await row("Hạn gửi báo cáo")).toBe("Hạn gửi báo cáo17/11/2026");
    expect(await row("Kế hoạch")).toBe("Kế hoạch05/KH-UBND — Kế hoạch phát triển kinh tế - xã hội năm 2026");
    expect(await row("Loại kỳ")).toBe("Loại kỳTháng");
    expect(await row("Số liệu")).toBe("Số liệutừ 15/10/2026 đến 14/11/2026");
    expect(await row("Ngày chốt số liệu")).toBe("Ngày chốt số liệu14/11/2026");
    expect(await row("Báo cáo tổng hợp đã chốt lúc")).toBe("Báo cáo tổng hợp đã chốt lúc05/12/2026 10:00");
    expect(await row("Đã công bố lúc")).toBe("Đã công bố lúc05/12/2026 10:00");
    expect(await row("Kỳ")).toBe("KỳTháng 11/2026");
  });

  it("says a month's compiled report is still a draft, and leaves out what has not happened", async () => {
    renderPeriod({
      ...november,
      status: "OPEN",
      closedAt: null,
      wardReportFinalizedAt: null,
      wardReportPublishedAt: null,
    });
    expect(await row("Báo cáo tổng hợp đã chốt lúc")).toBe(
      "Báo cáo tổng hợp đã chốt lúcChưa chốt: tải về là bản dự thảo theo số liệu hiện tại.",
    );
    expect(screen.queryByText("Đã công bố lúc")).toBeNull();
    expect(screen.queryByText("Khóa sổ lúc")).toBeNull();
  });

  it("labels the values in English once the console is in English", async () => {
    renderPeriod({
      ...november,
      kind: "NINE_MONTHS",
      label: "9 tháng năm 2026",
      startsOn: "2025-12-15",
      endsOn: "2026-09-14",
      cutoffOn: "2026-09-14",
      dueOn: "2026-09-17",
    });
    fireEvent.click(await screen.findByRole("button", { name: "Tiếng Việt" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "English" }));
    expect(await row("Report due")).toBe("Report due17/09/2026");
    expect(await row("Kind")).toBe("KindNine months");
    expect(await row("Figures")).toBe("Figuresfrom 15/12/2025 to 14/09/2026");
    expect(await row("Data cut-off")).toBe("Data cut-off14/09/2026");
    expect(await row("Published at")).toBe("Published at05/12/2026 10:00");
  });

  it("on a phone, keeps the month in the title and the words on the buttons", async () => {
    screenWidth(390);
    renderPeriod({ ...november, wardReportFinalizedAt: null, wardReportPublishedAt: null });
    const finalize = await screen.findByRole("button", { name: "Chốt báo cáo tổng hợp" });
    expect(finalize.textContent).toBe("Chốt báo cáo tổng hợp");
    expect((await screen.findByRole("link", { name: "Báo cáo tháng (Word)" })).textContent).toBe(
      "Báo cáo tháng (Word)",
    );
    const title = document.getElementById("react-admin-title");
    expect(title && within(title).getByText("Tháng 11/2026").textContent).toBe("Tháng 11/2026");
  });
});
