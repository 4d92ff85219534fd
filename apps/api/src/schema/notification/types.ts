// A reminder to a unit (reporting/reminders.ts) as its people read it: what it is about, in their
// language, and whether they have read it. Only the reminded unit's people read it (access policy).
import { type ReminderKind, type ReminderParams, reminderText } from "@kehoach/domain";
import { readGuard } from "../../access/guards.ts";
import { readableNotifications } from "../../access/readable.ts";
import { builder } from "../../builder.ts";
import { NotificationKindEnum } from "../enums.ts";
import { NO_SUCH_ID } from "../globalId.ts";
import { LocaleEnum } from "../locale.ts";

/** Matches no account: what a reader without one (a token, anonymous) has read. */

const text = (n: { kind: string; params: unknown }, locale: "vi" | "en") =>
  reminderText(n.kind as ReminderKind, n.params as ReminderParams, locale);

export const NotificationRef = builder.prismaNode("Notification", {
  id: { field: "id" },
  description: "Lời nhắc việc gửi đơn vị: sắp hạn, quá hạn báo cáo; báo cáo bị trả lại; nhiệm vụ quá hạn.",
  findUnique: (id, ctx) => ({ id, AND: [readableNotifications(ctx.viewer)] }),
  authScopes: readGuard.Notification,
  fields: (t) => ({
    kind: t.expose("kind", { type: NotificationKindEnum, description: "Loại nhắc việc." }),
    title: t.string({
      description: "Tiêu đề.",
      args: { locale: t.arg({ type: LocaleEnum, required: true, defaultValue: "vi", description: "Ngôn ngữ." }) },
      select: { kind: true, params: true },
      resolve: (n, args) => text(n, args.locale).title,
    }),
    body: t.string({
      description: "Nội dung.",
      args: { locale: t.arg({ type: LocaleEnum, required: true, defaultValue: "vi", description: "Ngôn ngữ." }) },
      select: { kind: true, params: true },
      resolve: (n, args) => text(n, args.locale).body,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "Thời điểm nhắc." }),
    emailedAt: t.expose("emailedAt", {
      type: "DateTime",
      nullable: true,
      description: "Thời điểm đã gửi thư điện tử cho người của đơn vị; null khi không gửi thư.",
    }),
    read: t.boolean({
      description: "Người đang đăng nhập đã đọc chưa.",
      select: (_args, ctx) => ({
        reads: { where: { userId: ctx.viewer.userId ?? NO_SUCH_ID }, select: { userId: true } },
      }),
      resolve: (n) => n.reads.length > 0,
    }),
    unit: t.relation("unit", { description: "Đơn vị được nhắc." }),
    period: t.relation("period", { nullable: true, description: "Kỳ báo cáo (nhắc gửi báo cáo)." }),
    report: t.relation("report", { nullable: true, description: "Báo cáo bị trả lại." }),
    task: t.relation("task", { nullable: true, description: "Nhiệm vụ quá hạn." }),
  }),
});

/** The viewer's reminders, optionally only those not read. */
export function notificationsWhere(
  viewer: { userId: string | null } & Parameters<typeof readableNotifications>[0],
  unreadOnly: boolean,
) {
  return {
    AND: [
      readableNotifications(viewer),
      ...(unreadOnly ? [{ reads: { none: { userId: viewer.userId ?? NO_SUCH_ID } } }] : []),
    ],
  };
}
