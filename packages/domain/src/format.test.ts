// Specification of Vietnamese/English formatting and of reading Vietnamese-written numbers.
import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatPercent,
  parseDate,
  parseVietnameseNumber,
  unitLabel,
} from "./format.ts";

describe("formatNumber", () => {
  it("writes Vietnamese decimals with a comma and thousands with dots", () => {
    expect(formatNumber(84.9, "vi")).toBe("84,9");
    expect(formatNumber(10367700, "vi")).toBe("10.367.700");
    expect(formatNumber(1000.5, "vi")).toBe("1.000,5");
    expect(formatNumber(5400, "vi")).toBe("5.400");
  });

  it("writes English numbers the en-GB way", () => {
    expect(formatNumber(84.9, "en")).toBe("84.9");
    expect(formatNumber(10367700, "en")).toBe("10,367,700");
  });

  it("accepts decimal strings and Decimal-like objects", () => {
    expect(formatNumber("84.900000", "vi")).toBe("84,9");
    expect(formatNumber({ toString: () => "14" }, "vi")).toBe("14");
  });

  it("honours fraction digit options and never prints -0", () => {
    expect(formatNumber(1 / 3, "vi", { maximumFractionDigits: 2 })).toBe("0,33");
    expect(formatNumber(96, "vi", { minimumFractionDigits: 1 })).toBe("96,0");
    expect(formatNumber(-0.0001, "vi", { maximumFractionDigits: 2 })).toBe("0");
    expect(formatNumber(-5.5, "vi")).toBe("-5,5");
  });

  it("gives an empty string for a missing value", () => {
    expect(formatNumber(null, "vi")).toBe("");
    expect(formatNumber("abc", "en")).toBe("");
  });
});

describe("formatPercent", () => {
  it("appends % to a value already in percent, without a space", () => {
    expect(formatPercent(96, "vi")).toBe("96%");
    expect(formatPercent(84.95, "vi")).toBe("84,95%");
    expect(formatPercent(99.5, "en")).toBe("99.5%");
    expect(formatPercent(null, "vi")).toBe("");
  });
});

describe("formatMoney", () => {
  it("scales VND to nghìn, triệu, tỷ and nghìn tỷ in Vietnamese", () => {
    expect(formatMoney(84900000, "vi")).toBe("84,9 triệu đồng");
    expect(formatMoney(14000000000, "vi")).toBe("14 tỷ đồng");
    expect(formatMoney(10367700, "vi")).toBe("10,37 triệu đồng");
    expect(formatMoney(250000, "vi")).toBe("250 nghìn đồng");
    expect(formatMoney(500, "vi")).toBe("500 đồng");
    expect(formatMoney(1500000000000, "vi")).toBe("1,5 nghìn tỷ đồng");
  });

  it("scales VND to thousand, million, billion in English", () => {
    expect(formatMoney(84900000, "en")).toBe("84.9 million VND");
    expect(formatMoney(14000000000, "en")).toBe("14 billion VND");
    expect(formatMoney(0, "en")).toBe("0 VND");
  });

  it("moves up a scale when rounding reaches it", () => {
    expect(formatMoney(999999999, "vi")).toBe("1 tỷ đồng");
  });

  it("appends the given unit to a value already in that unit", () => {
    expect(formatMoney(84.9, "vi", { unit: "triệu đồng" })).toBe("84,9 triệu đồng");
    expect(formatMoney(84.9, "en", { unit: "triệu đồng" })).toBe("84.9 million VND");
    expect(formatMoney("14.000000", "vi", { unit: "tỷ đồng" })).toBe("14 tỷ đồng");
  });

  it("writes other currencies in full with their code", () => {
    expect(formatMoney(1500, "en", { currency: "USD" })).toBe("1,500 USD");
    expect(formatMoney(1500.25, "vi", { currency: "usd" })).toBe("1.500,25 USD");
  });
});

describe("unitLabel", () => {
  it("keeps Vietnamese units and translates the known ones to English", () => {
    expect(unitLabel("tỷ đồng", "vi")).toBe("tỷ đồng");
    expect(unitLabel("tỷ đồng", "en")).toBe("billion VND");
    expect(unitLabel("điểm %", "en")).toBe("percentage points");
    expect(unitLabel("cơ sở", "en")).toBe("cơ sở");
  });
});

describe("formatDate", () => {
  it("writes dd/MM/yyyy in Vietnamese and (en-GB) in English", () => {
    expect(formatDate(new Date("2026-01-07"), "vi")).toBe("07/01/2026");
    expect(formatDate(new Date("2026-01-07"), "en")).toBe("07/01/2026");
    expect(formatDate("2025-12-22", "vi")).toBe("22/12/2025");
  });

  it("uses Vietnam time, so a late UTC evening is already the next day", () => {
    expect(formatDate(new Date("2026-01-06T20:00:00Z"), "vi")).toBe("07/01/2026");
    expect(formatDate(new Date("2026-01-06T20:00:00Z"), "vi", { timeZone: "UTC" })).toBe("06/01/2026");
  });

  it("gives an empty string for an invalid date", () => {
    expect(formatDate("not a date", "vi")).toBe("");
  });
});

describe("formatDateTime", () => {
  it("writes dd/MM/yyyy HH:mm on a 24-hour clock in Vietnam time", () => {
    expect(formatDateTime(new Date("2026-01-07T07:30:00Z"), "vi")).toBe("07/01/2026 14:30");
    expect(formatDateTime(new Date("2026-01-07T17:05:00Z"), "en")).toBe("08/01/2026 00:05");
  });
});

describe("parseDate", () => {
  it("reads day first, so 07/01/2026 is 7 January", () => {
    expect(parseDate("07/01/2026")).toBe("2026-01-07");
    expect(parseDate(" 7/1/2026 ")).toBe("2026-01-07");
    expect(parseDate("07.01.2026")).toBe("2026-01-07");
    expect(parseDate("29-02-2028")).toBe("2028-02-29");
  });

  it("reads back what formatDate writes", () => {
    expect(parseDate(formatDate("2026-12-31", "en"))).toBe("2026-12-31");
  });

  it("refuses days the calendar does not have and other shapes", () => {
    for (const text of [
      "31/02/2026",
      "29/02/2026",
      "00/01/2026",
      "07/13/2026",
      "2026-01-07",
      "07/01/26",
      "7 tháng 1",
      "",
    ]) {
      expect(parseDate(text), text).toBeNull();
    }
  });
});

describe("parseVietnameseNumber", () => {
  it("reads a decimal comma", () => {
    expect(parseVietnameseNumber("84,9")).toBe(84.9);
    expect(parseVietnameseNumber(",5")).toBe(0.5);
  });

  it("reads thousands dots", () => {
    expect(parseVietnameseNumber("10.367.700")).toBe(10367700);
    expect(parseVietnameseNumber("1.000")).toBe(1000);
  });

  it("reads thousands dots with a decimal comma", () => {
    expect(parseVietnameseNumber("1.000,5")).toBe(1000.5);
    expect(parseVietnameseNumber("5.400,25")).toBe(5400.25);
  });

  it("reads leading zeros as the plan writes counts", () => {
    expect(parseVietnameseNumber("01")).toBe(1);
    expect(parseVietnameseNumber("02")).toBe(2);
  });

  it("ignores spaces, including non-breaking ones and space grouping", () => {
    expect(parseVietnameseNumber(" 84,9 ")).toBe(84.9);
    expect(parseVietnameseNumber("10 367 700")).toBe(10367700);
    expect(parseVietnameseNumber("1\u00a0000,5")).toBe(1000.5);
  });

  it("reads a sign", () => {
    expect(parseVietnameseNumber("-2,5")).toBe(-2.5);
    expect(parseVietnameseNumber("\u22121.000")).toBe(-1000);
    expect(parseVietnameseNumber("+3")).toBe(3);
    expect(Object.is(parseVietnameseNumber("-0"), 0)).toBe(true);
  });

  it("reads a typed decimal point when it cannot be thousands grouping", () => {
    expect(parseVietnameseNumber("84.9")).toBe(84.9);
    expect(parseVietnameseNumber("0.500")).toBe(0.5);
    expect(parseVietnameseNumber("84.95")).toBe(84.95);
  });

  it("rejects what is not a number", () => {
    expect(parseVietnameseNumber("")).toBeNull();
    expect(parseVietnameseNumber("   ")).toBeNull();
    expect(parseVietnameseNumber("abc")).toBeNull();
    expect(parseVietnameseNumber("1,2,3")).toBeNull();
    expect(parseVietnameseNumber("1.00.0")).toBeNull();
    expect(parseVietnameseNumber("12.34,5")).toBeNull();
    expect(parseVietnameseNumber("5,")).toBeNull();
    expect(parseVietnameseNumber("96%")).toBeNull();
    expect(parseVietnameseNumber("-")).toBeNull();
  });
});
