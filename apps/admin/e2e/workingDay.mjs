// A working day of every role, walked at one screen size: unit staff fill every line of their unit's
// monthly report (each kind of input the targets ask for) and save the draft; the head of another
// unit reports its events line ("số vụ", 0 when none) and submits; the unit head submits after the
// confirm dialog; the office returns the report with a reason; staff fix it and the head sends it
// again; the office or a leader approves; the leader reads the dashboard and the report. Every page
// must fit the screen, and every figure shown must be the API's answer to the same user.
import path from "node:path";
import { apiAs, assert, assertFits, openWatchedPage, plainSpaces, signIn, visibleText } from "./lib.mjs";

const OVERVIEW = `query ($planId: ID!, $periodId: ID!) {
  planOverview(planId: $planId, periodId: $periodId) {
    indicators { achieved { count } onTrack { count } atRisk { count } offTrack { count } notAchieved { count }
      noData { count } notApplicable { count } total { count } }
    tasks { total { count } overdue { count } }
    reports { submitted { count } approved { count } expected { count } missing { count } }
  }
}`;

const REPORT = `query ($periodId: ID!, $unitId: ID!) {
  progressReports(periodId: $periodId, unitId: $unitId, first: 1) {
    edges { node { id status returnReason
      indicatorLines { indicator { code } valueToDate yearEndEstimate achieved eventCount note } } }
  }
}`;

/** The dashboard's column headings of the indicators table, by the API's field. */
const INDICATOR_COLUMNS = {
  Đạt: "achieved",
  "Đúng tiến độ": "onTrack",
  "Có nguy cơ không đạt": "atRisk",
  "Chậm tiến độ": "offTrack",
  "Không đạt": "notAchieved",
  "Chưa có số liệu": "noData",
  "Chưa áp dụng": "notApplicable",
  "Tổng số": "total",
};

/** A decimal of the API ("72.5") as the console writes it in Vietnamese ("72,5"). */
const vietnamese = (decimal) => String(Number(decimal)).replace(".", ",");

/** What the report page shows for a line, from the API's figures and the unit the line is in. */
function shownFigure(apiLine, line) {
  if (apiLine.achieved !== null) return apiLine.achieved ? "Đạt" : "Chưa đạt";
  if (apiLine.eventCount !== null) return `${apiLine.eventCount} vụ việc`;
  if (apiLine.valueToDate === null) return "—";
  const number = vietnamese(apiLine.valueToDate);
  if (!line.shownUnit) return number;
  return line.shownUnit.startsWith("%") ? `${number}${line.shownUnit}` : `${number} ${line.shownUnit}`;
}

/** The figure typed into a line, as a number, to compare with the API's. */
const typed = (text) => Number(text.replace(",", "."));

/** Fills one line of the form, after checking it asks for what its target says. */
async function fillLine(page, code, line) {
  const section = page.locator(`section[aria-label^="(${code}) "]`);
  await section.first().waitFor();
  assert((await section.count()) === 1, `the form has ${await section.count()} lines (${code})`);
  if (line.kind === "NUMBER") {
    const text = await visibleText(section);
    assert(text.includes(line.unit), `line (${code}) does not show its unit "${line.unit}": ${text}`);
    await section.getByLabel("Thực hiện lũy kế đến kỳ", { exact: true }).fill(line.toDate);
    if (line.estimate) await section.getByLabel("Ước thực hiện cả năm", { exact: true }).fill(line.estimate);
  } else if (line.kind === "YES_NO") {
    assert((await section.getByLabel("Thực hiện lũy kế đến kỳ").count()) === 0, `line (${code}) asks for a number`);
    await section.getByRole("combobox", { name: "Kết quả đến kỳ" }).click();
    await page.getByRole("option", { name: line.achieved, exact: true }).click();
  } else if (line.kind === "EVENTS") {
    assert((await section.getByLabel("Thực hiện lũy kế đến kỳ").count()) === 0, `line (${code}) asks for a number`);
    await section.getByLabel("Số vụ việc xảy ra trong kỳ").fill(line.events);
  }
  if (line.note) await section.getByLabel("Ghi chú", { exact: true }).fill(line.note);
}

/** The codes of the indicator lines in the form, in order. */
async function formLineCodes(page) {
  const labels = await page
    .locator("section[aria-label^='(']")
    .evaluateAll((sections) => sections.map((s) => s.getAttribute("aria-label")));
  return labels.map((label) => /^\(([^)]+)\)/.exec(label)?.[1]);
}

/**
 * One working day at `viewport`. `day` names the unit and its people, its lines (every line the form
 * has, by indicator code), the fix the office asks for, the events unit and who approves.
 */
export async function walkWorkingDay(run, day) {
  const { baseUrl, password, step, screenshotDir, setPage } = run;
  const size = `${day.viewport.width}×${day.viewport.height}`;
  const { context, page, errors } = await openWatchedPage(run, {
    viewport: day.viewport,
    locale: "vi-VN",
    hasTouch: day.viewport.width < 600,
  });
  const shot = (name) => page.screenshot({ path: path.join(screenshotDir, `${day.name}-${name}.png`), fullPage: true });
  const as = (username) => signIn(page, baseUrl, username, password);
  const fits = (where) => assertFits(page, `${where} at ${size}`);

  const office = await apiAs(baseUrl, "vanphong", password);
  const { plans } = await office("{ plans(status: ACTIVE, first: 1) { edges { node { id } } } }");
  const planId = plans.edges[0].node.id;
  const { reportingPeriods } = await office(
    "query ($p: ID!) { reportingPeriods(planId: $p, status: OPEN, first: 20) { edges { node { id label } } } }",
    { p: planId },
  );
  const period = reportingPeriods.edges.map((e) => e.node).find((p) => p.label === day.periodLabel);
  assert(period, `no open period "${day.periodLabel}"`);
  const { units } = await office("{ units(first: 100) { edges { node { id code } } } }");
  const unitId = (code) => units.edges.find((e) => e.node.code === code)?.node.id;
  const reportOf = async (api, unit) =>
    (await api(REPORT, { periodId: period.id, unitId: unitId(unit) })).progressReports.edges[0]?.node;

  try {
    await step(`${size}: staff fill every kind of line of the ${day.unitName} report and save the draft`, async () => {
      await as(day.staff);
      await page.getByText("Báo cáo tiến độ tháng").first().waitFor();
      await page.locator("section[aria-label^='(']").first().waitFor();
      const codes = await formLineCodes(page);
      const unplanned = codes.filter((code) => !(code in day.lines));
      const missing = Object.keys(day.lines).filter((code) => !codes.includes(code));
      assert(
        unplanned.length === 0 && missing.length === 0,
        `the form's lines ${codes.join(" ")}; not planned: ${unplanned.join(" ")}; missing: ${missing.join(" ")}`,
      );
      for (const [code, line] of Object.entries(day.lines)) await fillLine(page, code, line);
      await page.getByLabel("Kết quả thực hiện").first().fill("Đã triển khai theo kế hoạch tháng.");
      await page.getByLabel("Tóm tắt kết quả chung").fill(`Báo cáo tháng của ${day.unitName}.`);
      await fits("the report form");
      await shot("form");
      await page.getByRole("button", { name: "Lưu nháp" }).click();
      await page.getByText("Đã lưu nháp báo cáo").first().waitFor();
      const saved = await reportOf(await apiAs(baseUrl, day.staff, password), day.unit);
      assert(saved?.status === "DRAFT", `the API has the report as ${saved?.status}`);
    });

    await step(
      `${size}: the ${day.eventsUnitName} head reports no events ("không để xảy ra" = 0) and submits`,
      async () => {
        await as(day.eventsHead);
        await page.locator(`section[aria-label^="(${day.eventsCode}) "]`).waitFor();
        await fillLine(page, day.eventsCode, { kind: "EVENTS", events: "0", note: "Không để xảy ra vụ việc nào." });
        await fits("the events unit's form");
        await submit(page);
        const sent = await reportOf(await apiAs(baseUrl, day.eventsHead, password), day.eventsUnit);
        const line = sent.indicatorLines.find((l) => l.indicator.code === day.eventsCode);
        assert(line?.eventCount === 0 && line.valueToDate === null, `the API has ${JSON.stringify(line)}`);
        await page.getByText("0 vụ việc").first().waitFor();
      },
    );

    await step(`${size}: the unit head finds the staff's figures and submits after confirming`, async () => {
      await as(day.head);
      for (const [code, line] of Object.entries(day.lines)) {
        if (line.kind !== "NUMBER") continue;
        const field = page
          .locator(`section[aria-label^="(${code}) "]`)
          .getByLabel("Thực hiện lũy kế đến kỳ", { exact: true });
        const value = await field.inputValue();
        assert(value === line.toDate, `line (${code}) shows ${value}, staff typed ${line.toDate}`);
      }
      await fits("the report form");
      await submit(page);
      await fits("the submitted report");
    });

    await step(`${size}: the office returns the report with a reason`, async () => {
      await as("vanphong");
      await page.goto(`${baseUrl}/#/review`);
      await page.getByText("Báo cáo chờ duyệt").first().waitFor();
      await page.locator("main").getByText(day.unitName).first().click();
      await page.getByRole("button", { name: "Trả lại" }).click();
      await page.getByRole("dialog").getByRole("textbox").fill(day.returnReason);
      await fits("the return dialog");
      await page.getByRole("dialog").getByRole("button", { name: "Trả lại" }).click();
      await page.getByText("Đã trả lại báo cáo cho đơn vị").first().waitFor();
      await fits("the review queue");
    });

    await step(`${size}: staff read the reason and fix the figure; the head sends the report again`, async () => {
      await as(day.staff);
      await page.getByText("Báo cáo bị trả lại — cần sửa và gửi lại").first().waitFor();
      await page.getByText(day.returnReason).first().waitFor();
      const [code, line] = day.fix;
      day.lines[code] = { ...day.lines[code], ...line };
      await fillLine(page, code, day.lines[code]);
      await page.getByRole("button", { name: "Lưu nháp" }).click();
      await page.getByText("Đã lưu nháp báo cáo").first().waitFor();
      await as(day.head);
      await page.getByText(day.returnReason).first().waitFor();
      await submit(page);
    });

    await step(`${size}: ${day.approver} approves the report`, async () => {
      await as(day.approver);
      await page.goto(`${baseUrl}/#/review`);
      await page.locator("main").getByText(day.unitName).first().click();
      await page.getByRole("button", { name: "Duyệt" }).click();
      await page
        .getByRole("dialog")
        .getByRole("button", { name: /Xác nhận|Duyệt/ })
        .click();
      await page.getByText("Đã duyệt báo cáo").first().waitFor();
      await fits("the review queue");
      const approved = await reportOf(await apiAs(baseUrl, day.approver, password), day.unit);
      assert(approved.status === "APPROVED", `the API has the report as ${approved.status}`);
    });

    await step(`${size}: the leader's dashboard shows the API's counts for the same period`, async () => {
      await as(day.leader);
      const api = await apiAs(baseUrl, day.leader, password);
      const { planOverview } = await api(OVERVIEW, { planId, periodId: period.id });
      const figures = page.locator('[data-testid="dashboard-figures"]');
      await figures.waitFor();
      const table = page.locator('table[aria-label="Chỉ tiêu theo kết quả đánh giá"]');
      await table.locator("tbody tr").last().waitFor();
      await fits("the dashboard");
      await shot("dashboard");
      const cards = Object.fromEntries(
        await figures
          .locator(":scope > .MuiCard-root")
          .evaluateAll((cards) =>
            cards.map((card) => [
              card.querySelector("h3")?.textContent,
              card.querySelector("h3")?.nextElementSibling?.textContent,
            ]),
          ),
      );
      const count = (text) => Number(String(text).replace(/\D/g, ""));
      const { indicators, tasks, reports } = planOverview;
      const expected = {
        "Chỉ tiêu": indicators.total.count,
        "Chỉ tiêu cần chú ý": indicators.atRisk.count + indicators.offTrack.count + indicators.notAchieved.count,
        "Nhiệm vụ": tasks.total.count,
        "Nhiệm vụ quá hạn": tasks.overdue.count,
        "Báo cáo đã gửi": reports.submitted.count,
        "Đơn vị chưa gửi báo cáo": reports.missing.count,
      };
      for (const [label, value] of Object.entries(expected)) {
        assert(count(cards[label]) === value, `the dashboard's "${label}" is ${cards[label]}, the API's ${value}`);
      }
      for (const [label, value] of [
        ["Đã duyệt", reports.approved.count],
        ["Đơn vị phải báo cáo", reports.expected.count],
      ]) {
        const text = await visibleText(figures.locator("p", { hasText: new RegExp(`^${label}:`) }));
        assert(count(text) === value, `the dashboard's "${text}", the API's ${value}`);
      }
      assert(reports.approved.count >= 1, "the API counts no approved report");
      const headings = (await table.locator("thead th").allInnerTexts()).map(plainSpaces);
      const planRow = (await table.locator("tbody tr").last().locator("th, td").allInnerTexts()).map(plainSpaces);
      headings.forEach((heading, i) => {
        const key = INDICATOR_COLUMNS[heading];
        if (!key) return;
        assert(
          count(planRow[i]) === indicators[key].count,
          `the dashboard's "${heading}" for the whole plan is ${planRow[i]}, the API's ${indicators[key].count}`,
        );
      });
      assert(
        headings.filter((h) => INDICATOR_COLUMNS[h]).length === 8,
        `the indicators table's columns: ${headings.join(" | ")}`,
      );
    });

    await step(`${size}: the approved report shows each figure as the API has it, in Vietnamese`, async () => {
      const api = await apiAs(baseUrl, day.leader, password);
      const report = await reportOf(api, day.unit);
      await page.goto(`${baseUrl}/#/progressReports/${encodeURIComponent(report.id)}/show`);
      await page
        .locator("td", { hasText: `(${Object.keys(day.lines)[0]})` })
        .first()
        .waitFor();
      await fits("the report page");
      await shot("report");
      for (const [code, line] of Object.entries(day.lines)) {
        const apiLine = report.indicatorLines.find((l) => l.indicator.code === code);
        assert(apiLine, `the API's report has no line (${code})`);
        if (line.kind === "NUMBER") {
          assert(
            typed(apiLine.valueToDate) === typed(line.toDate),
            `(${code}): the API has ${apiLine.valueToDate}, staff typed ${line.toDate}`,
          );
        }
        if (line.kind === "YES_NO")
          assert(apiLine.achieved === (line.achieved === "Đạt"), `(${code}): the API has ${apiLine.achieved}`);
        const row = page
          .locator("tbody tr")
          .filter({ has: page.locator("td strong", { hasText: new RegExp(`^\\(${code.replace(".", "\\.")}\\)$`) }) });
        assert((await row.count()) === 1, `the report page has ${await row.count()} rows for (${code})`);
        const cells = (await row.locator("td").allInnerTexts()).map(plainSpaces);
        const expected = shownFigure(apiLine, line);
        // Cells: the indicator, its target, the figure in the period, the figure to date…
        const box = await row.locator("td").nth(3).boundingBox();
        assert(box && box.x + box.width <= day.viewport.width, `(${code})'s figure is off the ${size} screen`);
        assert(cells[3] === expected, `(${code}) shows "${cells[3]}", the API's figure is "${expected}"`);
      }
    });

    await step(`${size}: no browser errors and no failed requests`, async () => {
      assert(errors.length === 0, `errors:\n${errors.join("\n")}`);
    });
  } finally {
    setPage(null);
    await context.close();
  }
}

/** Gửi báo cáo asks first; the unit head confirms in the dialog. */
async function submit(page) {
  await page.getByRole("button", { name: "Gửi báo cáo" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Gửi báo cáo" }).click();
  await page.getByText("Đã gửi báo cáo, chờ duyệt").first().waitFor();
}
