// A report's indicator lines as the reviewer reads them: each figure beside its target, in the
// target's unit, a percentage written as everywhere else in the console ("11,5%", no space); a
// yes/no or an event count in words; the cooperating unit whose figures a line uses; the period's own
// figure and the same period last year, with how the line compares with it.
import type { ReportIndicatorLineFieldsFragment } from "@kehoach/schema";
import { cleanup, render, screen, within } from "@testing-library/react";
import { AdminContext } from "react-admin";
import { describe, expect, it } from "vitest";
import { createI18nProvider, type Locale } from "../i18n/index.ts";
import { IndicatorLinesTable } from "./ReportLines.tsx";

const area = { id: "a1", name: "Kinh tế, hạ tầng và đô thị", parent: null };
const line: ReportIndicatorLineFieldsFragment = {
  id: "l1",
  periodValue: null,
  valueToDate: "11.5",
  yearEndEstimate: "12.25",
  samePeriodLastYear: "10.2",
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
    expect(await renderLines("vi")).toEqual([
      "(1.1) Công nghiệp - xây dựng",
      "trên 10%",
      "—",
      "11,5%",
      "12,25%",
      "10,2%tăng 1,3 điểm % so với cùng kỳ",
      "—",
    ]);
  });

  it("writes them the English way in English", async () => {
    expect(await renderLines("en")).toEqual([
      "(1.1) Công nghiệp - xây dựng",
      "over 10%",
      "—",
      "11.5%",
      "12.25%",
      "10.2%up 1.3 percentage points on the same period last year",
      "—",
    ]);
  });

  it("gives an amount's figure for the period and its share of the same period last year", async () => {
    const amount = {
      ...line,
      periodValue: "1.2",
      valueToDate: "9.8",
      yearEndEstimate: "14.5",
      samePeriodLastYear: "8",
      indicator: {
        ...line.indicator,
        targets: line.indicator.targets.map((target) => ({ ...target, unit: "tỷ đồng", measure: "MONEY" as const })),
      },
    };
    expect((await renderLines("vi", amount)).slice(2, 6)).toEqual([
      "1,2 tỷ đồng",
      "9,8 tỷ đồng",
      "14,5 tỷ đồng",
      "8 tỷ đồngbằng 122,5% cùng kỳ",
    ]);
  });

  it("says đạt / chưa đạt and the number of events in words, and whose figures a line uses", async () => {
    const yesNo = { ...line, valueToDate: null, yearEndEstimate: null, samePeriodLastYear: null, achieved: true };
    expect((await renderLines("vi", yesNo))[3]).toBe("Đạt");
    cleanup();
    const events = {
      ...line,
      valueToDate: null,
      yearEndEstimate: null,
      samePeriodLastYear: null,
      eventCount: 0,
      adoptedFrom: { id: "c1", unit: { id: "u1", name: "Ban Chỉ huy quân sự phường" } },
    };
    const cells = await renderLines("vi", events);
    expect(cells[3]).toBe("0 vụ việc");
    expect(cells[6]).toBe("—Theo số liệu của Ban Chỉ huy quân sự phường");
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
    expect((await renderLines("vi", assigned)).slice(3, 5)).toEqual(["95,5% kế hoạch giao", "102% kế hoạch giao"]);
    cleanup();
    expect((await renderLines("en", assigned)).slice(3, 5)).toEqual([
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
    expect(labels).toEqual([
      null,
      "Mục tiêu",
      "Thực hiện trong kỳ",
      "Thực hiện lũy kế đến kỳ",
      "Ước thực hiện cả năm",
      "Cùng kỳ năm trước",
      "Ghi chú",
    ]);
  });
});
