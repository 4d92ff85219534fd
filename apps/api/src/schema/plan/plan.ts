// Kế hoạch (Plan): the yearly plan with its legal bases, theme, objectives, indicators and tasks.
import { builder } from "../../builder.ts";
import { DocumentRef } from "../document/document.ts";
import { PlanStatusEnum, TaskKindEnum } from "../enums.ts";

export const PlanRef = builder.prismaNode("Plan", {
  id: { field: "id" },
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
      },
      query: (args) => ({
        where: {
          parentId: null,
          archivedAt: null,
          ...(args.groupCode ? { group: { code: args.groupCode } } : {}),
          ...(args.areaCode ? { area: { code: args.areaCode } } : {}),
        },
        orderBy: { position: "asc" },
      }),
    }),
    tasks: t.relatedConnection("tasks", {
      cursor: "id",
      totalCount: true,
      description: "Nhiệm vụ, giải pháp theo thứ tự trong kế hoạch.",
      args: {
        areaCode: t.arg.string({ required: false, description: "Lọc theo mã lĩnh vực (ECONOMY…)." }),
        kind: t.arg({ type: TaskKindEnum, required: false, description: "Lọc: trọng tâm hoặc cụ thể." }),
      },
      query: (args) => ({
        where: {
          archivedAt: null,
          ...(args.areaCode ? { area: { code: args.areaCode } } : {}),
          ...(args.kind ? { kind: args.kind } : {}),
        },
        orderBy: { position: "asc" },
      }),
    }),
  }),
});

builder.prismaNode("Jurisdiction", {
  id: { field: "id" },
  fields: (t) => ({
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    kind: t.field({
      type: "String",
      description: "Cấp: CITY, PROVINCE, WARD, COMMUNE, SPECIAL_ZONE.",
      resolve: (j) => j.kind,
    }),
    parent: t.relation("parent", { nullable: true }),
  }),
});

builder.prismaObject("IndicatorGroup", {
  fields: (t) => ({
    id: t.exposeID("id"),
    code: t.exposeString("code"),
    title: t.exposeString("title"),
    position: t.exposeInt("position"),
    area: t.relation("area"),
  }),
});
