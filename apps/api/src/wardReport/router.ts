// GET /bao-cao/thang/<period ID>.docx | .xlsx: the compiled report of a monthly period, for the
// person signed in (session cookie or Bearer token) who reads the ward's sent reports; anyone else
// gets the same answer as for an unknown period. A final report is its snapshot; until then a
// draft ("-du-thao" in the file name) from today's figures.
import type { Clock } from "@kehoach/domain";
import express from "express";
import { requestToken } from "../auth/sessionCookie.ts";
import { resolveViewer } from "../auth/viewer.ts";
import { decodeId } from "../schema/globalId.ts";
import type { ReadOptions } from "../schema/readAs.ts";
import { wardReportDocx } from "./wardReportDocx.ts";
import { readableMonth, wardReportSource } from "./wardReportSource.ts";
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
      const id = periodId.length <= 200 ? decodeId(periodId, "ReportingPeriod") : null;
      const period = id ? await readableMonth(o, viewer, id) : null;
      const source = period && (await wardReportSource(o, viewer, request, { id: period.id, globalId: periodId }));
      if (!source) {
        return refuse(
          res,
          404,
          "NOT_FOUND",
          `Không tìm thấy kỳ báo cáo tháng có ID ${periodId}, hoặc bạn không xem được báo cáo của kỳ này.`,
        );
      }
      const report = source.data;
      const body = format === "docx" ? await wardReportDocx(report, source.dated) : await wardReportXlsx(report);
      const name = `bao-cao-thang-${String(report.month).padStart(2, "0")}-${report.year}${source.final ? "" : "-du-thao"}.${format}`;
      res.set("Cache-Control", "no-store").type(TYPES[format]).attachment(name).send(body);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
