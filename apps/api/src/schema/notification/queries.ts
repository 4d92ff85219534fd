// query notifications, unreadNotificationCount: the reminders of the viewer's unit, newest first.
// Someone who belongs to no unit (or a token) simply has none.
import { builder } from "../../builder.ts";
import { notificationsWhere } from "./types.ts";

builder.queryFields((t) => ({
  notifications: t.prismaConnection({
    type: "Notification",
    cursor: "id",
    description: "Lời nhắc việc gửi đơn vị của người đang đăng nhập, mới nhất trước.",
    args: {
      unreadOnly: t.arg.boolean({ required: false, defaultValue: false, description: "Chỉ những lời nhắc chưa đọc." }),
    },
    totalCount: (_root, args, ctx) =>
      ctx.prisma.notification.count({ where: notificationsWhere(ctx.viewer, !!args.unreadOnly) }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.notification.findMany({
        ...query,
        where: notificationsWhere(ctx.viewer, !!args.unreadOnly),
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      }),
  }),
  unreadNotificationCount: t.int({
    description: "Số lời nhắc việc chưa đọc của người đang đăng nhập (0 khi chưa đăng nhập).",
    resolve: (_root, _args, ctx) =>
      ctx.viewer.userId ? ctx.prisma.notification.count({ where: notificationsWhere(ctx.viewer, true) }) : 0,
  }),
}));
