// A month's final compiled report of the ward (WardReportSnapshot) as the API shows it: when it was
// made final and published, and where its files are. A plan lists its final reports, newest first,
// as far as the viewer may read them (access/policy.ts WardReport: the ward's readers of reports;
// anyone once published).
import { encodeGlobalID } from "@pothos/plugin-relay";
import { readGuard } from "../../access/guards.ts";
import { readableWardReports } from "../../access/readable.ts";
import { builder } from "../../builder.ts";

const WardReportFormatEnum = builder.enumType("WardReportFormat", {
  description: "Định dạng tải báo cáo tổng hợp.",
  values: {
    DOCX: { value: "docx", description: "Word, thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP)." },
    PDF: { value: "pdf", description: "PDF, dàn trang như bản Word." },
    XLSX: { value: "xlsx", description: "Excel: bảng chỉ tiêu, Phụ lục 01 và 02." },
  } as const,
});

export const WardReportRef = builder.prismaObject("WardReportSnapshot", {
  variant: "WardReport",
  description: "Báo cáo tổng hợp tháng của UBND đã chốt (nội dung giữ nguyên như lúc chốt).",
  authScopes: readGuard.WardReport,
  fields: (t) => ({
    period: t.relation("period", { description: "Kỳ báo cáo tháng." }),
    finalizedAt: t.expose("finalizedAt", { type: "DateTime", description: "Thời điểm chốt." }),
    publishedAt: t.expose("publishedAt", {
      type: "DateTime",
      nullable: true,
      description: "Thời điểm công bố cho người dân (trang công khai); null khi chưa công bố.",
    }),
    downloadPath: t.string({
      args: {
        format: t.arg({ type: WardReportFormatEnum, required: true, defaultValue: "docx", description: "Định dạng." }),
      },
      description:
        "Đường dẫn tải báo cáo trên máy chủ API (/bao-cao/thang/<ID kỳ>.<định dạng>), cho người đọc được báo cáo của phường.",
      resolve: (report, args) => `/bao-cao/thang/${encodeGlobalID("ReportingPeriod", report.periodId)}.${args.format}`,
    }),
  }),
});

builder.prismaObjectField("Plan", "wardReports", (t) =>
  t.prismaField({
    type: [WardReportRef],
    description:
      "Các báo cáo tổng hợp tháng đã chốt của kế hoạch, tháng mới trước. Người chưa đăng nhập chỉ thấy báo cáo đã công bố.",
    resolve: (query, plan, _args, ctx) =>
      ctx.prisma.wardReportSnapshot.findMany({
        ...query,
        where: { period: { planId: plan.id }, AND: [readableWardReports(ctx.viewer)] },
        orderBy: { period: { endsOn: "desc" } },
      }),
  }),
);
