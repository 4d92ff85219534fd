// The Attachment type and the `attachments` of its owners: report lines (indicator and task) and
// task outputs, with whether the viewer may attach and remove files there (packages/domain
// attachments/rules.ts); `attachmentsOf` reads one owner's files by its global ID (the console's
// list beside a line). The files of the reports or outputs of a query are read in one statement.
import type { PrismaNamespace } from "@kehoach/db";
import { attachmentRefusal } from "@kehoach/domain";
import DataLoader from "dataloader";
import { readGuard } from "../../access/guards.ts";
import {
  ownerFacts,
  ownerKeyOf,
  ownerReadable,
  reportFactsSelect,
  reportLineFacts,
  taskOutputFacts,
  taskOutputFactsSelect,
} from "../../attachments/owner.ts";
import { downloadUrl } from "../../attachments/router.ts";
import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";

const ROW = {
  id: true,
  fileName: true,
  contentType: true,
  size: true,
  createdAt: true,
  reportId: true,
  indicatorId: true,
  taskId: true,
  taskOutputId: true,
  uploadedById: true,
} as const;

export const AttachmentRef = builder.prismaNode("Attachment", {
  id: { field: "id" },
  description:
    "Tệp minh chứng (PDF, ảnh, Word, Excel, PowerPoint, ODT/ODS) của một dòng báo cáo hoặc một sản phẩm đầu ra. Tải lên: POST /tep-dinh-kem (multipart: owner, file).",
  // The file's bytes are read only by its download, never with the type.
  select: { id: true, reportId: true, indicatorId: true, taskOutputId: true },
  findUnique: (id) => ({ id, deletedAt: null }),
  authScopes: readGuard.Attachment,
  fields: (t) => ({
    fileName: t.exposeString("fileName", { description: "Tên tệp." }),
    contentType: t.exposeString("contentType", { description: "Kiểu nội dung, nhận ra từ chính nội dung tệp." }),
    size: t.exposeInt("size", { description: "Dung lượng (byte)." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "Thời điểm tải lên." }),
    uploadedBy: t.relation("uploadedBy", { nullable: true, description: "Người tải lên." }),
    downloadUrl: t.string({
      description: "Địa chỉ tải tệp về (cùng phiên đăng nhập hoặc token).",
      resolve: (row) => downloadUrl(row.id),
    }),
  }),
});

type AttachmentRow = PrismaNamespace.AttachmentGetPayload<{ select: typeof ROW }>;

interface Loaders {
  ofReport: DataLoader<string, AttachmentRow[]>;
  ofTaskOutput: DataLoader<string, AttachmentRow[]>;
}

const perRequest = new WeakMap<Context, Loaders>();

function loaders(ctx: Context): Loaders {
  let found = perRequest.get(ctx);
  if (found) return found;
  const load = (column: "reportId" | "taskOutputId") => async (ids: readonly string[]) => {
    const rows: AttachmentRow[] = await ctx.prisma.attachment.findMany({
      where: { [column]: { in: [...ids] }, deletedAt: null },
      select: ROW,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    return ids.map((id) => rows.filter((row) => row[column] === id));
  };
  found = { ofReport: new DataLoader(load("reportId")), ofTaskOutput: new DataLoader(load("taskOutputId")) };
  perRequest.set(ctx, found);
  return found;
}

const mayAttachDescription = "Người xem có đính kèm, xóa tệp minh chứng ở đây được không.";

const lineReportSelect = { report: { select: reportFactsSelect } } as const;

type LineWithReport = PrismaNamespace.ProgressReportTaskLineGetPayload<{ select: typeof lineReportSelect }>;

const lineMayAttach = (line: LineWithReport, _args: unknown, ctx: Context) =>
  attachmentRefusal(ctx.viewer, reportLineFacts(line.report)) === null;

builder.prismaObjectFields("ProgressReportIndicatorLine", (t) => ({
  attachments: t.field({
    type: [AttachmentRef],
    description: "Tệp minh chứng của dòng, cũ trước.",
    select: { reportId: true, indicatorId: true },
    resolve: async (line, _args, ctx) =>
      (await loaders(ctx).ofReport.load(line.reportId)).filter((row) => row.indicatorId === line.indicatorId),
  }),
  mayAttach: t.boolean({ description: mayAttachDescription, select: lineReportSelect, resolve: lineMayAttach }),
}));

builder.prismaObjectFields("ProgressReportTaskLine", (t) => ({
  attachments: t.field({
    type: [AttachmentRef],
    description: "Tệp minh chứng của dòng, cũ trước.",
    select: { reportId: true, taskId: true },
    resolve: async (line, _args, ctx) =>
      (await loaders(ctx).ofReport.load(line.reportId)).filter((row) => row.taskId === line.taskId),
  }),
  mayAttach: t.boolean({ description: mayAttachDescription, select: lineReportSelect, resolve: lineMayAttach }),
}));

builder.prismaObjectFields("TaskOutput", (t) => ({
  attachments: t.field({
    type: [AttachmentRef],
    description: "Tệp minh chứng của sản phẩm đầu ra (văn bản đã ban hành, ảnh…), cũ trước.",
    select: { id: true },
    resolve: (output, _args, ctx) => loaders(ctx).ofTaskOutput.load(output.id),
  }),
  mayAttach: t.boolean({
    description: mayAttachDescription,
    select: taskOutputFactsSelect,
    resolve: (output, _args, ctx) => attachmentRefusal(ctx.viewer, taskOutputFacts(output)) === null,
  }),
}));

interface OwnerFiles {
  owner: string;
  mayAttach: boolean;
  files: AttachmentRow[];
}

const OwnerFilesRef = builder.objectRef<OwnerFiles>("AttachmentsOfOwner").implement({
  description: "Tệp minh chứng của một dòng báo cáo hoặc một sản phẩm đầu ra.",
  fields: (t) => ({
    owner: t.exposeID("owner", { description: "ID toàn cục của dòng báo cáo hoặc sản phẩm đầu ra, như đã hỏi." }),
    mayAttach: t.exposeBoolean("mayAttach", { description: mayAttachDescription }),
    files: t.field({ type: [AttachmentRef], description: "Các tệp, cũ trước.", resolve: (owner) => owner.files }),
  }),
});

builder.queryField("attachmentsOf", (t) =>
  t.field({
    type: OwnerFilesRef,
    nullable: true,
    description:
      "Tệp minh chứng của một dòng báo cáo (ProgressReportIndicatorLine, ProgressReportTaskLine) hoặc một sản phẩm đầu ra (TaskOutput), và người xem có đính kèm được không; null khi không có hoặc bạn không xem được.",
    authScopes: { authenticated: true },
    args: { owner: t.arg.id({ required: true, description: "ID toàn cục của dòng báo cáo hoặc sản phẩm đầu ra." }) },
    resolve: async (_root, args, ctx) => {
      const owner = String(args.owner);
      const key = owner.length <= 200 ? await ownerKeyOf(ctx.prisma, owner) : null;
      if (!key || !(await ownerReadable(ctx, key))) return null;
      const facts = await ownerFacts(ctx.prisma, key);
      const files = await ctx.prisma.attachment.findMany({
        where: { ...key, deletedAt: null },
        select: ROW,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
      return { owner, mayAttach: facts !== null && attachmentRefusal(ctx.viewer, facts) === null, files };
    },
  }),
);
