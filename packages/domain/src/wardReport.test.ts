import { describe, expect, it } from "vitest";
import { wardReportTitle } from "./wardReport.ts";

describe("wardReportTitle", () => {
  it("names the month reported and the month ahead, across the year end", () => {
    expect(wardReportTitle(11, 2026)).toBe(
      "Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh tháng 11 năm 2026 và phương hướng, nhiệm vụ trọng tâm tháng 12 năm 2026",
    );
    expect(wardReportTitle(12, 2026)).toMatch(
      /tháng 12 năm 2026 và phương hướng, nhiệm vụ trọng tâm tháng 01 năm 2027$/,
    );
  });
});
