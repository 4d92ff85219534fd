// mutation markNotificationsRead: the viewer marks reminders of their unit as read (some, or all).
// A read mark is the reader's own state, not a change to the ward's data: it is not audited.
import { builder } from "../../builder.ts";
import { ValidationError } from "../../errors.ts";
import { inTransaction } from "../../write.ts";
import { decodeId } from "../globalId.ts";
import { notificationsWhere } from "./types.ts";

const MarkNotificationsReadInput = builder.inputType("MarkNotificationsReadInput", {
  description: "Những lời nhắc đã đọc: theo ID, hoặc tất cả.",
  fields: (t) => ({
    ids: t.idList({ required: false, description: "ID toàn cục của các lời nhắc (tối đa 200)." }),
    all: t.boolean({ required: false, defaultValue: false, description: "Đánh dấu tất cả lời nhắc là đã đọc." }),
  }),
});

const MarkNotificationsReadPayload = builder
  .objectRef<{ unreadCount: number }>("MarkNotificationsReadPayload")
  .implement({
    description: "Đã đánh dấu đã đọc.",
    fields: (t) => ({
      unreadCount: t.exposeInt("unreadCount", { description: "Số lời nhắc còn chưa đọc." }),
    }),
  });

builder.mutationField("markNotificationsRead", (t) =>
  t.field({
    type: MarkNotificationsReadPayload,
    description:
      "Đánh dấu lời nhắc việc của đơn vị mình là đã đọc (theo ID, hoặc tất cả). ID không đọc được thì bỏ qua.",
    authScopes: { signedIn: true },
    errors: {
      types: [ValidationError],
      directResult: true,
      union: { name: "MarkNotificationsReadResult", description: "Số còn chưa đọc, hoặc lỗi." },
    },
    args: { input: t.arg({ type: MarkNotificationsReadInput, required: true, description: "Lời nhắc đã đọc." }) },
    resolve: async (_root, { input }, ctx) => {
      const ids = (input.ids ?? []).map((id) => decodeId(String(id), "Notification"));
      if (!input.all && ids.length === 0) {
        throw new ValidationError([
          { path: ["input", "ids"], message: "Chọn ít nhất một lời nhắc, hoặc chọn tất cả." },
        ]);
      }
      if (ids.length > 200 || ids.some((id) => id === null)) {
        throw new ValidationError([
          { path: ["input", "ids"], message: "ID lời nhắc không hợp lệ, hoặc quá 200 lời nhắc một lần." },
        ]);
      }
      const userId = ctx.viewer.userId as string;
      const unread = await ctx.prisma.notification.findMany({
        where: { ...notificationsWhere(ctx.viewer, true), ...(input.all ? {} : { id: { in: ids as string[] } }) },
        select: { id: true },
      });
      if (unread.length > 0) {
        await inTransaction(ctx, (tx) =>
          tx.notificationRead.createMany({
            data: unread.map((n) => ({ notificationId: n.id, userId, readAt: ctx.clock.now() })),
            skipDuplicates: true,
          }),
        );
      }
      return { unreadCount: await ctx.prisma.notification.count({ where: notificationsWhere(ctx.viewer, true) }) };
    },
  }),
);
