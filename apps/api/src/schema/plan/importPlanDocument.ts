// mutation importPlanDocument(file) and confirmPlanImport(input): an office user uploads the plan
// document (multipart, ≤ 10 MB, .docx / .pdf / .md / .txt told by content) and gets a draft to
// review — nothing is written; confirming the reviewed draft creates the plan, its indicators,
// targets and tasks, with inferred assignments, in one transaction. ADMIN and OFFICE.
import { planDraftToJson } from "@kehoach/domain";
import GraphQLUpload from "graphql-upload/GraphQLUpload.mjs";
import type { FileUpload } from "graphql-upload/processRequest.mjs";
import { recordAudit } from "../../audit/record.ts";
import { builder } from "../../builder.ts";
import { NotAuthorizedError, UnreadableDocumentError } from "../../errors.ts";
import { parseConfirmableDraft } from "../../planImport/confirmableDraft.ts";
import { type CreatedPlan, createPlanFromDraft } from "../../planImport/createPlanFromDraft.ts";
import { type ImportedDocument, importPlanDocument } from "../../planImport/importDocument.ts";
import { MAX_DOCUMENT_BYTES } from "../../planImport/readDocument.ts";
import { inTransaction } from "../../write.ts";
import { ErrorInterface } from "../errors/errors.ts";
import { UnitRef } from "../organisation/unit.ts";
import { planEditorScopes } from "./access.ts";
import { PlanRef } from "./plan.ts";

builder.addScalarType("Upload", GraphQLUpload, {});

builder.scalarType("PlanDraftJson", {
  description:
    'Bản nháp kế hoạch đọc từ văn bản, định dạng "kehoach.plan-draft/1" (packages/domain/src/planDocument/README.md): đầu văn bản, căn cứ, mục đích, yêu cầu, chủ đề, mục tiêu, chỉ tiêu với mức chỉ tiêu, nhiệm vụ, đơn vị, người ký; mỗi mục kèm dòng nguồn và độ tin cậy.',
  serialize: (value) => value,
  parseValue: (value) => value,
});

builder.objectType(UnreadableDocumentError, {
  name: "UnreadableDocument",
  description: "Không đọc được tệp tải lên (rỗng, ảnh, PDF có mật khẩu hay bản quét…): không có gì được tạo.",
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof UnreadableDocumentError,
  fields: (t) => ({
    reason: t.exposeString("reason", {
      description: "EMPTY, TOO_LARGE, IMAGE, NOT_A_DOCX, ENCRYPTED_PDF, SCANNED_PDF, BROKEN_PDF hoặc BINARY.",
    }),
  }),
});

const ImportPlanDocumentPayload = builder.objectRef<ImportedDocument>("ImportPlanDocumentPayload").implement({
  description: "Bản nháp đọc từ văn bản, để xem lại bên cạnh văn bản gốc rồi xác nhận (chưa ghi gì).",
  fields: (t) => ({
    format: t.string({ description: "Dạng tệp nhận ra từ nội dung: docx, pdf hoặc text.", resolve: (d) => d.format }),
    lines: t.stringList({
      description: "Văn bản đã chuẩn hóa, từng dòng; dòng nguồn của bản nháp đánh số từ 1 theo danh sách này.",
      resolve: (d) => d.lines,
    }),
    draft: t.field({
      type: "PlanDraftJson",
      description: "Bản nháp (sửa được rồi gửi lại trong confirmPlanImport).",
      resolve: (d) => planDraftToJson(d.draft),
    }),
    elapsedMs: t.int({ description: "Thời gian đọc và phân tích (ms).", resolve: (d) => d.elapsedMs }),
  }),
});

async function readUpload(upload: Promise<FileUpload>): Promise<Uint8Array> {
  const tooLarge = () =>
    new UnreadableDocumentError("TOO_LARGE", "Tệp lớn hơn 10 MB: hãy tải lên văn bản kế hoạch (.docx, .pdf, .txt).");
  const file = await upload;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of file.createReadStream()) {
      size += (chunk as Buffer).length;
      if (size > MAX_DOCUMENT_BYTES) throw tooLarge();
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    // graphql-upload cuts a file over its limit (app.ts) and fails the stream with HTTP status 413.
    if ((error as { status?: unknown }).status === 413) throw tooLarge();
    throw error;
  }
  return new Uint8Array(Buffer.concat(chunks));
}

builder.mutationField("importPlanDocument", (t) =>
  t.field({
    type: ImportPlanDocumentPayload,
    description:
      "Đọc văn bản kế hoạch tải lên (multipart, ≤ 10 MB; .docx, .pdf có chữ, .md, .txt) thành bản nháp để xem lại. Không ghi gì. Quản trị và văn phòng.",
    authScopes: planEditorScopes,
    errors: {
      types: [UnreadableDocumentError],
      directResult: true,
      union: { name: "ImportPlanDocumentResult", description: "Bản nháp, hoặc lỗi nói vì sao không đọc được." },
    },
    args: { file: t.arg({ type: "Upload", required: true, description: "Tệp văn bản kế hoạch." }) },
    resolve: async (_root, args) => importPlanDocument(await readUpload(args.file)),
  }),
);

const ConfirmPlanImportInput = builder.inputType("ConfirmPlanImportInput", {
  description: "Bản nháp đã xem lại (và sửa) để tạo kế hoạch.",
  fields: (t) => ({
    draft: t.field({ type: "PlanDraftJson", required: true, description: "Bản nháp từ importPlanDocument, đã sửa." }),
  }),
});

const ConfirmPlanImportPayload = builder.objectRef<CreatedPlan>("ConfirmPlanImportPayload").implement({
  description: "Kế hoạch (dự thảo) đã tạo từ bản nháp.",
  fields: (t) => ({
    plan: t.prismaField({
      type: PlanRef,
      description: "Kế hoạch đã tạo.",
      resolve: (query, created, _args, ctx) =>
        ctx.prisma.plan.findUniqueOrThrow({ ...query, where: { id: created.planId } }),
    }),
    indicatorCount: t.int({ description: "Số chỉ tiêu đã tạo.", resolve: (c) => c.indicators }),
    targetCount: t.int({ description: "Số mức chỉ tiêu đã tạo.", resolve: (c) => c.targets }),
    taskCount: t.int({ description: "Số nhiệm vụ đã tạo.", resolve: (c) => c.tasks }),
    legalBasisCount: t.int({ description: "Số căn cứ đã gắn.", resolve: (c) => c.legalBases }),
    inferredAssignmentCount: t.int({
      description: "Số phân công chờ xác nhận: theo đơn vị chủ trì văn bản nêu, hoặc suy luận theo lĩnh vực.",
      resolve: (c) => c.assignments,
    }),
    newUnits: t.prismaField({
      type: [UnitRef],
      description: "Đơn vị văn bản nêu (chủ trì, phối hợp) mà phường chưa có, đã tạo cùng kế hoạch.",
      resolve: (query, created, _args, ctx) =>
        ctx.prisma.unit.findMany({
          ...query,
          where: { id: { in: created.newUnits.map((u) => u.id) } },
          orderBy: { code: "asc" },
        }),
    }),
  }),
});

builder.mutationField("confirmPlanImport", (t) =>
  t.field({
    type: ConfirmPlanImportPayload,
    description:
      "Tạo kế hoạch (dự thảo, chưa công bố) từ bản nháp đã xem lại: chỉ tiêu, mức, nhiệm vụ, căn cứ và phân công suy luận, trong một giao dịch. Quản trị và văn phòng.",
    authScopes: planEditorScopes,
    errors: {
      types: [],
      directResult: true,
      union: { name: "ConfirmPlanImportResult", description: "Kế hoạch đã tạo, hoặc lỗi (không tạo gì)." },
    },
    args: { input: t.arg({ type: ConfirmPlanImportInput, required: true, description: "Bản nháp đã xem lại." }) },
    resolve: async (_root, { input }, ctx) => {
      const jurisdictionId = ctx.viewer.jurisdictionId;
      if (!jurisdictionId) throw new NotAuthorizedError();
      const draft = parseConfirmableDraft(input.draft);
      return inTransaction(ctx, async (tx) => {
        const created = await createPlanFromDraft(tx, draft, { jurisdictionId, today: ctx.clock.now() });
        for (const unit of created.newUnits) {
          await recordAudit(tx, ctx, { name: "unit.created", entityId: unit.id, jurisdictionId, after: unit });
        }
        await recordAudit(tx, ctx, { name: "plan.imported", entityId: created.planId, jurisdictionId, after: created });
        return created;
      });
    },
  }),
);
