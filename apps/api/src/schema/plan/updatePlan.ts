// mutation updatePlan: edits a plan's text and status (dự thảo ↔ đang thực hiện) at the version the
// client read. ADMIN and OFFICE of the plan's jurisdiction.
import { z } from "zod";
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.ts";
import { inTransaction, updateVersioned } from "../../write.ts";
import { PlanStatusEnum } from "../enums.ts";
import { globalIdOf, optionalText, presentText, textList, versionSchema, yearSchema } from "../validators.ts";
import { definedOnly, planEditorScopes, planForWrite } from "./access.ts";
import { PlanPayload } from "./payloads.ts";

const UpdatePlanInput = builder.inputType("UpdatePlanInput", {
  description: "Sửa kế hoạch: chỉ các trường gửi lên được đổi; null xóa trường không bắt buộc.",
  fields: (t) => ({
    id: t.id({ required: true, description: "ID toàn cục của kế hoạch.", validate: globalIdOf("Plan", "kế hoạch") }),
    version: t.int({ required: true, description: "Phiên bản đã đọc (Plan.version).", validate: versionSchema }),
    year: t.int({ description: "Năm kế hoạch (2000–2100).", validate: yearSchema.optional() }),
    title: t.string({ description: "Tên kế hoạch.", validate: presentText("tên kế hoạch", 1000) }),
    issuer: t.string({ description: "Cơ quan ban hành.", validate: presentText("cơ quan ban hành", 300) }),
    number: t.string({ description: "Số, ký hiệu.", validate: optionalText("số, ký hiệu", 100) }),
    issuedOn: t.field({ type: "Date", description: "Ngày ban hành." }),
    placeAndDate: t.string({
      description: "Địa danh, ngày tháng.",
      validate: optionalText("địa danh, ngày tháng", 300),
    }),
    theme: t.string({ description: "Chủ đề năm.", validate: optionalText("chủ đề năm", 2000) }),
    objective: t.string({ description: "Mục tiêu tổng quát.", validate: optionalText("mục tiêu tổng quát", 5000) }),
    purposes: t.stringList({
      description: "Mục đích (thay cả danh sách).",
      validate: textList("mục đích", 50, 5000).nullish(),
    }),
    requirements: t.stringList({
      description: "Yêu cầu (thay cả danh sách).",
      validate: textList("yêu cầu", 50, 5000).nullish(),
    }),
    signerName: t.string({ description: "Người ký.", validate: optionalText("tên người ký", 200) }),
    signerTitle: t.string({ description: "Chức vụ người ký.", validate: optionalText("chức vụ người ký", 200) }),
    status: t.field({
      type: PlanStatusEnum,
      description: "DRAFT (dự thảo) hoặc ACTIVE (đang thực hiện); lưu trữ dùng archivePlan.",
      validate: z
        .enum(["DRAFT", "ACTIVE"], { error: "Chỉ chuyển được giữa DRAFT và ACTIVE; để lưu trữ dùng archivePlan." })
        .optional(),
    }),
  }),
});

builder.mutationField("updatePlan", (t) =>
  t.field({
    type: PlanPayload,
    description: "Sửa kế hoạch theo phiên bản đã đọc (phiên bản cũ → ConflictError). Quản trị và văn phòng.",
    authScopes: planEditorScopes,
    errors: {
      types: [NotFoundError, ConflictError],
      directResult: true,
      union: { name: "UpdatePlanResult", description: "Kết quả sửa kế hoạch: kế hoạch hoặc lỗi." },
    },
    args: { input: t.arg({ type: UpdatePlanInput, required: true, description: "Các trường cần sửa." }) },
    resolve: async (_root, { input }, ctx) =>
      inTransaction(ctx, async (tx) => {
        const before = await planForWrite(tx, ctx, input.id, { path: ["input", "id"] });
        if (input.status === "DRAFT" && before.publishedAt) {
          throw new ValidationError([
            {
              path: ["input", "status"],
              message: "Kế hoạch đang công bố: gỡ công bố (unpublishPlan) trước khi chuyển về dự thảo.",
            },
          ]);
        }
        if (input.year === null || input.title === null || input.issuer === null) {
          throw new ValidationError([
            { path: ["input"], message: "Năm, tên và cơ quan ban hành không được để trống." },
          ]);
        }
        const data = definedOnly({
          year: input.year,
          title: input.title,
          issuer: input.issuer,
          number: input.number,
          issuedOn: input.issuedOn,
          placeAndDate: input.placeAndDate,
          theme: input.theme,
          objective: input.objective,
          purposes: input.purposes === null ? [] : input.purposes,
          requirements: input.requirements === null ? [] : input.requirements,
          signerName: input.signerName,
          signerTitle: input.signerTitle,
          status: input.status ?? undefined,
        });
        await updateVersioned(tx.plan, "Kế hoạch", before.id, input.version, data);
        const after = await tx.plan.findUniqueOrThrow({ where: { id: before.id } });
        await recordAudit(tx, ctx, {
          name: "plan.updated",
          entityId: before.id,
          jurisdictionId: before.jurisdictionId,
          before,
          after,
        });
        return { id: before.id };
      }),
  }),
);
