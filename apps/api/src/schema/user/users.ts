// query users (ADMIN): the users of the administrator's jurisdiction with filters. Anyone else
// gets a NOT_AUTHORIZED GraphQL error and `users: null`.

import { rolesFor } from "@kehoach/domain";
import { readableUsers } from "../../access/readable.ts";
import type { Viewer } from "../../auth/viewer.ts";
import { builder } from "../../builder.ts";
import { RoleEnum } from "../enums.ts";
import { decodeId, NO_SUCH_ID } from "../globalId.ts";
import { deniedListError } from "../organisation/shared.ts";
import { contains } from "../textSearch.ts";

builder.queryField("users", (t) =>
  t.prismaConnection({
    type: "User",
    cursor: "id",
    nullable: true,
    description:
      "Người dùng của đơn vị hành chính (chỉ quản trị; người khác nhận lỗi NOT_AUTHORIZED), theo tên đăng nhập.",
    authScopes: { roles: rolesFor("user.manage") },
    unauthorizedError: () => deniedListError("danh sách người dùng"),
    args: {
      role: t.arg({ type: RoleEnum, required: false, description: "Lọc theo vai trò." }),
      unitId: t.arg.id({ required: false, description: "Lọc theo ID toàn cục của đơn vị công tác." }),
      search: t.arg.string({ required: false, description: "Tìm trong tên đăng nhập, họ tên, chức vụ." }),
      includeArchived: t.arg.boolean({
        required: false,
        defaultValue: false,
        description: "Gồm cả tài khoản đã ngừng sử dụng.",
      }),
    },
    totalCount: (_root, args, ctx) => ctx.prisma.user.count({ where: usersFilter(args, ctx.viewer) }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.user.findMany({
        ...query,
        where: usersFilter(args, ctx.viewer),
        orderBy: [{ username: "asc" }, { id: "asc" }],
      }),
  }),
);

function usersFilter(
  args: { role?: string | null; unitId?: string | null; search?: string | null; includeArchived?: boolean | null },
  viewer: Viewer,
) {
  const search = args.search?.trim().slice(0, 200);
  return {
    AND: [readableUsers(viewer)],
    ...(args.includeArchived ? {} : { archivedAt: null }),
    ...(args.role ? { roleGrants: { some: { role: args.role as never } } } : {}),
    // An ID of the wrong type matches nothing rather than everything.
    ...(args.unitId ? { unitId: decodeId(args.unitId, "Unit") ?? NO_SUCH_ID } : {}),
    ...(search
      ? { OR: [{ username: contains(search) }, { displayName: contains(search) }, { title: contains(search) }] }
      : {}),
  };
}
