// Numeric input: the values the domain accepts (numbers, strings, Prisma Decimals) and their conversion to number.

/**
 * A number as it reaches the domain: a JS number, a decimal string ("84.900000" from the database)
 * or any object with `toString()` (Prisma `Decimal`), so that no caller needs a decimal library here.
 */
export type Numeric = number | string | { toString(): string };

/**
 * Converts a numeric input with `Number()`; null, undefined, empty strings and anything that is
 * not a finite number become `null` so that a missing figure is never mistaken for zero.
 */
export function toNumber(value: Numeric | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  const text = String(value).trim();
  if (text === "") return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}
