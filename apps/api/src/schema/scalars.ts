// Scalars: Decimal (money and percentages, exact, as a string), Date (YYYY-MM-DD), DateTime (ISO 8601).

import { isoDayOf } from "@kehoach/db";
import { GraphQLError } from "graphql";
import { builder } from "../builder.ts";

builder.scalarType("Decimal", {
  description:
    'Số thập phân chính xác (tiền, tỷ lệ) dạng chuỗi, dấu chấm thập phân: "84.9". Exact decimal as a string.',
  serialize: (value) => (typeof value === "object" ? value.toString() : String(value)),
  parseValue: (value) => {
    if (typeof value !== "string" && typeof value !== "number")
      throw new GraphQLError('Decimal phải là chuỗi số, ví dụ "84.9".');
    const text = String(value).trim();
    if (!/^-?\d+(\.\d+)?$/.test(text))
      throw new GraphQLError(`"${text}" không phải số thập phân hợp lệ (ví dụ "84.9").`);
    return text;
  },
});

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

builder.scalarType("Date", {
  description: "Ngày theo lịch, dạng YYYY-MM-DD (ví dụ 2026-01-07 là ngày 07/01/2026).",
  serialize: (value) => isoDayOf(value),
  parseValue: (value) => {
    if (typeof value !== "string" || !DATE_RE.test(value) || Number.isNaN(Date.parse(value))) {
      throw new GraphQLError(`Ngày "${String(value)}" không hợp lệ: dùng dạng YYYY-MM-DD.`);
    }
    return new Date(`${value}T00:00:00.000Z`);
  },
});

builder.scalarType("DateTime", {
  description: "Thời điểm theo ISO 8601 (UTC), ví dụ 2026-01-07T08:30:00.000Z.",
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = typeof value === "string" ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime()))
      throw new GraphQLError(`Thời điểm "${String(value)}" không hợp lệ (ISO 8601).`);
    return date;
  },
});
