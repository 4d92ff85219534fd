// Changed values as people read them: labels, dates and lists, never JSON.
import { describe, expect, it } from "vitest";
import { createI18nProvider } from "../i18n/index.ts";
import { changeFieldLabel, eventLabel, formatChangeValue } from "./formatChange.ts";

const translate = createI18nProvider().translate;

describe("formatChangeValue", () => {
  it("writes enum values, yes/no, moments and lists in Vietnamese", () => {
    expect(formatChangeValue("RESIDENTIAL_GROUP", translate, "vi")).toBe("Tổ dân phố");
    expect(formatChangeValue(false, translate, "vi")).toBe("Không");
    expect(formatChangeValue("2026-01-07T01:30:00.000Z", translate, "vi")).toBe("07/01/2026 08:30");
    expect(formatChangeValue(["Phòng Văn hóa - Xã hội", "Công an phường"], translate, "vi")).toBe(
      "Phòng Văn hóa - Xã hội; Công an phường",
    );
    expect(formatChangeValue(null, translate, "vi")).toBe("—");
  });

  it("writes a role grant as its role and unit", () => {
    expect(formatChangeValue({ role: "UNIT_STAFF", unitId: "Phòng Kinh tế", areaIds: [] }, translate, "vi")).toBe(
      "Cán bộ đơn vị — Phòng Kinh tế",
    );
  });

  it("labels fields and events", () => {
    expect(changeFieldLabel("cooperatingUnitIds", translate)).toBe("Đơn vị phối hợp");
    expect(eventLabel("assignment.confirmed", translate)).toBe("Xác nhận phân công");
  });
});
