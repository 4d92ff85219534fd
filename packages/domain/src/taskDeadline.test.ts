import { describe, expect, it } from "vitest";
import { readDeadline } from "./taskDeadline.ts";

describe("readDeadline", () => {
  it.each([
    ["Trước ngày 31/12/2025", { deadline: "2025-12-31", recurrence: "ONCE" }],
    ["Quý IV/2025", { deadline: "2025-12-31", recurrence: "ONCE" }],
    ["Quý II năm 2026", { deadline: "2026-06-30", recurrence: "ONCE" }],
    ["Quý I", { deadline: "2026-03-31", recurrence: "ONCE" }],
    ["Tháng 2/2028", { deadline: "2028-02-29", recurrence: "ONCE" }],
    ["trong tháng 11", { deadline: "2026-11-30", recurrence: "ONCE" }],
    ["6 tháng đầu năm 2026", { deadline: "2026-06-30", recurrence: "ONCE" }],
    ["Năm 2027", { deadline: "2027-12-31", recurrence: "ONCE" }],
    ["Giai đoạn 2026 - 2030", { deadline: "2030-12-31", recurrence: "ONGOING" }],
    ["Thường xuyên", { deadline: null, recurrence: "ONGOING" }],
    ["Hằng tháng", { deadline: null, recurrence: "MONTHLY" }],
    ["Hàng năm", { deadline: null, recurrence: "YEARLY" }],
    ["Theo chỉ đạo của tỉnh", { deadline: null, recurrence: null }],
    [null, { deadline: null, recurrence: null }],
  ])("reads %j", (text, expected) => {
    expect(readDeadline(text, 2026)).toEqual(expected);
  });

  it("refuses a date that does not exist rather than moving it", () => {
    expect(readDeadline("ngày 31/02/2026", 2026).deadline).toBeNull();
  });
});
