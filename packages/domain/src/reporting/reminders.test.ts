// Reminders on the days a unit would expect them, each under a key that never repeats.
import { describe, expect, it } from "vitest";
import { type ReminderFacts, remindersDue, reminderText } from "./reminders.ts";

const november = {
  id: "p11",
  label: "Tháng 11/2026",
  status: "OPEN" as const,
  dueOn: "2026-11-25",
  expectedUnitIds: ["kt", "vhxh", "ca"],
  sentUnitIds: ["ca"],
};
const facts = (today: string, more: Partial<ReminderFacts> = {}): ReminderFacts => ({
  today,
  periods: [november],
  returnedReports: [],
  openTasks: [],
  ...more,
});
const kinds = (f: ReminderFacts) => remindersDue(f).map((r) => `${r.kind}:${r.unitId}`);

describe("remindersDue", () => {
  it("reminds the units with no report sent from three days before the due day, and no one earlier", () => {
    expect(kinds(facts("2026-11-21"))).toEqual([]);
    expect(kinds(facts("2026-11-22"))).toEqual(["REPORT_DUE_SOON:kt", "REPORT_DUE_SOON:vhxh"]);
    expect(kinds(facts("2026-11-25"))).toEqual(["REPORT_DUE_SOON:kt", "REPORT_DUE_SOON:vhxh"]);
  });

  it("says the report is overdue from the day after the due day, for a month, whether or not the period is closed", () => {
    expect(kinds(facts("2026-11-26"))).toEqual(["REPORT_OVERDUE:kt", "REPORT_OVERDUE:vhxh"]);
    expect(kinds(facts("2026-12-26", { periods: [{ ...november, status: "CLOSED" }] }))).toEqual([
      "REPORT_OVERDUE:kt",
      "REPORT_OVERDUE:vhxh",
    ]);
    expect(kinds(facts("2026-12-27"))).toEqual([]);
  });

  it("gives each reminder a key of its own that stays the same on later days", () => {
    const first = remindersDue(facts("2026-11-22")).map((r) => r.key);
    expect(new Set(first).size).toBe(first.length);
    expect(remindersDue(facts("2026-11-24")).map((r) => r.key)).toEqual(first);
    expect(remindersDue(facts("2026-11-26")).map((r) => r.key)).not.toContain(first[0]);
  });

  it("tells a unit of each return of its report, and of each task past its deadline, once per deadline", () => {
    const f = facts("2026-12-10", {
      periods: [],
      returnedReports: [
        {
          id: "r1",
          unitId: "kt",
          periodLabel: "Tháng 11/2026",
          returnedAt: "2026-12-01T02:00:00.000Z",
          reason: "Thiếu số liệu",
        },
      ],
      openTasks: [
        { id: "t1", code: "a.1", title: "Chỉnh trang đô thị", leadUnitId: "kt", deadline: "2026-12-09" },
        { id: "t2", code: "a.2", title: "Khảo sát", leadUnitId: "kt", deadline: "2026-12-10" },
        { id: "t3", code: "a.3", title: "Không hạn", leadUnitId: "kt", deadline: null },
      ],
    });
    expect(remindersDue(f).map((r) => r.key)).toEqual([
      "REPORT_RETURNED:r1:2026-12-01T02:00:00.000Z",
      "TASK_OVERDUE:t1:2026-12-09",
    ]);
  });
});

describe("reminderText", () => {
  it("writes each reminder in Vietnamese and in English, dates as dd/mm/yyyy", () => {
    expect(reminderText("REPORT_DUE_SOON", { periodLabel: "Tháng 11/2026", dueOn: "2026-11-25" }, "vi")).toEqual({
      title: "Sắp đến hạn gửi báo cáo Tháng 11/2026",
      body: "Đơn vị chưa gửi báo cáo Tháng 11/2026; hạn gửi là ngày 25/11/2026.",
    });
    expect(reminderText("REPORT_RETURNED", { periodLabel: "Tháng 11/2026", reason: "Thiếu số liệu" }, "en").body).toBe(
      "Your unit's report for Tháng 11/2026 was returned: Thiếu số liệu. Correct it and send it again.",
    );
    expect(
      reminderText("TASK_OVERDUE", { taskCode: "a.1", taskTitle: "Chỉnh trang", deadline: "2026-12-09" }, "vi").title,
    ).toBe("Nhiệm vụ a.1 quá hạn");
  });

  it("tells a unit past its due day whom to ask, since the period has closed, rather than to send now", () => {
    expect(reminderText("REPORT_OVERDUE", { periodLabel: "Tháng 11/2026", dueOn: "2026-11-17" }, "vi").body).toBe(
      "Đơn vị chưa gửi báo cáo Tháng 11/2026, hạn gửi ngày 17/11/2026 đã qua và kỳ đã khóa sổ. Liên hệ Văn phòng HĐND và UBND để được mở lại kỳ rồi gửi báo cáo.",
    );
  });
});
