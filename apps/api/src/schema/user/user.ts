// Người dùng (User): identity, unit, roles and areas in charge. Contact details and last login
// only for those the domain's FIELD_POLICY names.
import { mayReadField } from "@kehoach/domain";
import { readGuard } from "../../access/guards.ts";
import { readableUsers } from "../../access/readable.ts";
import { builder } from "../../builder.ts";
import { AreaRef } from "../area/area.ts";
import { RoleEnum } from "../enums.ts";

const contactFacts = (user: { id: string; jurisdictionId: string }) => ({
  jurisdictionId: user.jurisdictionId,
  userId: user.id,
});

export const UserRef = builder.prismaNode("User", {
  id: { field: "id" },
  findUnique: (id, ctx) => (id === ctx.signedInUserId ? { id } : { id, AND: [readableUsers(ctx.viewer)] }),
  authScopes: readGuard.User,
  fields: (t) => ({
    username: t.exposeString("username", { description: "Tên đăng nhập." }),
    displayName: t.exposeString("displayName", { description: "Họ tên hiển thị." }),
    title: t.exposeString("title", { nullable: true }),
    email: t.exposeString("email", {
      nullable: true,
      description: "Thư điện tử (chỉ quản trị, văn phòng và chính người dùng xem được).",
      authScopes: (user, _args, ctx) => mayReadField(ctx.viewer, "User.email", contactFacts(user)),
      unauthorizedResolver: () => null,
    }),
    phone: t.exposeString("phone", {
      nullable: true,
      description: "Số điện thoại (chỉ quản trị, văn phòng và chính người dùng xem được).",
      authScopes: (user, _args, ctx) => mayReadField(ctx.viewer, "User.phone", contactFacts(user)),
      unauthorizedResolver: () => null,
    }),
    unit: t.relation("unit", { nullable: true, description: "Đơn vị công tác." }),
    jurisdiction: t.relation("jurisdiction", { description: "Đơn vị hành chính." }),
    roles: t.field({
      type: [RoleEnum],
      description: "Các vai trò được cấp.",
      select: { roleGrants: { select: { role: true } } },
      resolve: (user) => [...new Set(user.roleGrants.map((g) => g.role))],
    }),
    areas: t.field({
      type: [AreaRef],
      description: "Lĩnh vực phụ trách (với lãnh đạo; rỗng khi phụ trách mọi lĩnh vực hoặc không phải lãnh đạo).",
      select: { roleGrants: { select: { areas: { select: { area: true } } } } },
      resolve: (user) => {
        const byId = new Map(user.roleGrants.flatMap((g) => g.areas.map((a) => [a.area.id, a.area] as const)));
        return [...byId.values()].sort((a, b) => a.position - b.position);
      },
    }),
    archivedAt: t.expose("archivedAt", { type: "DateTime", nullable: true, description: "Ngày ngừng sử dụng." }),
    version: t.exposeInt("version", { description: "Phiên bản, gửi kèm khi sửa để phát hiện sửa đồng thời." }),
    grants: t.relation("roleGrants", {
      description: "Các cấp quyền: vai trò, đơn vị (với UNIT_HEAD, UNIT_STAFF), lĩnh vực phụ trách (với LEADER).",
      query: { orderBy: [{ role: "asc" }, { id: "asc" }] },
    }),
    lastLoginAt: t.expose("lastLoginAt", {
      type: "DateTime",
      nullable: true,
      description: "Lần đăng nhập gần nhất (chỉ quản trị và chính người dùng xem được).",
      authScopes: (user, _args, ctx) => mayReadField(ctx.viewer, "User.lastLoginAt", contactFacts(user)),
      unauthorizedResolver: () => null,
    }),
  }),
});

builder.prismaObject("RoleGrant", {
  authScopes: readGuard.RoleGrant,
  fields: (t) => ({
    id: t.exposeID("id", { description: "Mã nội bộ của cấp quyền." }),
    role: t.expose("role", { type: RoleEnum, description: "Vai trò." }),
    unit: t.relation("unit", { nullable: true, description: "Đơn vị (với UNIT_HEAD, UNIT_STAFF)." }),
    areas: t.field({
      type: [AreaRef],
      description: "Lĩnh vực phụ trách (với LEADER); rỗng là mọi lĩnh vực.",
      select: (_args, _ctx, nestedSelection) => ({ areas: { select: { area: nestedSelection(true) } } }),
      resolve: (grant) => grant.areas.map((a) => a.area).sort((a, b) => a.position - b.position),
    }),
  }),
});
