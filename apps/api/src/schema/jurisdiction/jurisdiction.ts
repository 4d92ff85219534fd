// The Jurisdiction type (đơn vị hành chính): public facts (code, name, kind, parent, the wards
// below), and how many administrators it has — whether a ward's accounts are opened — for the
// administrators who reach it (packages/domain access/policy.ts FIELD_POLICY).
import { mayReadField } from "@kehoach/domain";
import { builder } from "../../builder.ts";
import { JurisdictionKindEnum } from "../enums.ts";

export const JurisdictionRef = builder.prismaNode("Jurisdiction", {
  id: { field: "id" },
  description: "Đơn vị hành chính: thành phố, tỉnh; phường, xã, đặc khu trực thuộc.",
  fields: (t) => ({
    code: t.exposeString("code"),
    name: t.exposeString("name"),
    kind: t.field({
      type: "String",
      description: "Cấp: CITY, PROVINCE, WARD, COMMUNE, SPECIAL_ZONE (xem kindValue).",
      resolve: (j) => j.kind,
    }),
    kindValue: t.field({
      type: JurisdictionKindEnum,
      description: "Cấp, theo kiểu liệt kê JurisdictionKind.",
      resolve: (j) => j.kind,
    }),
    parent: t.relation("parent", { nullable: true }),
    children: t.relation("children", {
      description: "Các đơn vị hành chính trực thuộc, theo tên.",
      query: { orderBy: [{ name: "asc" }, { id: "asc" }] },
    }),
    administratorCount: t.int({
      nullable: true,
      description:
        "Số tài khoản quản trị (ADMIN) đang dùng: 0 là phường chưa được mở tài khoản. Chỉ quản trị của đơn vị hành chính này hoặc cấp trên xem được.",
      authScopes: (j, _args, ctx) =>
        mayReadField(ctx.viewer, "Jurisdiction.administratorCount", { jurisdictionId: j.id }),
      unauthorizedResolver: () => null,
      resolve: (j, _args, ctx) =>
        ctx.prisma.user.count({
          where: {
            jurisdictionId: j.id,
            archivedAt: null,
            roleGrants: { some: { role: "ADMIN", jurisdictionId: j.id } },
          },
        }),
    }),
  }),
});
