// mutation createPlan: a new yearly plan (dự thảo) of the viewer's jurisdiction. ADMIN and OFFICE.
import { calendarOf, calendarSelect, reportingPeriodRows } from "@kehoach/db";
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { NotAuthorizedError, NotFoundError } from "../../errors.ts";
import { inTransaction } from "../../write.ts";
import { globalIdOf, optionalText, requiredText, textList, yearSchema } from "../validators.ts";
import { planEditorScopes } from "./access.ts";
import { PlanPayload } from "./payloads.ts";

const CreatePlanInput = builder.inputType("CreatePlanInput", {
  description: "Kế hoạch mới (tạo ở trạng thái dự thảo, chưa công bố).",
  fields: (t) => ({
    year: t.int({ required: true, description: "Năm kế hoạch (2000–2100).", validate: yearSchema }),
    title: t.string({ required: true, description: "Tên kế hoạch.", validate: requiredText("tên kế hoạch", 1000) }),
    issuer: t.string({
      required: true,
      description: "Cơ quan ban hành.",
      validate: requiredText("cơ quan ban hành", 300),
    }),
    number: t.string({ description: "Số, ký hiệu (…/KH-UBND).", validate: optionalText("số, ký hiệu", 100) }),
    issuedOn: t.field({ type: "Date", description: "Ngày ban hành." }),
    placeAndDate: t.string({
      description: "Địa danh, ngày tháng ở đầu văn bản.",
      validate: optionalText("địa danh, ngày tháng", 300),
    }),
    theme: t.string({ description: "Chủ đề năm.", validate: optionalText("chủ đề năm", 2000) }),
    objective: t.string({ description: "Mục tiêu tổng quát.", validate: optionalText("mục tiêu tổng quát", 5000) }),
    purposes: t.stringList({
      description: "Mục đích, mỗi phần tử một ý.",
      validate: textList("mục đích", 50, 5000).nullish(),
    }),
    requirements: t.stringList({
      description: "Yêu cầu, mỗi phần tử một ý.",
      validate: textList("yêu cầu", 50, 5000).nullish(),
    }),
    signerName: t.string({ description: "Người ký.", validate: optionalText("tên người ký", 200) }),
    signerTitle: t.string({ description: "Chức vụ người ký.", validate: optionalText("chức vụ người ký", 200) }),
    parentDocumentId: t.id({
      description: "ID toàn cục của kế hoạch cấp trên (Document) mà kế hoạch này thực hiện.",
      validate: globalIdOf("Document", "văn bản").nullish(),
    }),
  }),
});

builder.mutationField("createPlan", (t) =>
  t.field({
    type: PlanPayload,
    description: "Tạo kế hoạch mới (dự thảo) của đơn vị hành chính mình. Quản trị và văn phòng.",
    authScopes: planEditorScopes,
    errors: {
      types: [NotFoundError],
      directResult: true,
      union: { name: "CreatePlanResult", description: "Kết quả tạo kế hoạch: kế hoạch mới hoặc lỗi." },
    },
    args: { input: t.arg({ type: CreatePlanInput, required: true, description: "Nội dung kế hoạch." }) },
    resolve: async (_root, { input }, ctx) => {
      const jurisdictionId = ctx.viewer.jurisdictionId;
      if (!jurisdictionId) throw new NotAuthorizedError();
      return inTransaction(ctx, async (tx) => {
        if (input.parentDocumentId) {
          const parent = await tx.document.findUnique({ where: { id: input.parentDocumentId } });
          if (!parent) throw new NotFoundError("Văn bản", input.parentDocumentId, "Document");
        }
        const plan = await tx.plan.create({
          data: {
            jurisdictionId,
            year: input.year,
            title: input.title,
            issuer: input.issuer,
            number: input.number ?? null,
            issuedOn: input.issuedOn ?? null,
            placeAndDate: input.placeAndDate ?? null,
            theme: input.theme ?? null,
            objective: input.objective ?? null,
            purposes: input.purposes ?? [],
            requirements: input.requirements ?? [],
            signerName: input.signerName ?? null,
            signerTitle: input.signerTitle ?? null,
            parentDocumentId: input.parentDocumentId ?? null,
            status: "DRAFT",
          },
        });
        // Its periods to report on, in its ward's reporting calendar, so that units can report as soon as it is issued.
        const calendar = calendarOf(
          await tx.jurisdiction.findUniqueOrThrow({ where: { id: jurisdictionId }, select: calendarSelect }),
        );
        await tx.reportingPeriod.createMany({
          data: reportingPeriodRows({ ...plan, today: ctx.clock.now(), calendar }),
        });
        await recordAudit(tx, ctx, { name: "plan.created", entityId: plan.id, jurisdictionId, after: plan });
        return { id: plan.id };
      });
    },
  }),
);
