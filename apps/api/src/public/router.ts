// GET /cong-khai: the public page of published plans (no sign-in, no script), and the open data
// of each ward: /cong-khai/<mã phường>[?nam=2026], …/chi-tieu.csv, …/chi-tieu.json, the published
// monthly reports …/bao-cao/thang-11-2026.pdf (or .docx) and their Atom feed …/bao-cao.atom.
import express from "express";
import { decodeId } from "../schema/globalId.ts";
import { LibreOfficeMissingError } from "../wardReport/libreOffice.ts";
import { renderWardReport, WARD_REPORT_TYPES } from "../wardReport/renderWardReport.ts";
import { finalWardReport } from "../wardReport/wardReportSource.ts";
import { type PublicDataOptions, type PublicPlan, publishedPlans } from "./publicData.ts";
import {
  indicatorsCsv,
  indicatorsJson,
  renderIndex,
  renderNotFound,
  renderPlan,
  wardReportFileName,
  wardReportsAtom,
} from "./publicPage.ts";

/** Published answers may be kept a minute by browsers and proxies: they hold nothing personal. */
const PUBLIC_CACHE = "public, max-age=60";

const NOT_FOUND_PAGE = renderNotFound();

export function publicRouter(o: PublicDataOptions): express.Router {
  const router = express.Router();
  const plansOf = async (res: express.Response) => publishedPlans(o, res.locals.requestId as string);

  /** The ward's plan of the year asked for (`?nam=`), else its newest published plan. */
  const planOf = (plans: PublicPlan[], code: string, year: unknown): PublicPlan | undefined => {
    const ward = plans.filter((plan) => plan.jurisdiction.code === code);
    return ward.find((plan) => String(plan.year) === year) ?? (year === undefined ? ward[0] : undefined);
  };

  router.get("/", async (_req, res, next) => {
    try {
      res
        .set("Cache-Control", PUBLIC_CACHE)
        .type("html")
        .send(renderIndex(await plansOf(res)));
    } catch (error) {
      next(error);
    }
  });

  // A published report, found among those the anonymous reader sees: nothing else is served here.
  router.get("/:code/bao-cao/:file", async (req, res, next) => {
    try {
      const plans = await plansOf(res);
      const file = String(req.params.file);
      const format = file.endsWith(".pdf") ? "pdf" : "docx";
      const report = plans
        .filter((plan) => plan.jurisdiction.code === req.params.code)
        .flatMap((plan) => plan.wardReports)
        .find((r) => wardReportFileName(r, format) === file);
      const periodId = report ? decodeId(report.period.id, "ReportingPeriod") : null;
      const source = periodId ? await finalWardReport(o, periodId) : null;
      if (!source) {
        res.status(404).type("html").send(NOT_FOUND_PAGE);
        return;
      }
      const body = await renderWardReport(format, source);
      res
        .set("Cache-Control", PUBLIC_CACHE)
        .type(WARD_REPORT_TYPES[format])
        .attachment(`bao-cao-${req.params.code}-${file}`)
        .send(body);
    } catch (error) {
      if (error instanceof LibreOfficeMissingError) {
        res.status(503).type("text/plain; charset=utf-8").send(error.message);
        return;
      }
      next(error);
    }
  });

  router.get("/:code{/:file}", async (req, res, next) => {
    try {
      const plans = await plansOf(res);
      const code = String(req.params.code);
      const plan = planOf(plans, code, req.query.nam);
      if (!plan) {
        res.status(404).type("html").send(NOT_FOUND_PAGE);
        return;
      }
      res.set("Cache-Control", PUBLIC_CACHE);
      const file = req.params.file;
      if (file === undefined) {
        const years = plans.filter((p) => p.jurisdiction.code === code).map((p) => p.year);
        res.type("html").send(renderPlan(plan, years));
      } else if (file === "bao-cao.atom") {
        res
          .type("application/atom+xml; charset=utf-8")
          .send(wardReportsAtom(plan, `${req.protocol}://${req.get("host")}`));
      } else if (file === "chi-tieu.json") {
        res.json(indicatorsJson(plan));
      } else if (file === "chi-tieu.csv") {
        res
          .type("text/csv; charset=utf-8")
          .set("Content-Disposition", `attachment; filename="chi-tieu-${code}-${plan.year}.csv"`)
          .send(indicatorsCsv(plan));
      } else {
        res.status(404).type("html").send(NOT_FOUND_PAGE);
      }
    } catch (error) {
      next(error);
    }
  });
  return router;
}
