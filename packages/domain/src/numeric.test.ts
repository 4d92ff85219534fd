// Specification of toNumber: which inputs are numbers and which are missing figures.
import { describe, expect, it } from "vitest";
import { toNumber } from "./numeric.ts";

describe("toNumber", () => {
  it("keeps finite numbers", () => {
    expect(toNumber(84.9)).toBe(84.9);
    expect(toNumber(0)).toBe(0);
  });

  it("reads decimal strings as the database returns them", () => {
    expect(toNumber("84.900000")).toBe(84.9);
    expect(toNumber(" 14 ")).toBe(14);
  });

  it("reads Decimal-like objects through toString", () => {
    const decimal = { toString: () => "96.500000" };
    expect(toNumber(decimal)).toBe(96.5);
  });

  it("turns missing or invalid figures into null, never zero", () => {
    expect(toNumber(null)).toBeNull();
    expect(toNumber(undefined)).toBeNull();
    expect(toNumber("")).toBeNull();
    expect(toNumber("abc")).toBeNull();
    expect(toNumber(Number.NaN)).toBeNull();
    expect(toNumber(Number.POSITIVE_INFINITY)).toBeNull();
  });
});
