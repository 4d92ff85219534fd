// The task export reads like the list: Vietnamese labels and values, dates day first, the lead
// unit by name — never an ID or a nested object.
import { downloadCSV } from "react-admin";
import { describe, expect, it, vi } from "vitest";
import type { TaskRecord } from "../dataProvider/index.ts";
import { createI18nProvider } from "../i18n/index.ts";
import { exportTasks } from "./taskExporter.ts";

vi.mock("react-admin", async (importOriginal) => ({
  ...(await importOriginal<typeof import("react-admin")>()),
  downloadCSV: vi.fn(),
}));

const task = {
  id: "VGFzazox",
  code: "a.1",
  kind: "KEY",
  section: "III.1",
  title: "Chuyển đổi số, cải cách hành chính",
  content: "…",
  status: "IN_PROGRESS",
  deadline: "2026-06-30",
  recurrence: "ONCE",
  percentDone: "45.5",
  overdue: true,
  version: 2,
  area: { id: "QXJlYTox", code: "GENERAL", name: "Chỉ đạo, điều hành chung", nameEn: "General" },
  outputs: [],
  assignment: { id: "QXNzOjE=", leadUnit: { id: "VW5pdDox", name: "Văn phòng HĐND và UBND" } },
} as unknown as TaskRecord;

describe("exportTasks", () => {
  it("writes readable Vietnamese columns and values", () => {
    const { translate } = createI18nProvider();
    exportTasks([task], translate, "vi");
    const [csv, filename] = vi.mocked(downloadCSV).mock.calls[0] ?? [];
    const [header, row] = String(csv).replace("\uFEFF", "").split("\r\n");
    expect(filename).toBe("Nhiệm vụ");
    expect(header).toBe(
      'Mã,"Nhiệm vụ, giải pháp",Loại,Lĩnh vực,Trạng thái,% hoàn thành,Thời hạn,Quá hạn,Đơn vị chủ trì',
    );
    expect(row).toBe(
      'a.1,"Chuyển đổi số, cải cách hành chính",Trọng tâm,"Chỉ đạo, điều hành chung",Đang thực hiện,"45,5",30/06/2026,Có,Văn phòng HĐND và UBND',
    );
    expect(csv).not.toContain("VGFzazox");
  });
});
