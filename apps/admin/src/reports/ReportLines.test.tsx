// A report's indicator lines as the reviewer reads them: each figure beside its target, in the
// target's unit, a percentage written as everywhere else in the console ("11,5%", no space); a
// yes/no or an event count in words; the cooperating unit whose figures a line uses.
import type { ReportIndicatorLineFieldsFragment } from "@kehoach/schema";
import { cleanup, render, screen, within } from "@testing-library/react";
import { AdminContext } from "react-admin";
import { describe, expect, it } from "vitest";
import { createI18nProvider, type Locale } from "../i18n/index.ts";
import { IndicatorLinesTable } from "./ReportLines.tsx";

const area = { id: "a1", name: "Kinh tế, hạ tầng và đô thị", parent: null };
const line: ReportIndicatorLineFieldsFragment = {
  id: "l1",
  valueToDate: "11.5",
  yearEndEstimate: "12.25",
  achieved: null,
  eventCount: null,
  note: null,
  adoptedFrom: null,
  indicator: {
    id: "i1",
    code: "1.1",
    number: null,
    name: "Công nghiệp - xây dựng",
    area,
    targets: [
      {
        id: "t1",
        kind: "QUANTITATIVE",
        comparator: "GT",
        value: "10",
        minValue: null,
        maxValue: null,
        unit: "%",
        measure: "PERCENT",
        direction: "INCREASE",
        basis: "LEVEL",
        qualitativeKind: null,
        phasing: null,
        text: "trên 10%",
      },
    ],
  },
};

async function renderLines(locale: Locale, shown: ReportIndicatorLineFieldsFragment = line) {
  const i18nProvider = createI18nProvider();
  await i18nProvider.changeLocale(locale);
  render(
    <AdminContext i18nProvider={i18nProvider}>
      <IndicatorLinesTable lines={[shown]} />
    </AdminContext>,
  );
  const row = (await screen.findAllByRole("row"))[1] as HTMLElement;
  return within(row)
    .getAllByRole("cell")
    .map((cell) => cell.textContent);
}

describe("IndicatorLinesTable", () => {
  it("writes percentages with the % against the number and the target beside them, in Vietnamese", async () => {
    expect(await renderLines("vi")).toEqual(["(1.1) Công nghiệp - xây dựng", "trên 10%", "11,5%", "12,25%", "—"]);
  });

  it("writes them the English way in English", async () => {
    expect(await renderLines("en")).toEqual(["(1.1) Công nghiệp - xây dựng", "over 10%", "11.5%", "12.25%", "—"]);
  });

  it("says đạt / chưa đạt and the number of events in words, and whose figures a line uses", async () => {
    const yesNo = { ...line, valueToDate: null, yearEndEstimate: null, achieved: true };
    expect((await renderLines("vi", yesNo))[2]).toBe("Đạt");
    cleanup();
    const events = {
      ...line,
      valueToDate: null,
      yearEndEstimate: null,
      eventCount: 0,
      adoptedFrom: { id: "c1", unit: { id: "u1", name: "Ban Chỉ huy quân sự phường" } },
    };
    const cells = await renderLines("vi", events);
    expect(cells[2]).toBe("0 vụ việc");
    expect(cells[4]).toBe("—Theo số liệu của Ban Chỉ huy quân sự phường");
  });

  it("gives the share of an assigned figure its unit, as the form asked for it", async () => {
    const assigned = {
      ...line,
      valueToDate: "95.5",
      yearEndEstimate: "102",
      indicator: {
        ...line.indicator,
        targets: line.indicator.targets.map((target) => ({
          ...target,
          kind: "QUALITATIVE" as const,
          comparator: null,
          value: null,
          unit: null,
          measure: null,
          qualitativeKind: "COMPLETE_ASSIGNED" as const,
          text: "hoàn thành kế hoạch thành phố giao",
        })),
      },
    };
    expect((await renderLines("vi", assigned)).slice(2, 4)).toEqual(["95,5% kế hoạch giao", "102% kế hoạch giao"]);
    cleanup();
    expect((await renderLines("en", assigned)).slice(2, 4)).toEqual([
      "95.5% of the assigned figure",
      "102% of the assigned figure",
    ]);
  });

  it("names every figure's column on its cell, for the phone layout that stacks a row's cells", async () => {
    await renderLines("vi");
    const row = (await screen.findAllByRole("row"))[1] as HTMLElement;
    const labels = within(row)
      .getAllByRole("cell")
      .map((cell) => cell.getAttribute("data-label"));
    expect(labels).toEqual([null, "Mục tiêu", "Thực hiện lũy kế đến kỳ", "Ước thực hiện cả năm", "Ghi chú"]);
  });
});
