// query me: the signed-in viewer (username, display name, roles, unit, jurisdiction, areas), or null.
import { builder } from "../../builder.ts";
import { UserRef } from "../user/user.ts";

builder.queryField("me", (t) =>
  t.prismaField({
    type: UserRef,
    nullable: true,
    description: "Người đang đăng nhập; null khi chưa đăng nhập.",
    authScopes: { public: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.viewer.userId ? ctx.prisma.user.findUnique({ ...query, where: { id: ctx.viewer.userId } }) : null,
  }),
);
