// The public page (/cong-khai) and the open data of a ward's published plan: HTML with no script,
// light on a phone, and CSV / JSON for the ward's website to pull. Labels come from the domain
// (evaluation statuses) and from the API's own enum descriptions (task statuses).
import { type EvaluationStatus, evaluationStatusLabel, formatDate, formatNumber } from "@kehoach/domain";
import type { GraphQLEnumType } from "graphql";
import { schema } from "../schema/index.ts";
import type { PublicIndicator, PublicPlan, PublicWardReport } from "./publicData.ts";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

function taskStatusLabel(status: string): string {
  return (schema.getType("TaskStatus") as GraphQLEnumType).getValue(status)?.description ?? status;
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fafafa}
main{max-width:960px;margin:auto;padding:16px}h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}
.card{background:#fff;border:1px solid #ddd;border-radius:8px;padding:12px;margin:8px 0}
.row{display:flex;flex-wrap:wrap;gap:4px 12px;justify-content:space-between}.muted{color:#555;font-size:.9em}
.chip{display:inline-block;border-radius:12px;padding:0 8px;font-size:.85em;border:1px solid #999}
.ACHIEVED,.DONE{border-color:#2e7d32;color:#2e7d32}.NOT_ACHIEVED,.OFF_TRACK{border-color:#c62828;color:#c62828}
.AT_RISK{border-color:#ef6c00;color:#ef6c00}a{color:#0b57d0}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><link rel="icon" href="data:,"><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

/** What a link to a ward without a published plan (or a year without one) shows. */
export function renderNotFound(): string {
  return page(
    "Không tìm thấy",
    '<p>Không có kế hoạch đã công bố của đơn vị hành chính này. <a href="/cong-khai">Xem các kế hoạch đã công bố</a>.</p>',
  );
}

/** The index: each ward with a published plan. */
export function renderIndex(plans: PublicPlan[]): string {
  const wards = new Map<string, PublicPlan>();
  for (const plan of plans) if (!wards.has(plan.jurisdiction.code)) wards.set(plan.jurisdiction.code, plan);
  const items = [...wards.values()]
    .map(
      (
        plan,
      ) => `<div class="card"><a href="/cong-khai/${encodeURIComponent(plan.jurisdiction.code)}">${escapeHtml(plan.jurisdiction.name)}</a>
<div class="muted">${escapeHtml(plan.title)} (${plan.year})</div></div>`,
    )
    .join("");
  return page(
    "Công khai kế hoạch phát triển kinh tế - xã hội",
    `<h1>Công khai kế hoạch phát triển kinh tế - xã hội</h1>${items || "<p>Chưa có kế hoạch nào được công bố.</p>"}`,
  );
}

function indicatorCard(indicator: PublicIndicator): string {
  const e = indicator.evaluation;
  const target = indicator.targets.map((t) => t.text).join("; ");
  const parts = (indicator.subIndicators ?? []).map(indicatorCard).join("");
  return `<div class="card"><div class="row"><strong>(${escapeHtml(indicator.code)}) ${escapeHtml(indicator.name)}</strong>
<span class="chip ${escapeHtml(e.status)}">${escapeHtml(evaluationStatusLabel(e.status as EvaluationStatus, "vi"))}</span></div>
${target ? `<div class="muted">Chỉ tiêu: ${escapeHtml(target)}</div>` : ""}<div>${escapeHtml(e.message)}</div>${parts}</div>`;
}

/** The file name of a published monthly report: thang-11-2026.pdf. */
export function wardReportFileName(report: PublicWardReport, format: "docx" | "pdf"): string {
  return `thang-${String(report.period.number).padStart(2, "0")}-${report.period.year}.${format}`;
}

function reportList(plan: PublicPlan): string {
  const code = encodeURIComponent(plan.jurisdiction.code);
  const items = plan.wardReports
    .map((report) => {
      const link = (format: "docx" | "pdf", label: string) =>
        `<a href="/cong-khai/${code}/bao-cao/${wardReportFileName(report, format)}">${label}</a>`;
      return `<div class="card"><div class="row"><strong>Báo cáo ${escapeHtml(report.period.label.toLowerCase())}</strong>
<span>${link("pdf", "PDF")} · ${link("docx", "Word")}</span></div>
<div class="muted">Công bố ngày ${formatDate(report.publishedAt, "vi")}</div></div>`;
    })
    .join("");
  return `${items || "<p>Chưa có báo cáo tháng nào được công bố.</p>"}
<p class="muted">Nhận tin báo cáo mới: <a href="/cong-khai/${code}/bao-cao.atom">nguồn tin Atom</a></p>`;
}

const escapeXml = escapeHtml;

/** The published monthly reports as an Atom feed, for the ward's website and feed readers. */
export function wardReportsAtom(plan: PublicPlan, origin: string): string {
  const code = encodeURIComponent(plan.jurisdiction.code);
  const self = `${origin}/cong-khai/${code}/bao-cao.atom`;
  const updated = plan.wardReports[0]?.publishedAt ?? plan.publishedAt ?? "1970-01-01T00:00:00.000Z";
  const entries = plan.wardReports
    .map((report) => {
      const pdf = `${origin}/cong-khai/${code}/bao-cao/${wardReportFileName(report, "pdf")}`;
      const docx = `${origin}/cong-khai/${code}/bao-cao/${wardReportFileName(report, "docx")}`;
      return `<entry><id>${escapeXml(`urn:kehoach:${plan.jurisdiction.code}:bao-cao:${report.period.year}-${report.period.number}`)}</id>
<title>${escapeXml(`Báo cáo ${report.period.label.toLowerCase()} — ${plan.jurisdiction.name}`)}</title>
<updated>${report.publishedAt}</updated><published>${report.publishedAt}</published>
<link rel="alternate" type="application/pdf" href="${escapeXml(pdf)}"/>
<link rel="enclosure" type="application/vnd.openxmlformats-officedocument.wordprocessingml.document" href="${escapeXml(docx)}"/>
<summary>${escapeXml(`Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh ${report.period.label.toLowerCase()} của ${plan.jurisdiction.name}.`)}</summary></entry>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi"><id>${escapeXml(self)}</id>
<title>${escapeXml(`Báo cáo tháng — ${plan.jurisdiction.name}`)}</title><updated>${updated}</updated>
<author><name>${escapeXml(`UBND ${plan.jurisdiction.name}`)}</name></author>
<link rel="self" href="${escapeXml(self)}"/><link rel="alternate" type="text/html" href="${escapeXml(`${origin}/cong-khai/${code}`)}"/>
${entries}
</feed>
`;
}

/** A ward's published plan: its indicators with the last published evaluation, its tasks and their progress. */
export function renderPlan(plan: PublicPlan, years: number[]): string {
  const code = encodeURIComponent(plan.jurisdiction.code);
  const issued = [
    plan.number ? `Số ${plan.number}` : null,
    plan.issuedOn ? `ngày ${formatDate(plan.issuedOn, "vi")}` : null,
  ]
    .filter(Boolean)
    .join(", ");
  const tasks = plan.tasks
    .map((task) => {
      const done = task.percentDone === null ? "" : ` · ${formatNumber(Number(task.percentDone), "vi")}%`;
      const deadline = task.deadline
        ? ` · hạn ${formatDate(task.deadline, "vi")}${task.overdue ? " (quá hạn)" : ""}`
        : "";
      return `<div class="card"><div class="row"><strong>${escapeHtml(task.code)}. ${escapeHtml(task.title)}</strong>
<span class="chip ${escapeHtml(task.status)}">${escapeHtml(taskStatusLabel(task.status))}${done}</span></div>
<div class="muted">${escapeHtml(task.area.name)}${task.assignment ? ` · ${escapeHtml(task.assignment.leadUnit.name)} chủ trì` : ""}${deadline}</div></div>`;
    })
    .join("");
  const otherYears = years
    .filter((year) => year !== plan.year)
    .map((year) => `<a href="/cong-khai/${code}?nam=${year}">${year}</a>`)
    .join(" · ");
  return page(
    `${plan.jurisdiction.name}: ${plan.title}`,
    `<p><a href="/cong-khai">Công khai</a> › ${escapeHtml(plan.jurisdiction.name)}</p>
<h1>${escapeHtml(plan.title)}</h1><p class="muted">${escapeHtml(plan.issuer)}${issued ? ` · ${escapeHtml(issued)}` : ""}</p>
${otherYears ? `<p>Năm khác: ${otherYears}</p>` : ""}
<p>Dữ liệu mở: <a href="/cong-khai/${code}/chi-tieu.csv?nam=${plan.year}">chỉ tiêu (CSV)</a> ·
<a href="/cong-khai/${code}/chi-tieu.json?nam=${plan.year}">chỉ tiêu (JSON)</a></p>
<p class="muted">Đánh giá theo số liệu đã duyệt của các kỳ báo cáo đã công bố.</p>
<h2>Báo cáo tháng đã công bố</h2>${reportList(plan)}
<h2>Chỉ tiêu chủ yếu</h2>${plan.indicators.map(indicatorCard).join("")}
<h2>Nhiệm vụ, giải pháp</h2>${tasks || "<p>Chưa có nhiệm vụ.</p>"}`,
  );
}

/** Every indicator and part, in plan order, as one row each (the open data). */
function indicatorRows(plan: PublicPlan) {
  return plan.indicators.flatMap((indicator) =>
    [indicator, ...(indicator.subIndicators ?? [])].map((i) => ({
      code: i.code,
      name: i.name,
      target: i.targets.map((t) => t.text).join("; "),
      status: i.evaluation.status,
      statusLabel: evaluationStatusLabel(i.evaluation.status as EvaluationStatus, "vi"),
      latestValue: i.evaluation.latestValue,
      evaluation: i.evaluation.message,
    })),
  );
}

/** The indicators as JSON: numbers as numbers, the status as its code and its Vietnamese label. */
export function indicatorsJson(plan: PublicPlan) {
  return {
    jurisdiction: plan.jurisdiction,
    plan: { year: plan.year, number: plan.number, title: plan.title, issuedOn: plan.issuedOn },
    indicators: indicatorRows(plan),
  };
}

const csvCell = (value: string | number | null) => {
  const text = value === null ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The indicators as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the diacritics). */
export function indicatorsCsv(plan: PublicPlan): string {
  const header = ["Mã", "Chỉ tiêu", "Mục tiêu", "Trạng thái", "Đánh giá", "Số liệu gần nhất", "Nhận xét"];
  const rows = indicatorRows(plan).map((r) => [
    r.code,
    r.name,
    r.target,
    r.status,
    r.statusLabel,
    r.latestValue,
    r.evaluation,
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
