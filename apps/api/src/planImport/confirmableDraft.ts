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
  targetProblems,
} from "@kehoach/domain";
import { z } from "zod";
import { ValidationError } from "../errors.ts";
import { optionalText, requiredText, textList } from "../schema/validators.ts";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày phải có dạng YYYY-MM-DD.")
  .nullish();

const comparator = z
  .string()
  .transform((value) => value.toUpperCase())
  .pipe(z.enum(COMPARATORS, { error: "Phép so sánh phải là gt, gte, eq, lte, lt, approx hoặc range." }))
  .nullish();

const target = z
  .object({
    kind: z.enum(TARGET_KINDS),
    comparator,
    value: z.number().finite().nullish(),
    min: z.number().finite().nullish(),
    max: z.number().finite().nullish(),
    unit: optionalText("đơn vị tính", 100),
    measure: z.enum(MEASURE_KINDS).nullish(),
    currency: optionalText("tiền tệ", 10),
    scale: z.number().positive().nullish(),
    perQuantity: z.number().positive().nullish(),
    perUnit: optionalText("mẫu số tỷ suất", 100),
    direction: z.enum(TARGET_DIRECTIONS),
    basis: z.enum(TARGET_BASES),
    qualitativeKind: z.enum(QUALITATIVE_KINDS).nullish(),
    // Its bounds are checked with the target's other rules (targetProblems).
    year: z.number().int("Năm phải là số nguyên.").nullish(),
    text: requiredText("câu chữ của mức chỉ tiêu", 1000),
  })
  // The same rule as createIndicator: a draft cannot hold a target the form would refuse.
  .superRefine((value, ctx) => {
    for (const { field, message } of targetProblems(value)) {
      ctx.addIssue({ code: "custom", path: [field], message: `Mức chỉ tiêu: ${message}` });
    }
  });

const area = z.enum(AREA_CODES, { error: `Lĩnh vực phải là một trong ${AREA_CODES.join(", ")}.` }).nullish();

export const confirmableDraftSchema = z.object({
  header: z.object({
    year: z.number().int().min(2000, "Năm từ 2000 đến 2100.").max(2100, "Năm từ 2000 đến 2100.").nullish(),
    title: requiredText("trích yếu kế hoạch", 1000),
    number: optionalText("số, ký hiệu", 100),
    issuedOn: isoDate,
    placeAndDate: optionalText("địa danh, ngày tháng", 300),
    issuer: requiredText("cơ quan ban hành", 300),
  }),
  theme: optionalText("chủ đề năm", 2000),
  objective: optionalText("mục tiêu tổng quát", 5000),
  purposes: textList("mục đích", 50, 5000).default([]),
  requirements: textList("yêu cầu", 50, 5000).default([]),
  signer: z.object({ name: optionalText("người ký", 200), title: optionalText("chức vụ người ký", 200) }).nullish(),
  legalBases: z
    .array(
      z.object({
        kind: z.enum(DOCUMENT_KINDS),
        number: optionalText("số, ký hiệu căn cứ", 100),
        issuedOn: isoDate,
        issuer: optionalText("cơ quan ban hành căn cứ", 300),
        title: optionalText("trích yếu căn cứ", 1000),
        shortName: optionalText("tên gọi tắt", 200),
        text: requiredText("câu căn cứ", 3000),
      }),
    )
    .max(50)
    .default([]),
  indicatorGroups: z
    .array(z.object({ code: requiredText("mã nhóm", 20), title: requiredText("tên nhóm", 500), area }))
    .default([]),
  indicators: z
    .array(
      z.object({
        number: z.number().int().positive().nullish(),
        code: requiredText("mã chỉ tiêu", 20),
        group: z.string().nullish(),
        area,
        name: requiredText("tên chỉ tiêu", 500),
        sourceText: requiredText("câu chữ của chỉ tiêu", 3000),
        applicableFromYear: z.number().int().nullish(),
        note: optionalText("ghi chú", 1000),
        targets: z.array(target).max(20).default([]),
        subIndicators: z
          .array(
            z.object({
              code: requiredText("mã chỉ tiêu con", 20),
              name: requiredText("tên chỉ tiêu con", 500),
              sourceText: requiredText("câu chữ của chỉ tiêu con", 3000),
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
        code: requiredText("mã nhiệm vụ", 30),
        section: requiredText("mục của nhiệm vụ", 50),
        kind: z.enum(TASK_KINDS),
        area,
        title: requiredText("tiêu đề nhiệm vụ", 200),
        content: requiredText("nội dung nhiệm vụ", 10000),
        /** The lead unit as the plan names it; the ward's unit of that name, or a new one. */
        lead: optionalText("đơn vị chủ trì", 300),
        cooperating: z.array(requiredText("đơn vị phối hợp", 300)).max(30).default([]),
        /** As written ("Quý IV/2026"); read into the task's deadline and recurrence. */
        deadline: optionalText("thời hạn", 200),
        outputs: z
          .array(z.object({ kind: z.enum(OUTPUT_KINDS), title: requiredText("sản phẩm", 1000) }))
          .max(20)
          .default([]),
      }),
    )
    .max(500)
    .default([]),
  /** Section IV's bodies and their duties: where cooperating units are inferred from. */
  units: z
    .array(
      z.object({
        name: requiredText("tên đơn vị ở mục tổ chức thực hiện", 500),
        duties: z.array(z.string().max(5000)).max(50).default([]),
      }),
    )
    .max(50)
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
