// Đơn vị (Unit): offices, centres, police, military, Front and mass organisations, residential groups, schools.
// Its assignments (chủ trì, phối hợp) and, for administrators, the office and its own members, its users.
import { mayReadField } from "@kehoach/domain";
import { readableUsers } from "../../access/readable.ts";
import { builder } from "../../builder.ts";
import { UnitKindEnum } from "../enums.ts";
import { assignmentWhere } from "./shared.ts";

export const UnitRef = builder.prismaNode("Unit", {
  id: { field: "id" },
  // Only the columns the query asks for (a unit's duties are long texts), and the jurisdiction the
  // field rules test.
  select: { id: true, jurisdictionId: true },
  fields: (t) => ({
    code: t.exposeString("code"),
    name: t.exposeString("name", { description: "Tên đơn vị." }),
    shortName: t.exposeString("shortName", { nullable: true, description: "Tên viết tắt." }),
    kind: t.expose("kind", { type: UnitKindEnum, description: "Loại đơn vị." }),
    parent: t.relation("parent", { nullable: true, description: "Đơn vị cấp trên (đoàn thể thuộc MTTQ)." }),
    duties: t.exposeStringList("duties"),
    archivedAt: t.expose("archivedAt", {
      type: "DateTime",
      nullable: true,
      description: "Ngày ngừng sử dụng; null khi đơn vị đang hoạt động.",
    }),
    version: t.exposeInt("version", { description: "Phiên bản, gửi kèm khi sửa để phát hiện sửa đồng thời." }),
    leadAssignments: t.relatedConnection("leadAssignments", {
      cursor: "id",
      totalCount: true,
      description: "Phân công mà đơn vị chủ trì (chỉ tiêu, nhiệm vụ).",
      query: (_args, ctx) => ({ where: assignmentWhere(ctx.viewer), orderBy: { id: "asc" } }),
    }),
    cooperatingAssignments: t.prismaConnection({
      type: "Assignment",
      cursor: "id",
      description: "Phân công mà đơn vị phối hợp thực hiện.",
      totalCount: (unit, _args, ctx) =>
        ctx.prisma.assignment.count({
          where: { AND: [assignmentWhere(ctx.viewer), { cooperatingUnits: { some: { unitId: unit.id } } }] },
        }),
      resolve: (query, unit, _args, ctx) =>
        ctx.prisma.assignment.findMany({
          ...query,
          where: { AND: [assignmentWhere(ctx.viewer), { cooperatingUnits: { some: { unitId: unit.id } } }] },
          orderBy: { id: "asc" },
        }),
    }),
    users: t.relatedConnection("users", {
      cursor: "id",
      totalCount: true,
      nullable: true,
      description:
        "Người dùng thuộc đơn vị (chỉ quản trị, văn phòng và thành viên của đơn vị xem được; null với người khác).",
      authScopes: (unit, _args, ctx) =>
        mayReadField(ctx.viewer, "Unit.users", { jurisdictionId: unit.jurisdictionId, unitId: unit.id }),
      unauthorizedResolver: () => null,
      args: {
        includeArchived: t.arg.boolean({
          required: false,
          defaultValue: false,
          description: "Gồm cả tài khoản đã ngừng sử dụng.",
        }),
      },
      // Only the people the viewer may read (access policy): another ward's office sees none.
      query: (args, ctx) => ({
        where: { AND: [readableUsers(ctx.viewer), args.includeArchived ? {} : { archivedAt: null }] },
        orderBy: [{ username: "asc" }, { id: "asc" }],
      }),
    }),
  }),
});
