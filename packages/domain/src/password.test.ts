// Specification of the password rule shared by the API and the console.
import { describe, expect, it } from "vitest";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordWeakness } from "./password.ts";

describe("passwordWeakness", () => {
  it("accepts a password of at least 10 characters", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(10);
    expect(passwordWeakness("mat-khau-1")).toBeNull();
    expect(passwordWeakness("mật khẩu mới")).toBeNull();
  });

  it("refuses one too short or too long", () => {
    expect(passwordWeakness("")).toBe("TOO_SHORT");
    expect(passwordWeakness("123456789")).toBe("TOO_SHORT");
    expect(passwordWeakness("x".repeat(PASSWORD_MAX_LENGTH))).toBeNull();
    expect(passwordWeakness("x".repeat(PASSWORD_MAX_LENGTH + 1))).toBe("TOO_LONG");
  });

  it("refuses a new password equal to the one it replaces", () => {
    expect(passwordWeakness("mat-khau-cu-1", "mat-khau-cu-1")).toBe("SAME_AS_CURRENT");
    expect(passwordWeakness("mat-khau-moi-1", "mat-khau-cu-1")).toBeNull();
    expect(passwordWeakness("ngan", "ngan")).toBe("TOO_SHORT");
  });
});
