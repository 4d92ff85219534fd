// GET /bao-cao/thang/<period ID>.docx | .xlsx: the compiled report of a monthly period, for the
// person signed in (session cookie or Bearer token) — read as that person, so whoever may not read
// the ward's approved reports gets the same answer as for an unknown period.
import type { Clock } from "@kehoach/domain";
import express from "express";
import { requestToken } from "../auth/sessionCookie.ts";
import { resolveViewer } from "../auth/viewer.ts";
import type { ReadOptions } from "../schema/readAs.ts";
import { wardReportData } from "./wardReportData.ts";
import { wardReportDocx } from "./wardReportDocx.ts";
import { wardReportXlsx } from "./wardReportXlsx.ts";

const TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

const refuse = (res: express.Response, status: number, code: string, message: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code } }] });

export function wardReportRouter(o: ReadOptions & { clock: Clock }): express.Router {
  const router = express.Router();
  router.get("/thang/:file", async (req, res, next) => {
    try {
      const match = /^(.+)\.(docx|xlsx)$/.exec(String(req.params.file));
      if (!match) return refuse(res, 404, "NOT_FOUND", "Chỉ có báo cáo .docx hoặc .xlsx.");
      const [, periodId, format] = match as unknown as [string, string, "docx" | "xlsx"];
      const viewer = await resolveViewer(o.prisma, requestToken(req), o.clock.now());
      if (viewer.kind === "anonymous") return refuse(res, 401, "UNAUTHENTICATED", "Đăng nhập để tải báo cáo tổng hợp.");
      const request = { requestId: res.locals.requestId as string, ip: req.ip ?? "unknown" };
      const report = await wardReportData(o, viewer, request, periodId);
      if (!report) {
        return refuse(
          res,
          404,
          "NOT_FOUND",
          `Không tìm thấy kỳ báo cáo tháng có ID ${periodId}, hoặc bạn không xem được báo cáo của kỳ này.`,
        );
      }
      const body = format === "docx" ? await wardReportDocx(report, o.clock.now()) : await wardReportXlsx(report);
      const name = `bao-cao-thang-${String(report.month).padStart(2, "0")}-${report.year}.${format}`;
      res.set("Cache-Control", "no-store").type(TYPES[format]).attachment(name).send(body);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
