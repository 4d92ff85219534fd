// What confirming an import needs from a draft, validated: the draft JSON that `importPlanDocument`
// returns and the CLI prints (format "kehoach.plan-draft/1"), as corrected by a person. Only the
// fields that become rows are read; evidence, confidence and the rest may be left as they were.
import {
  AREA_CODES,
  COMPARATORS,
  DOCUMENT_KINDS,
  MEASURE_KINDS,
  OUTPUT_KINDS,
  QUALITATIVE_KINDS,
  TARGET_BASES,
  TARGET_DIRECTIONS,
  TARGET_KINDS,
  TASK_KINDS,
} from "@kehoach/domain";
import { z } from "zod";
import { ValidationError } from "../errors.ts";

const text = (what: string, max: number) =>
  z
    .string({ error: `Thiếu ${what}.` })
    .trim()
    .min(1, `${what} không được để trống.`)
    .max(max, `${what} dài tối đa ${max} ký tự.`);
const optionalText = (what: string, max: number) =>
  z.string().trim().max(max, `${what} dài tối đa ${max} ký tự.`).nullish();
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày phải có dạng YYYY-MM-DD.")
  .nullish();

const comparator = z
  .string()
  .transform((value) => value.toUpperCase())
  .pipe(z.enum(COMPARATORS, { error: "Phép so sánh phải là gt, gte, eq, lte, lt, approx hoặc range." }))
  .nullish();

const target = z.object({
  kind: z.enum(TARGET_KINDS),
  comparator,
  value: z.number().finite().nullish(),
  min: z.number().finite().nullish(),
  max: z.number().finite().nullish(),
  unit: optionalText("Đơn vị tính", 100),
  measure: z.enum(MEASURE_KINDS).nullish(),
  currency: optionalText("Tiền tệ", 10),
  scale: z.number().positive().nullish(),
  perQuantity: z.number().positive().nullish(),
  perUnit: optionalText("Mẫu số tỷ suất", 100),
  direction: z.enum(TARGET_DIRECTIONS),
  basis: z.enum(TARGET_BASES),
  qualitativeKind: z.enum(QUALITATIVE_KINDS).nullish(),
  text: text("Câu chữ của mức chỉ tiêu", 1000),
});

const area = z.enum(AREA_CODES, { error: `Lĩnh vực phải là một trong ${AREA_CODES.join(", ")}.` }).nullish();

export const confirmableDraftSchema = z.object({
  header: z.object({
    year: z.number().int().min(2000, "Năm từ 2000 đến 2100.").max(2100, "Năm từ 2000 đến 2100.").nullish(),
    title: text("Trích yếu kế hoạch", 1000),
    number: optionalText("Số, ký hiệu", 100),
    issuedOn: isoDate,
    placeAndDate: optionalText("Địa danh, ngày tháng", 300),
    issuer: text("Cơ quan ban hành", 300),
  }),
  theme: optionalText("Chủ đề năm", 2000),
  objective: optionalText("Mục tiêu tổng quát", 5000),
  purposes: z.array(text("Mục đích", 5000)).max(50).default([]),
  requirements: z.array(text("Yêu cầu", 5000)).max(50).default([]),
  signer: z.object({ name: optionalText("Người ký", 200), title: optionalText("Chức vụ người ký", 200) }).nullish(),
  legalBases: z
    .array(
      z.object({
        kind: z.enum(DOCUMENT_KINDS),
        number: optionalText("Số, ký hiệu căn cứ", 100),
        issuedOn: isoDate,
        issuer: optionalText("Cơ quan ban hành căn cứ", 300),
        title: optionalText("Trích yếu căn cứ", 1000),
        shortName: optionalText("Tên gọi tắt", 200),
        text: text("Câu căn cứ", 3000),
      }),
    )
    .max(50)
    .default([]),
  indicatorGroups: z.array(z.object({ code: text("Mã nhóm", 20), title: text("Tên nhóm", 500), area })).default([]),
  indicators: z
    .array(
      z.object({
        number: z.number().int().positive().nullish(),
        code: text("Mã chỉ tiêu", 20),
        group: z.string().nullish(),
        area,
        name: text("Tên chỉ tiêu", 500),
        sourceText: text("Câu chữ của chỉ tiêu", 3000),
        applicableFromYear: z.number().int().nullish(),
        note: optionalText("Ghi chú", 1000),
        targets: z.array(target).max(20).default([]),
        subIndicators: z
          .array(
            z.object({
              code: text("Mã chỉ tiêu con", 20),
              name: text("Tên chỉ tiêu con", 500),
              sourceText: text("Câu chữ của chỉ tiêu con", 3000),
              targets: z.array(target).max(20).default([]),
            }),
          )
          .max(30)
          .default([]),
      }),
    )
    .max(200)
    .default([]),
  tasks: z
    .array(
      z.object({
        code: text("Mã nhiệm vụ", 30),
        section: text("Mục của nhiệm vụ", 50),
        kind: z.enum(TASK_KINDS),
        area,
        title: text("Tiêu đề nhiệm vụ", 200),
        content: text("Nội dung nhiệm vụ", 10000),
        outputs: z
          .array(z.object({ kind: z.enum(OUTPUT_KINDS), title: text("Sản phẩm", 1000) }))
          .max(20)
          .default([]),
      }),
    )
    .max(500)
    .default([]),
});

export type ConfirmableDraft = z.infer<typeof confirmableDraftSchema>;
export type ConfirmableTarget = z.infer<typeof target>;

/** The draft to create, or a ValidationError naming each field to correct (path under `draft`). */
export function parseConfirmableDraft(json: unknown): ConfirmableDraft {
  const parsed = confirmableDraftSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new ValidationError(
    parsed.error.issues.map((issue) => ({ path: ["draft", ...issue.path.map(String)], message: issue.message })),
  );
}
