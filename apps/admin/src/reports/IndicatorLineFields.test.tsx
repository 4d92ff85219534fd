// The monthly form's indicator lines, one per kind of target of the Tân Hưng plan: a number with its
// unit and the year-end estimate ((3) tỷ đồng), the share of the assigned figure ((2)), yes/no
// ((16)), events ((18)), the headline of a composite with its own target ((1)), and a cooperating
// unit's line marked as a contribution. Figures are checked as the API checks them, in Vietnamese,
// and a refused figure sends nothing; a task's 72% is accepted (no hidden step).
import type { TargetFieldsFragment } from "@kehoach/schema";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { AdminContext, type DataProvider } from "react-admin";
import { afterEach, describe, expect, it, vi } from "vitest";
import { targetFields } from "../../test/support/targetFields.ts";
import type { AssignedIndicator, AssignedItems } from "../dataProvider/progressReports.ts";
import type { ReportingPeriodRecord } from "../dataProvider/reportingPeriods.ts";
import { createI18nProvider } from "../i18n/index.ts";
import { MonthlyReportForm } from "./MonthlyReportForm.tsx";

afterEach(cleanup);

const target = (extra: Partial<TargetFieldsFragment>) =>
  targetFields({
    id: `t${Math.random()}`,
    comparator: "GT",
    value: null,
    unit: null,
    measure: null,
    text: "",
    ...extra,
  });

const line = (code: string, name: string, targets: TargetFieldsFragment[], extra: Partial<AssignedIndicator> = {}) => ({
  id: `I${code}`,
  code,
  name,
  position: Number.parseFloat(code),
  targets,
  role: "LEAD" as const,
  parentName: null,
  ...extra,
});

const items: AssignedItems = {
  tasks: [
    {
      id: "T1",
      code: "TT.1",
      title: "Chỉnh trang đô thị khu phố 3",
      position: 1,
      status: "IN_PROGRESS",
      percentDone: "20",
      archivedAt: null,
      area: { id: "a1", code: "ECONOMY", name: "Kinh tế" },
      role: "LEAD",
    },
  ],
  indicators: [
    line("1", "Tổng giá trị sản phẩm trên địa bàn", [
      target({
        value: "10",
        unit: "%",
        measure: "PERCENT",
        basis: "AVERAGE_ANNUAL_CHANGE",
        text: "tăng bình quân trên 10%/năm",
      }),
    ]),
    line("2", "Thu ngân sách Nhà nước trên địa bàn", [
      target({
        kind: "QUALITATIVE",
        comparator: null,
        qualitativeKind: "COMPLETE_ASSIGNED",
        text: "hoàn thành kế hoạch thành phố giao",
      }),
    ]),
    line("3", "Vốn đầu tư từ nguồn ngân sách cấp phường", [
      target({ value: "14", unit: "tỷ đồng", measure: "MONEY", text: "ước đạt trên 14 tỷ" }),
    ]),
    line("16", "Phường đạt chuẩn tiếp cận pháp luật", [
      target({
        kind: "QUALITATIVE",
        comparator: null,
        qualitativeKind: "ACHIEVED",
        text: "Phường đạt chuẩn tiếp cận pháp luật",
      }),
    ]),
    line("18", "Giữ vững an ninh, chính trị, trật tự an toàn xã hội", [
      target({
        kind: "QUALITATIVE",
        comparator: null,
        qualitativeKind: "ZERO_EVENTS",
        direction: "MAINTAIN",
        text: "không để xảy ra án đặc biệt nghiêm trọng",
      }),
    ]),
    line(
      "6",
      "Thu nhập bình quân đầu người",
      [target({ comparator: "EQ", value: "84.9", unit: "triệu đồng", measure: "MONEY" })],
      {
        role: "CONTRIBUTION",
      },
    ),
  ],
  contributions: [
    {
      id: "L-vhxh-3",
      periodValue: null,
      valueToDate: "9.8",
      yearEndEstimate: "14.5",
      samePeriodLastYear: null,
      achieved: null,
      eventCount: null,
      note: null,
      indicator: { id: "I3" },
      unit: { id: "Uvhxh", name: "Phòng Văn hóa - Xã hội" },
    },
  ],
};

const period = { id: "P11", label: "Tháng 11/2026" } as ReportingPeriodRecord;

function renderForm(
  shown: AssignedItems = items,
  create = vi.fn(async (_resource: string, params: { data: unknown }) => ({
    data: { ...(params.data as object), id: "R1", version: 1, status: "DRAFT" },
  })),
) {
  const dataProvider = { create } as unknown as DataProvider;
  render(
    <AdminContext dataProvider={dataProvider} i18nProvider={createI18nProvider()}>
      <MonthlyReportForm
        period={period}
        unitId="Ukt"
        items={shown}
        report={undefined}
        canSubmit={false}
        onSaved={() => undefined}
        onReload={() => undefined}
      />
    </AdminContext>,
  );
  return { create };
}

const section = (name: RegExp) => screen.getByRole("region", { name });

describe("indicator lines by kind of target", () => {
  it("asks each target for what it measures, with its unit and its target beside it", () => {
    renderForm();
    const money = section(/^\(3\)/);
    expect(within(money).getByText("Mục tiêu: trên 14 tỷ đồng")).toBeTruthy();
    // In the period, to date, the year's estimate and the same period last year.
    expect(within(money).getAllByText("tỷ đồng")).toHaveLength(4);
    expect(within(money).getByLabelText("Ước thực hiện cả năm")).toBeTruthy();

    expect(within(section(/^\(2\)/)).getAllByText("% kế hoạch giao")).toHaveLength(2);
    expect(within(section(/^\(1\)/)).getByLabelText("Thực hiện lũy kế đến kỳ")).toBeTruthy();

    const yesNo = section(/^\(16\)/);
    expect(within(yesNo).queryByLabelText("Thực hiện lũy kế đến kỳ")).toBeNull();
    expect(within(yesNo).getByLabelText("Kết quả đến kỳ")).toBeTruthy();

    const events = section(/^\(18\)/);
    expect(within(events).getByLabelText("Số vụ việc xảy ra trong kỳ")).toBeTruthy();
    // Before the first save there is no line to attach evidence files to: the form says where they go.
    expect(within(money).getByText(/Tệp minh chứng .*: lưu nháp trước, rồi đính kèm tại đây\./)).toBeTruthy();
    expect(within(events).getByText("Nhập 0 nếu không xảy ra vụ việc nào.")).toBeTruthy();
  });

  it("marks the lines the unit leads and those it only contributes to", () => {
    renderForm();
    expect(within(section(/^\(3\)/)).getByText("Chủ trì")).toBeTruthy();
    const contribution = section(/^\(6\)/);
    expect(within(contribution).getByText("Phối hợp")).toBeTruthy();
    expect(within(contribution).getByText(/không thay số liệu chính thức/)).toBeTruthy();
  });

  it("refuses a negative amount in Vietnamese under the field and sends nothing", async () => {
    const { create } = renderForm();
    fireEvent.change(within(section(/^\(3\)/)).getByLabelText("Thực hiện lũy kế đến kỳ"), { target: { value: "-3" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu nháp" }));
    expect(await within(section(/^\(3\)/)).findByText("Không được nhỏ hơn 0 tỷ đồng.")).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
  });

  it("sends a yes/no, an event count, a Vietnamese decimal and a task's 72%", async () => {
    const { create } = renderForm();
    fireEvent.change(within(section(/^\(3\)/)).getByLabelText("Thực hiện lũy kế đến kỳ"), { target: { value: "9,8" } });
    fireEvent.change(within(section(/^\(18\)/)).getByLabelText("Số vụ việc xảy ra trong kỳ"), {
      target: { value: "0" },
    });
    fireEvent.mouseDown(within(section(/^\(16\)/)).getByRole("combobox"));
    fireEvent.click(await screen.findByRole("option", { name: "Đạt" }));
    fireEvent.change(within(section(/^TT\.1/)).getByLabelText("% hoàn thành"), { target: { value: "72" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu nháp" }));

    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    const data = create.mock.calls[0]?.[1].data as {
      taskLines: { percentDone: number }[];
      indicatorLines: {
        indicatorId: string;
        valueToDate: string;
        achieved: boolean | null;
        eventCount: number | null;
      }[];
    };
    expect(data.taskLines[0]?.percentDone).toBe(72);
    const byId = new Map(data.indicatorLines.map((l) => [l.indicatorId, l]));
    expect(byId.get("I3")?.valueToDate).toBe("9,8");
    expect(byId.get("I16")?.achieved).toBe(true);
    expect(byId.get("I18")?.eventCount).toBe(0);
  });

  it("offers the lead unit what a cooperating unit sent, and sends which one it used", async () => {
    const { create } = renderForm();
    const money = section(/^\(3\)/);
    expect(
      within(money).getByText(
        /Phòng Văn hóa - Xã hội: Thực hiện lũy kế đến kỳ 9,8 tỷ đồng · Ước thực hiện cả năm 14,5 tỷ đồng/,
      ),
    ).toBeTruthy();
    fireEvent.click(within(money).getByRole("button", { name: "Dùng số liệu này" }));
    expect(await within(money).findByText(/Đang dùng số liệu của Phòng Văn hóa - Xã hội/)).toBeTruthy();
    const estimate = within(money).getByLabelText("Ước thực hiện cả năm") as HTMLInputElement;
    expect(estimate.value).toBe("14,5");
    expect(estimate.readOnly).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Lưu nháp" }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    const data = create.mock.calls[0]?.[1].data as {
      indicatorLines: { indicatorId: string; adoptedFromLineId: string | null }[];
    };
    expect(data.indicatorLines.find((l) => l.indicatorId === "I3")?.adoptedFromLineId).toBe("L-vhxh-3");
  });

  it("shows beside each line what the unit reported the month before", () => {
    const previous = {
      period: { label: "Tháng 10/2026" },
      taskLines: [{ task: { id: "T1" }, status: "IN_PROGRESS", percentDone: "40" }],
      indicatorLines: [
        { indicator: { id: "I3" }, valueToDate: "9.1", yearEndEstimate: "14", achieved: null, eventCount: null },
      ],
    } as unknown as AssignedItems["previous"];
    renderForm({ ...items, previous });
    expect(
      within(section(/^\(3\)/)).getByText(
        "Kỳ trước (Tháng 10/2026): Thực hiện lũy kế đến kỳ 9,1 tỷ đồng · Ước thực hiện cả năm 14 tỷ đồng",
      ),
    ).toBeTruthy();
    expect(within(section(/^TT\.1/)).getByText("Kỳ trước (Tháng 10/2026): Đang thực hiện · 40%")).toBeTruthy();
  });

  it("asks an amount for the period's own figure and last year's, a rate only for last year's, a share of the assigned figure for neither", () => {
    renderForm();
    const money = section(/^\(3\)/);
    expect(within(money).getByLabelText("Thực hiện trong kỳ")).toBeTruthy();
    expect(within(money).getByLabelText("Cùng kỳ năm trước")).toBeTruthy();
    const growth = section(/^\(1\)/);
    expect(within(growth).queryByLabelText("Thực hiện trong kỳ")).toBeNull();
    expect(within(growth).getByLabelText("Cùng kỳ năm trước")).toBeTruthy();
    const assigned = section(/^\(2\)/);
    expect(within(assigned).queryByLabelText("Thực hiện trong kỳ")).toBeNull();
    expect(within(assigned).queryByLabelText("Cùng kỳ năm trước")).toBeNull();
  });

  it("refuses a period's figure above the figure to date, as the API does, and sends nothing", async () => {
    const { create } = renderForm();
    const money = section(/^\(3\)/);
    fireEvent.change(within(money).getByLabelText("Thực hiện lũy kế đến kỳ"), { target: { value: "9,8" } });
    fireEvent.change(within(money).getByLabelText("Thực hiện trong kỳ"), { target: { value: "12" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu nháp" }));
    expect(
      await within(money).findByText(
        "Số trong kỳ không được lớn hơn số lũy kế đến kỳ (9,8 tỷ đồng): lũy kế đã gồm cả kỳ này.",
      ),
    ).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
  });

  it("says how the line compares with the same period last year as it is typed, and sends all four figures", async () => {
    const { create } = renderForm();
    const money = section(/^\(3\)/);
    fireEvent.change(within(money).getByLabelText("Thực hiện trong kỳ"), { target: { value: "1,2" } });
    fireEvent.change(within(money).getByLabelText("Thực hiện lũy kế đến kỳ"), { target: { value: "9,8" } });
    fireEvent.change(within(money).getByLabelText("Ước thực hiện cả năm"), { target: { value: "14,5" } });
    expect(within(money).getByText("Lũy kế đến cùng kỳ năm trước, để so với cùng kỳ (nếu có).")).toBeTruthy();
    fireEvent.change(within(money).getByLabelText("Cùng kỳ năm trước"), { target: { value: "8" } });
    expect(await within(money).findByText("bằng 122,5% cùng kỳ")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Lưu nháp" }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    const data = create.mock.calls[0]?.[1].data as { indicatorLines: Record<string, unknown>[] };
    expect(data.indicatorLines.find((l) => l.indicatorId === "I3")).toMatchObject({
      periodValue: "1,2",
      valueToDate: "9,8",
      yearEndEstimate: "14,5",
      samePeriodLastYear: "8",
    });
  });

  it("a target stated only in words asks for the results as text, and sends them as the line's note", async () => {
    const words = line("19", "Xây dựng hệ thống chính trị trong sạch, vững mạnh", [
      target({
        kind: "QUALITATIVE",
        comparator: null,
        qualitativeKind: null,
        text: "Xây dựng hệ thống chính trị trong sạch, vững mạnh",
      }),
    ]);
    const { create } = renderForm({ ...items, tasks: [], indicators: [words], contributions: [] });
    const shown = section(/^\(19\)/);
    expect(within(shown).queryByLabelText("Thực hiện lũy kế đến kỳ")).toBeNull();
    expect(within(shown).queryByRole("combobox")).toBeNull();
    fireEvent.change(within(shown).getByLabelText("Kết quả thực hiện"), {
      target: { value: "Đã kiện toàn 3 chi bộ khu phố." },
    });
    fireEvent.click(screen.getByRole("button", { name: "Lưu nháp" }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    const data = create.mock.calls[0]?.[1].data as { indicatorLines: { indicatorId: string; note: string | null }[] };
    expect(data.indicatorLines).toMatchObject([{ indicatorId: "I19", note: "Đã kiện toàn 3 chi bộ khu phố." }]);
  });
});
