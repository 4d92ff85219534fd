// Small field readers for the seed files: each one checks a value and, when it is wrong, throws a
// SeedDataError naming the file and the field path, so a reviewer editing YAML sees where to look.

export class SeedDataError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    problem: string,
  ) {
    super(`${file}: ${field}: ${problem}`);
    this.name = "SeedDataError";
  }
}

/** A position inside a seed file: the file name and the path of the field being read. */
export class Cursor {
  constructor(
    readonly file: string,
    readonly path: string,
    readonly value: unknown,
  ) {}

  fail(problem: string): never {
    throw new SeedDataError(this.file, this.path || "(gốc)", problem);
  }

  /** The child field `key` (object property) or `[i]` (list element). */
  at(key: string | number): Cursor {
    const v = this.value as Record<string | number, unknown> | undefined;
    const path = typeof key === "number" ? `${this.path}[${key}]` : this.path ? `${this.path}.${key}` : key;
    return new Cursor(this.file, path, v == null ? undefined : v[key]);
  }

  has(key: string): boolean {
    return this.obj() && (this.value as Record<string, unknown>)[key] !== undefined;
  }

  private obj(): boolean {
    if (typeof this.value !== "object" || this.value === null || Array.isArray(this.value)) {
      this.fail(`cần một đối tượng (object), nhận ${show(this.value)}`);
    }
    return true;
  }

  /** Checks that this is an object with no keys other than `allowed` (catches misspelt fields). */
  keys(allowed: readonly string[]): this {
    this.obj();
    for (const k of Object.keys(this.value as object)) {
      if (!allowed.includes(k)) this.at(k).fail(`trường không được biết; các trường hợp lệ: ${allowed.join(", ")}`);
    }
    return this;
  }

  list(): Cursor[] {
    if (!Array.isArray(this.value)) this.fail(`cần một danh sách, nhận ${show(this.value)}`);
    return (this.value as unknown[]).map((_, i) => this.at(i));
  }

  optList(): Cursor[] {
    return this.value == null ? [] : this.list();
  }

  str(): string {
    if (typeof this.value !== "string" || this.value.trim() === "")
      this.fail(`cần một chuỗi không rỗng, nhận ${show(this.value)}`);
    return this.value as string;
  }

  optStr(): string | null {
    return this.value == null ? null : this.str();
  }

  /** A string that may be written as a plain YAML number (codes such as "31"). */
  code(): string {
    if (typeof this.value === "number" && Number.isInteger(this.value)) return String(this.value);
    return this.str();
  }

  int(min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): number {
    if (typeof this.value !== "number" || !Number.isInteger(this.value) || this.value < min || this.value > max) {
      this.fail(`cần một số nguyên từ ${min} đến ${max}, nhận ${show(this.value)}`);
    }
    return this.value as number;
  }

  optInt(min?: number, max?: number): number | null {
    return this.value == null ? null : this.int(min, max);
  }

  bool(): boolean {
    if (typeof this.value !== "boolean") this.fail(`cần true hoặc false, nhận ${show(this.value)}`);
    return this.value as boolean;
  }

  optBool(fallback: boolean): boolean {
    return this.value == null ? fallback : this.bool();
  }

  oneOf<T extends string>(allowed: readonly T[]): T {
    if (typeof this.value !== "string" || !allowed.includes(this.value as T)) {
      this.fail(`giá trị ${show(this.value)} không hợp lệ; phải là một trong: ${allowed.join(", ")}`);
    }
    return this.value as T;
  }

  optOneOf<T extends string>(allowed: readonly T[]): T | null {
    return this.value == null ? null : this.oneOf(allowed);
  }

  /** A decimal number, kept as a string so that no float rounding reaches the database. */
  optDecimal(): string | null {
    if (this.value == null) return null;
    const s =
      typeof this.value === "number" ? String(this.value) : typeof this.value === "string" ? this.value.trim() : "";
    if (!/^-?\d+(\.\d+)?$/.test(s)) this.fail(`cần một số thập phân (dấu chấm thập phân), nhận ${show(this.value)}`);
    return s;
  }

  /** An ISO date "YYYY-MM-DD" that exists in the calendar. */
  optDate(): string | null {
    if (this.value == null) return null;
    const s = this.value instanceof Date ? this.value.toISOString().slice(0, 10) : this.value;
    if (
      typeof s !== "string" ||
      !/^\d{4}-\d{2}-\d{2}$/.test(s) ||
      new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) !== s
    ) {
      this.fail(`cần một ngày dạng YYYY-MM-DD, nhận ${show(this.value)}`);
    }
    return s;
  }
}

function show(v: unknown): string {
  if (v === undefined) return "(thiếu)";
  const s = JSON.stringify(v);
  return s && s.length > 80 ? `${s.slice(0, 77)}...` : String(s);
}
