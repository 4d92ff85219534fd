// Global IDs in mutation inputs: validated with zod (right type, well-formed) and decoded to the
// database id, so that a wrong ID type is a ValidationError that names the field.
import { z } from "zod";
import { decodeId } from "../globalId.ts";

/** The database id inside a global ID of this type, or null when it is not one. */
export const idOf = decodeId;

/** Decodes an ID already validated by `globalIdOf`. */
export function mustIdOf(globalId: string, typename: string): string {
  const id = idOf(globalId, typename);
  if (!id) throw new Error(`ID ${globalId} không phải ${typename}`);
  return id;
}

/** A zod schema for a global ID of one type, with a Vietnamese message naming the expected object. */
export function globalIdOf(typename: string, what: string) {
  return z
    .string()
    .min(1, `Chọn ${what}.`)
    .max(200, `ID ${what} không hợp lệ.`)
    .refine((value) => idOf(value, typename) !== null, `ID không phải ID của ${what}.`);
}

/** Optional free text: trimmed, at most `max` characters. */
export function optionalText(max: number, what: string) {
  return z.string().max(max, `${what} dài tối đa ${max.toLocaleString("vi-VN")} ký tự.`);
}

/** Required free text: trimmed length between min and max. */
export function requiredText(min: number, max: number, what: string) {
  return z
    .string()
    .max(max, `${what} dài tối đa ${max.toLocaleString("vi-VN")} ký tự.`)
    .refine(
      (v) => v.trim().length >= min,
      min <= 1 ? `Nhập ${what.toLowerCase()}.` : `${what} cần ít nhất ${min} ký tự.`,
    );
}

/** Empty or blank text becomes null. */
export function textOrNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
