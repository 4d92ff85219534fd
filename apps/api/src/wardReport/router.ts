// GET /bao-cao/thang/<period ID>.docx | .xlsx | .pdf: the compiled report of a monthly period, for the
// person signed in (session cookie or Bearer token) who reads the ward's sent reports; anyone else
// gets the same answer as for an unknown period. A final report is its snapshot; until then a
// draft ("-du-thao" in the file name) from today's figures. The PDF is the Word document laid out by
// LibreOffice; a server without it answers 503 saying so.
import type { Clock } from "@kehoach/domain";
import express from "express";
import { requestToken } from "../auth/sessionCookie.ts";
import { resolveViewer } from "../auth/viewer.ts";
import { decodeId } from "../schema/globalId.ts";
import type { ReadOptions } from "../schema/readAs.ts";
import { LibreOfficeMissingError } from "./libreOffice.ts";
import { renderWardReport, WARD_REPORT_TYPES, type WardReportFileFormat } from "./renderWardReport.ts";
import { readableMonth, wardReportSource } from "./wardReportSource.ts";

const refuse = (res: express.Response, status: number, code: string, message: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code } }] });

export function wardReportRouter(o: ReadOptions & { clock: Clock }): express.Router {
  const router = express.Router();
  router.get("/thang/:file", async (req, res, next) => {
    try {
      const match = /^(.+)\.(docx|xlsx|pdf)$/.exec(String(req.params.file));
      if (!match) return refuse(res, 404, "NOT_FOUND", "Chỉ có báo cáo .docx, .xlsx hoặc .pdf.");
      const [, periodId, format] = match as unknown as [string, string, WardReportFileFormat];
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
      const body = await renderWardReport(format, source);
      const name = `bao-cao-thang-${String(source.data.month).padStart(2, "0")}-${source.data.year}${source.final ? "" : "-du-thao"}.${format}`;
      res.set("Cache-Control", "no-store").type(WARD_REPORT_TYPES[format]).attachment(name).send(body);
    } catch (error) {
      if (error instanceof LibreOfficeMissingError) return refuse(res, 503, "PDF_UNAVAILABLE", error.message);
      next(error);
    }
  });
  return router;
}
