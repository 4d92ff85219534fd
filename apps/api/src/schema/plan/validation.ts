// Zod building blocks for the inputs of the plan, indicator and task mutations: texts with limits,
// global IDs of a given type, years, percentages. Messages are Vietnamese and say what to fix.
import { z } from "zod";
import { decodeId } from "../globalId.ts";

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A required text: trimmed, not empty, at most `max` characters. */
export function requiredText(label: string, max: number) {
  return z
    .string({ error: `Nhập ${label}.` })
    .trim()
    .min(1, `Nhập ${label}.`)
    .max(max, `${capitalise(label)} dài tối đa ${max} ký tự.`);
}

/** A text that may be left out; when given it must not be empty (fields that cannot be cleared). */
export function presentText(label: string, max: number) {
  return requiredText(label, max).optional();
}

/** A text that may be left out or cleared (null or empty → null). */
export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, `${capitalise(label)} dài tối đa ${max} ký tự.`)
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

/** Decodes a Relay global ID of `typename` into the row's UUID; another type or garbage is a field error. */
export function globalIdOf(typename: string, label: string) {
  return z.string().transform((value, ctx) => {
    const id = decodeId(value, typename);
    if (id) return id;
    ctx.addIssue({ code: "custom", message: `"${value.slice(0, 60)}" không phải ID của ${label}.` });
    return z.NEVER;
  });
}

/** A plan year. */
export const yearSchema = z
  .number()
  .int()
  .min(2000, "Năm kế hoạch phải từ 2000 đến 2100.")
  .max(2100, "Năm kế hoạch phải từ 2000 đến 2100.");

/** A version the client read (optimistic concurrency). */
export const versionSchema = z.number().int().min(1, "Phiên bản (version) là số nguyên từ 1, lấy từ lần đọc gần nhất.");

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
