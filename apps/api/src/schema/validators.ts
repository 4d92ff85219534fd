// The zod building blocks of every mutation input: global IDs of a given type (decoded to the row's
// id), texts with limits, versions, years, positions and decimals. One home, so that every part
// accepts the same inputs and says what to fix in the same Vietnamese words.
import { z } from "zod";
import { decodeId } from "./globalId.ts";

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A Relay global ID of `typename`, decoded to the row's id; another type or garbage is a field error
 * naming the object (`label`, e.g. "đơn vị chủ trì"). */
export function globalIdOf(typename: string, label: string) {
  return z.string({ error: `Chọn ${label}.` }).transform((value, ctx) => {
    if (value.trim() === "") {
      ctx.addIssue({ code: "custom", message: `Chọn ${label}.` });
      return z.NEVER;
    }
    const id = value.length <= 200 ? decodeId(value, typename) : null;
    if (id) return id;
    ctx.addIssue({
      code: "custom",
      message: `"${value.slice(0, 60)}" không phải ID của ${label} (cần ID toàn cục của ${typename}).`,
    });
    return z.NEVER;
  });
}

/** A required text: trimmed, at least `min` characters (1: not empty), at most `max`. */
export function requiredText(label: string, max: number, min = 1) {
  return z
    .string({ error: `Nhập ${label}.` })
    .trim()
    .min(min, min <= 1 ? `Nhập ${label}.` : `${capitalise(label)} cần ít nhất ${min} ký tự.`)
    .max(max, `${capitalise(label)} dài tối đa ${max.toLocaleString("vi-VN")} ký tự.`);
}

/** A text that may be left out; when given it must not be empty (fields that cannot be cleared). */
export function presentText(label: string, max: number) {
  return requiredText(label, max).optional();
}

/** A text that may be left out (undefined: unchanged) or cleared (null or blank → null). */
export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, `${capitalise(label)} dài tối đa ${max.toLocaleString("vi-VN")} ký tự.`)
    .nullish()
    .transform((value) => (value === "" ? null : value));
}

/** A list of short texts (purposes, requirements): each not empty, at most `maxItems` items. */
export function textList(label: string, maxItems: number, maxLength: number) {
  return z
    .array(
      z
        .string()
        .trim()
        .min(1, `Mỗi ${label} phải có nội dung; bỏ dòng trống.`)
        .max(maxLength, `Mỗi ${label} dài tối đa ${maxLength} ký tự.`),
    )
    .max(maxItems, `Tối đa ${maxItems} ${label}.`);
}

/** Blank text becomes null; undefined stays undefined (the field is not changed). */
export function blankToNull(value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  const text = value?.trim() ?? "";
  return text === "" ? null : text;
}

/** A plan year. */
export const yearSchema = z
  .number()
  .int()
  .min(2000, "Năm kế hoạch phải từ 2000 đến 2100.")
  .max(2100, "Năm kế hoạch phải từ 2000 đến 2100.");

/** The version the client read (optimistic concurrency). */
export const versionSchema = z
  .number()
  .int("Phiên bản (version) phải là số nguyên.")
  .min(1, "Phiên bản (version) là số nguyên từ 1, lấy từ lần đọc gần nhất.");

/** A position in the plan's order. */
export const positionSchema = z
  .number()
  .int()
  .min(0, "Thứ tự phải là số nguyên không âm.")
  .max(100_000, "Thứ tự tối đa 100000.")
  .nullish();

/** A Decimal scalar (string) within bounds. */
export function decimalIn(label: string, min: number, max: number) {
  return z.string().refine(
    (text) => {
      const n = Number(text);
      return Number.isFinite(n) && n >= min && n <= max;
    },
    { message: `${capitalise(label)} phải từ ${min} đến ${max}.` },
  );
}

/** A target value (Decimal(24, 6)): at most 18 digits before the point and 6 after. */
export const targetDecimal = z
  .string()
  .refine((text) => /^-?\d{1,18}(\.\d{1,6})?$/.test(text), {
    message: "Giá trị tối đa 18 chữ số phần nguyên và 6 chữ số thập phân.",
  })
  .nullish();
