// The Jurisdiction type (đơn vị hành chính): public facts (code, name, kind, parent, the wards
// below), and how many administrators it has — whether a ward's accounts are opened — for the
// administrators who reach it (packages/domain access/policy.ts FIELD_POLICY).
import { calendarOf } from "@kehoach/db";
import { mayReadField, type ReportingCalendar } from "@kehoach/domain";
import { builder } from "../../builder.ts";
import { JurisdictionKindEnum } from "../enums.ts";

const ReportingCalendarRef = builder.objectRef<ReportingCalendar & { version: number }>("ReportingCalendar").implement({
  description:
    "Lịch báo cáo của phường, xã: kỳ số liệu tháng và hạn gửi báo cáo (mặc định theo Nghị định 09/2019/NĐ-CP: số liệu từ ngày 15 tháng trước đến ngày 14, hạn gửi 3 ngày sau). Quý, 6 tháng, 9 tháng và năm tính theo cùng ngày.",
  fields: (t) => ({
    windowStartDay: t.exposeInt("windowStartDay", {
      description:
        "Ngày bắt đầu kỳ số liệu tháng, trong tháng trước (15: từ ngày 15 tháng trước đến ngày 14; 1: theo tháng dương lịch).",
    }),
    dueDaysAfterCutoff: t.exposeInt("dueDaysAfterCutoff", {
      description: "Số ngày sau ngày chốt số liệu là hạn gửi báo cáo.",
    }),
    version: t.exposeInt("version", { description: "Phiên bản, gửi lại khi sửa (updateReportingCalendar)." }),
  }),
});

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
    reportingCalendar: t.field({
      type: ReportingCalendarRef,
      description: "Lịch báo cáo: kỳ số liệu và hạn gửi báo cáo của các kế hoạch của phường, xã.",
      resolve: (j) => ({ ...calendarOf(j), version: j.calendarVersion }),
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
