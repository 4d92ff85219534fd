// Kế hoạch (Plan): the yearly plan with its legal bases, theme, objectives, indicators and tasks.
// Readable rows follow the roles table (plan/access.ts), also through node(id).
import type { PrismaNamespace } from "@kehoach/db";
import { readGuard } from "../../access/guards.ts";
import { inReadablePlan, readablePlans } from "../../access/readable.ts";
import { builder } from "../../builder.ts";
import { DocumentRef } from "../document/document.ts";
import { PlanStatusEnum, TaskKindEnum, TaskStatusEnum } from "../enums.ts";
import { overdueWhere, vietnamToday } from "../task/overdue.ts";
import { contains } from "../textSearch.ts";

export const IndicatorOrderEnum = builder.enumType("IndicatorOrder", {
  description: "Thứ tự danh sách chỉ tiêu.",
  values: {
    POSITION: { description: "Theo thứ tự trong kế hoạch (1)…(18) (mặc định)." },
    CODE: { description: "Theo mã chỉ tiêu." },
    NAME: { description: "Theo tên chỉ tiêu (A→Z)." },
    UPDATED_DESC: { description: "Sửa gần đây nhất trước." },
  } as const,
});

export const TaskOrderEnum = builder.enumType("TaskOrder", {
  description: "Thứ tự danh sách nhiệm vụ.",
  values: {
    POSITION: { description: "Theo thứ tự trong kế hoạch (mặc định)." },
    DEADLINE: { description: "Thời hạn gần nhất trước; nhiệm vụ không có thời hạn ở cuối." },
    STATUS: { description: "Theo trạng thái (chưa triển khai → đang thực hiện → hoàn thành → dừng)." },
    UPDATED_DESC: { description: "Sửa gần đây nhất trước." },
  } as const,
});

type IndicatorOrderBy = PrismaNamespace.IndicatorOrderByWithRelationInput[];
type TaskOrderBy = PrismaNamespace.TaskOrderByWithRelationInput[];

export function indicatorOrderBy(order: string | null | undefined): IndicatorOrderBy {
  switch (order) {
    case "CODE":
      return [{ code: "asc" }, { id: "asc" }];
    case "NAME":
      return [{ name: "asc" }, { id: "asc" }];
    case "UPDATED_DESC":
      return [{ updatedAt: "desc" }, { id: "asc" }];
    default:
      return [{ position: "asc" }, { id: "asc" }];
  }
}

export function taskOrderBy(order: string | null | undefined): TaskOrderBy {
  switch (order) {
    case "DEADLINE":
      return [{ deadline: { sort: "asc", nulls: "last" } }, { position: "asc" }, { id: "asc" }];
    case "STATUS":
      return [{ status: "asc" }, { position: "asc" }, { id: "asc" }];
    case "UPDATED_DESC":
      return [{ updatedAt: "desc" }, { id: "asc" }];
    default:
      return [{ position: "asc" }, { id: "asc" }];
  }
}

/** Words to search for, at most 200 characters (longer input is cut, not refused). */
export function searchTerm(search: string | null | undefined): string | null {
  const term = search?.trim().slice(0, 200);
  return term ? term : null;
}

export const PlanRef = builder.prismaNode("Plan", {
  id: { field: "id" },
  // node(id) answers null for a plan the viewer may not read (an unpublished one for anonymous).
  nullable: true,
  findUnique: (id, ctx) => ({ id, AND: [readablePlans(ctx.viewer)] }),
  // Only the columns a query asks for (and the access check's): a city's roll-up lists 114 plans,
  // whose full rows (texts, lists) cost Prisma 8 times as much to read as their ids and titles.
  select: { id: true, jurisdictionId: true, status: true, publishedAt: true },
  authScopes: readGuard.Plan,
  fields: (t) => ({
    year: t.exposeInt("year", { description: "Năm kế hoạch." }),
    number: t.exposeString("number", { nullable: true }),
    issuedOn: t.expose("issuedOn", { type: "Date", nullable: true, description: "Ngày ban hành." }),
    placeAndDate: t.exposeString("placeAndDate", { nullable: true }),
    issuer: t.exposeString("issuer", { description: "Cơ quan ban hành." }),
    title: t.exposeString("title", { description: "Tên kế hoạch." }),
    theme: t.exposeString("theme", { nullable: true }),
    objective: t.exposeString("objective", { nullable: true }),
    purposes: t.exposeStringList("purposes"),
    requirements: t.exposeStringList("requirements"),
    signerName: t.exposeString("signerName", { nullable: true, description: "Người ký." }),
    signerTitle: t.exposeString("signerTitle", { nullable: true, description: "Chức vụ người ký." }),
    status: t.expose("status", { type: PlanStatusEnum }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    version: t.exposeInt("version", { description: "Phiên bản, gửi kèm khi sửa để phát hiện sửa đồng thời." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "Lần sửa gần nhất." }),
    jurisdiction: t.relation("jurisdiction", { description: "Đơn vị hành chính của kế hoạch." }),
    parentDocument: t.relation("parentDocument", { nullable: true }),
    legalBases: t.field({
      type: [DocumentRef],
      description: "Căn cứ xây dựng kế hoạch, theo thứ tự trong văn bản.",
      select: { legalBases: { orderBy: { position: "asc" }, include: { document: true } } },
      resolve: (plan) => plan.legalBases.map((basis) => basis.document),
    }),
    indicatorGroups: t.relation("indicatorGroups", {
      description: "Nhóm chỉ tiêu (a, b, c).",
      query: { orderBy: { position: "asc" } },
    }),
    indicators: t.relatedConnection("indicators", {
      cursor: "id",
      totalCount: true,
      description: "Chỉ tiêu chủ yếu (cấp cao nhất, theo thứ tự (1)…(n)); chỉ tiêu con nằm trong subIndicators.",
      args: {
        groupCode: t.arg.string({ required: false, description: "Lọc theo nhóm: a, b, c." }),
        areaCode: t.arg.string({ required: false, description: "Lọc theo mã lĩnh vực (ECONOMY…)." }),
        search: t.arg.string({
          required: false,
          description: "Tìm trong mã, tên và nguyên văn chỉ tiêu (không phân biệt hoa thường).",
        }),
        orderBy: t.arg({ type: IndicatorOrderEnum, required: false, description: "Thứ tự; mặc định POSITION." }),
      },
      query: (args) => {
        const term = searchTerm(args.search);
        return {
          where: {
            parentId: null,
            archivedAt: null,
            ...(args.groupCode ? { group: { code: args.groupCode } } : {}),
            ...(args.areaCode ? { area: { code: args.areaCode } } : {}),
            ...(term
              ? {
                  OR: [{ code: contains(term) }, { name: contains(term) }, { sourceText: contains(term) }],
                }
              : {}),
          },
          orderBy: indicatorOrderBy(args.orderBy),
        };
      },
    }),
    tasks: t.relatedConnection("tasks", {
      cursor: "id",
      totalCount: true,
      description: "Nhiệm vụ, giải pháp theo thứ tự trong kế hoạch.",
      args: {
        areaCode: t.arg.string({ required: false, description: "Lọc theo mã lĩnh vực (ECONOMY…)." }),
        kind: t.arg({ type: TaskKindEnum, required: false, description: "Lọc: trọng tâm hoặc cụ thể." }),
        status: t.arg({ type: TaskStatusEnum, required: false, description: "Lọc theo trạng thái thực hiện." }),
        overdue: t.arg.boolean({
          required: false,
          description: "true: chỉ nhiệm vụ quá hạn (đã qua thời hạn, chưa hoàn thành); false: các nhiệm vụ còn lại.",
        }),
        search: t.arg.string({
          required: false,
          description: "Tìm trong mã, tiêu đề và nội dung nhiệm vụ (không phân biệt hoa thường).",
        }),
        orderBy: t.arg({ type: TaskOrderEnum, required: false, description: "Thứ tự; mặc định POSITION." }),
      },
      query: (args, ctx) => {
        const term = searchTerm(args.search);
        const and: PrismaNamespace.TaskWhereInput[] = [];
        if (typeof args.overdue === "boolean") and.push(overdueWhere(args.overdue, vietnamToday(ctx.clock.now())));
        if (term) {
          and.push({
            OR: [{ code: contains(term) }, { title: contains(term) }, { content: contains(term) }],
          });
        }
        return {
          where: {
            archivedAt: null,
            ...(args.areaCode ? { area: { code: args.areaCode } } : {}),
            ...(args.kind ? { kind: args.kind } : {}),
            ...(args.status ? { status: args.status } : {}),
            ...(and.length > 0 ? { AND: and } : {}),
          },
          orderBy: taskOrderBy(args.orderBy),
        };
      },
    }),
  }),
});

export const IndicatorGroupRef = builder.prismaNode("IndicatorGroup", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, ctx) => ({ id, ...inReadablePlan(ctx.viewer) }),
  authScopes: readGuard.inPlan,
  fields: (t) => ({
    code: t.exposeString("code"),
    title: t.exposeString("title"),
    position: t.exposeInt("position"),
    area: t.relation("area"),
  }),
});
