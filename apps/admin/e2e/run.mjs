// End-to-end check of the console in headless Chromium against the real API on a fresh
// embedded database, as new users would use it: anonymous is refused; the office opens the month;
// each role's working day at 1366×768 and at 390×844 (workingDay.mjs, days.mjs: staff fill every
// kind of report line, the head submits, the office returns it, it is approved, the leader reads
// the dashboard and the report, all equal to the API's answers and fitting the screen); the plan,
// its 18 indicators and its tasks in Vietnamese; the office imports a plan document, corrects the
// draft and confirms it; English after switching; and the lists on a 390 px phone, without
// horizontal overflow; then the city's roll-up on a synthetic city of its own (cityWalk.mjs).
// Assumes apps/admin/dist is built (`pnpm --filter @kehoach/admin build`); starts and stops the
// APIs (and the city's PostgreSQL database) itself.
// Prints "N passed, N failed" last and writes .test-results/admin-e2e.json (Vitest's shape).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { DEFAULT_TEST_NOW } from "../../../scripts/lib/testNow.mjs";
import { killApis, startApi } from "./apiServer.mjs";
import { dropCityDatabases } from "./cityDatabase.mjs";
import { walkCity } from "./cityWalk.mjs";
import { workingDays } from "./days.mjs";
import { assert, assertFits, graphql, graphqlRaw, signIn as signInOn, visibleText } from "./lib.mjs";
import { walkWorkingDay } from "./workingDay.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const adminDir = path.resolve(here, "..");
const repoRoot = path.resolve(adminDir, "../..");
const screenshotDir = path.join(here, "screenshots");
const resultsFile = path.join(repoRoot, ".test-results", "admin-e2e.json");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const STEP_TIMEOUT_MS = 20_000;
const PASSWORD = "e2e-mat-khau-2026";
/** The instant the API and the browser start at, so the run is the same on any day. */
const NOW = process.env.TEST_NOW || DEFAULT_TEST_NOW;

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const results = [];
let api;
let dataDir;
let browser;
let currentPage;

/** Runs one check and records it; true when it passed (a walk skips what needs it otherwise). */
async function step(name, run) {
  const stepStarted = Date.now();
  try {
    await run();
    results.push({ name, ok: true, ms: Date.now() - stepStarted });
    console.log(`✓ ${name} (${Date.now() - stepStarted} ms)`);
    return true;
  } catch (error) {
    results.push({ name, ok: false, ms: Date.now() - stepStarted, error: String(error?.stack ?? error) });
    // What the screen showed when the step failed, to look at.
    await currentPage
      ?.screenshot({ path: path.join(screenshotDir, `failed-${results.length}.png`), fullPage: true })
      .catch(() => {});
    console.log(
      `✗ ${name}\n  ${String(error?.message ?? error)
        .split("\n")
        .join("\n  ")}`,
    );
    return false;
  }
}

/** Global IDs are base64 of "Plan:…", "Indicator:…", "Task:…"; none may reach the screen. */
const RAW_ID = /\b(UGxhbjo|SW5kaWNhdG9yO|VGFzazo|RG9jdW1lbnQ6|QXJlYTo)[A-Za-z0-9+/=]{8,}/;

async function assertNoRawIds(page) {
  const text = await visibleText(page.locator("body"));
  const match = RAW_ID.exec(text);
  assert(!match, `a raw global ID is shown on ${page.url()}: ${match?.[0]}`);
}

async function main() {
  fs.mkdirSync(screenshotDir, { recursive: true });
  assert(
    fs.existsSync(path.join(adminDir, "dist", "index.html")),
    "apps/admin/dist is not built (run vite build first)",
  );
  assert(fs.existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM}`);

  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-e2e-"));
  api = await startApi({
    DATA_DIR: dataDir,
    DATABASE_URL: "",
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    DEMO_PASSWORD: PASSWORD,
    KEHOACH_NOW: NOW,
  });
  const baseUrl = api.baseUrl;

  let health;
  await step("the API starts on a fresh embedded database and answers /healthz", async () => {
    health = await api.waitForHealth();
    console.log(`  API healthy after ${elapsed()}: ${JSON.stringify(health)}`);
  });
  if (!health) return;

  const { plans } = await graphql(baseUrl, "{ plans(first: 1) { edges { node { id } } } }");
  const planId = plans.edges[0]?.node.id;
  const { plan } = await graphql(
    baseUrl,
    "query ($id: ID!) { plan(id: $id) { title tasks(first: 1) { totalCount } indicators(first: 1) { totalCount } } }",
    { id: planId },
  );
  const expectedTasks = plan.tasks.totalCount;
  // The month containing the run's day in Vietnam, as the periods list labels it ("Tháng 12/2026").
  const today = new Date(Date.parse(NOW) + 7 * 3600_000);
  const currentPeriodLabel = `Tháng ${String(today.getUTCMonth() + 1).padStart(2, "0")}/${today.getUTCFullYear()}`;
  console.log(`  API: plan "${plan.title}", ${plan.indicators.totalCount} indicators, ${expectedTasks} tasks`);

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  // An English browser on purpose: the console must still open in Vietnamese.
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: "en-US" });
  // The browser's clock starts at the same instant as the API's and runs on.
  await context.clock.install({ time: new Date(NOW) });
  const page = await context.newPage();
  currentPage = page;
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const consoleErrors = [];
  /** Browser errors and failed requests of a page, checked by the last step. */
  const watchErrors = (watched, into = consoleErrors) => {
    watched.on("console", (message) => {
      if (message.type() === "error") into.push(message.text());
    });
    watched.on("pageerror", (error) => into.push(String(error)));
    watched.on("response", (response) => {
      if (response.status() >= 400) into.push(`${response.status()} ${response.url()}`);
    });
  };
  watchErrors(page);
  const menu = page.locator(".RaSidebar-fixed, .RaSidebar-paper, nav").first();

  const signIn = (username) => signInOn(page, baseUrl, username, PASSWORD);

  const figures = page.locator('[data-testid="dashboard-figures"]');

  await step(
    "an anonymous visitor is sent to the sign-in page, in Vietnamese, and the API refuses the overview",
    async () => {
      await page.goto(`${baseUrl}/`);
      await page.waitForURL(/#\/login/);
      assert((await page.getAttribute("html", "lang")) === "vi", "<html lang> is not vi");
      await page.getByRole("button", { name: "Đăng nhập" }).waitFor();
      const periods = await graphql(
        baseUrl,
        "query ($p: ID!) { reportingPeriods(planId: $p, first: 1) { edges { node { id } } } }",
        { p: planId },
      ).catch(() => null);
      const periodId = periods?.reportingPeriods?.edges[0]?.node.id ?? "UmVwb3J0aW5nUGVyaW9kOng=";
      const refused = await graphqlRaw(
        baseUrl,
        "query ($p: ID!, $r: ID!) { planOverview(planId: $p, periodId: $r) { indicators { total { count } } } }",
        { p: planId, r: periodId },
      );
      assert(!refused.data?.planOverview && refused.errors?.length, `anonymous got ${JSON.stringify(refused)}`);
      await page.locator('input[name="username"]').fill("vanphong");
      await page.locator('input[name="password"]').fill("sai-mat-khau");
      await page.getByRole("button", { name: "Đăng nhập" }).click();
      await page
        .getByText(/Tên đăng nhập hoặc mật khẩu không đúng|Đăng nhập không thành công/)
        .first()
        .waitFor();
      consoleErrors.length = 0;
    },
  );

  await step(
    "the office signs in to the dashboard in Vietnamese and has this month's reporting period open",
    async () => {
      const navigationStarted = Date.now();
      await signIn("vanphong");
      await figures.first().waitFor();
      console.log(`  dashboard visible ${Date.now() - navigationStarted} ms after signing in`);
      const text = await visibleText(page.locator("body"));
      for (const english of ["Indicators", "Tasks", "Plans", "Search", "Dashboard"]) {
        assert(!text.includes(english), `English text "${english}" in the Vietnamese console`);
      }
      await assertNoRawIds(page);
      await page.goto(`${baseUrl}/#/reportingPeriods`);
      const row = page.locator("tbody tr", { hasText: currentPeriodLabel });
      const toggle = row.getByRole("button", { name: /^(Mở kỳ|Khóa sổ)$/ });
      await toggle.waitFor();
      // The seed opens the month from its 1st to its due day; after that the office reopens it.
      if ((await visibleText(toggle)).includes("Mở kỳ")) {
        await toggle.click();
        await page
          .getByRole("dialog")
          .getByRole("button", { name: /Xác nhận|Mở kỳ/ })
          .click();
        await page.getByText("Đã mở kỳ báo cáo").first().waitFor();
      }
      await row.getByRole("button", { name: "Khóa sổ" }).waitFor();
    },
  );

  await step(
    "the office downloads this month's compiled report in Word from its period, signed in by the console's cookie",
    async () => {
      await page.goto(`${baseUrl}/#/reportingPeriods`);
      await page.locator("tbody tr", { hasText: currentPeriodLabel }).first().click();
      const link = page.getByRole("link", { name: /Word/ }).first();
      await link.waitFor();
      // The browser's own request, with the cookies the console's sign-in left: what a click sends.
      const response = await page.request.get(new URL(String(await link.getAttribute("href")), baseUrl).href);
      assert(response.status() === 200, `the Word download answered ${response.status()}: ${await response.text()}`);
      const type = response.headers()["content-type"] ?? "";
      assert(type.includes("wordprocessingml"), `the Word download is ${type}`);
      assert((await response.body()).subarray(0, 2).toString() === "PK", "the Word download is not a .docx file");
    },
  );

  // What every walk is given: the browser, the run's clock and steps, where screenshots go, the error
  // watch, and which page a failing step screenshots (the main page again once a walk ends).
  const walkRun = {
    browser,
    now: NOW,
    step,
    screenshotDir,
    watchErrors,
    setPage: (walked) => {
      currentPage = walked ?? page;
    },
  };
  for (const day of workingDays(currentPeriodLabel)) {
    await walkWorkingDay({ ...walkRun, baseUrl, password: PASSWORD }, day);
  }

  await step("the office sees the plan list in Vietnamese", async () => {
    await signIn("vanphong");
    await menu.getByText("Kế hoạch", { exact: true }).click();
    await page.getByText(plan.title).first().waitFor();
    await menu.getByText("Chỉ tiêu", { exact: true }).waitFor();
    await menu.getByText("Nhiệm vụ", { exact: true }).waitFor();
    await assertNoRawIds(page);
    await page.screenshot({ path: path.join(screenshotDir, "01-plans-vi.png"), fullPage: true });
  });

  await step("the indicators list shows (1)…(18) with their targets in Vietnamese", async () => {
    await menu.getByText("Chỉ tiêu", { exact: true }).click();
    await page.waitForURL(/#\/indicators/);
    const rows = page.locator("tbody tr");
    await page.getByRole("cell", { name: "(18)", exact: true }).waitFor();
    const numbers = await page.locator("tbody tr td.column-number").allInnerTexts();
    const expected = Array.from({ length: 18 }, (_, i) => `(${i + 1})`);
    assert(
      JSON.stringify(numbers.map((n) => n.trim())) === JSON.stringify(expected),
      `numbers shown: ${JSON.stringify(numbers)}`,
    );
    assert((await rows.count()) === 18, `expected 18 rows, got ${await rows.count()}`);
    await page.getByText("84,9 triệu đồng").first().waitFor();
    await page.getByText("≥ 12%").first().waitFor();
    await page
      .getByText(/trên 10%\/năm/)
      .first()
      .waitFor();
    await page.getByText(/1-18 trong tổng số 18/).waitFor();
    await assertNoRawIds(page);
    await page.screenshot({ path: path.join(screenshotDir, "02-indicators-vi.png"), fullPage: true });
  });

  await step("an indicator opens with its targets and the plan's words", async () => {
    await page.getByRole("cell", { name: "(6)", exact: true }).click();
    await page.waitForURL(/#\/indicators\/[^/]+\/show/);
    await page.getByText("đạt 84,9 triệu đồng").first().waitFor();
    await page.getByText("Nguyên văn trong kế hoạch").waitFor();
    await assertNoRawIds(page);
    await page.screenshot({ path: path.join(screenshotDir, "03-indicator-6-vi.png"), fullPage: true });
  });

  await step(`the tasks list counts the ${expectedTasks} tasks the API has`, async () => {
    await menu.getByText("Nhiệm vụ", { exact: true }).click();
    await page.waitForURL(/#\/tasks/);
    const rangeInfo = page.getByText(/\d+-\d+ trong tổng số \d+/);
    await rangeInfo.waitFor();
    const total = Number(/trong tổng số (\d+)/.exec(await visibleText(rangeInfo))?.[1]);
    assert(total === expectedTasks, `the list says ${total} tasks, the API ${expectedTasks}`);
    const rows = await page.locator("tbody tr").count();
    assert(rows === Math.min(25, expectedTasks), `expected ${Math.min(25, expectedTasks)} rows on page 1, got ${rows}`);
    await page.getByText("Trọng tâm").first().waitFor();
    await assertNoRawIds(page);
    await page.screenshot({ path: path.join(screenshotDir, "04-tasks-vi.png"), fullPage: true });
  });

  await step("the plan shows its theme, objective, legal bases, signer and its indicators", async () => {
    await menu.getByText("Kế hoạch", { exact: true }).click();
    await page.waitForURL(/#\/plans/);
    await page.getByText(plan.title).first().click();
    await page.waitForURL(/#\/plans\/[^/]+\/show/);
    await page.getByText("Căn cứ", { exact: true }).waitFor();
    await page.getByText("Mục tiêu tổng quát").waitFor();
    await page.getByText("Chủ đề năm").waitFor();
    await assertNoRawIds(page);
    await page.screenshot({ path: path.join(screenshotDir, "05-plan-vi.png"), fullPage: true });
    // The plan's own tab lists its indicators (react-admin's getManyReference on planId).
    await page.getByRole("tab", { name: "Chỉ tiêu" }).click();
    await page.getByRole("cell", { name: "(18)", exact: true }).waitFor();
    await page.getByText("đạt 84,9 triệu đồng").first().waitFor();
  });

  await step(
    "the office imports a plan document: reviews the draft beside its text, corrects it, confirms",
    async () => {
      await menu.getByText("Kế hoạch", { exact: true }).click();
      await page.getByRole("link", { name: "Nhập từ văn bản" }).click();
      await page.waitForURL(/#\/plan-import/);
      await page
        .locator('input[type="file"]')
        .setInputFiles(path.join(repoRoot, "prisma", "seed", "ke-hoach-tan-hung-2026.md"));
      await page.getByText("Văn bản gốc").first().waitFor();
      await page.getByText("(18)").first().waitFor();
      await assertNoRawIds(page);
      await page.screenshot({ path: path.join(screenshotDir, "plan-import.png"), fullPage: false });
      // The seed already holds this plan: the copy becomes next year's, under another title.
      await page.getByLabel("Năm kế hoạch").fill("2027");
      await page.getByLabel("Trích yếu kế hoạch").fill("Kế hoạch phát triển kinh tế - xã hội năm 2027 (nhập thử)");
      await page.getByRole("button", { name: "Xác nhận tạo kế hoạch" }).click();
      await page
        .getByText(/Đã tạo kế hoạch .* với 18 chỉ tiêu/)
        .first()
        .waitFor();
      await page.waitForURL(/#\/plans\/[^/]+\/show/);
      await page.getByText("Kế hoạch phát triển kinh tế - xã hội năm 2027 (nhập thử)").first().waitFor();
    },
  );

  await step("switching to English shows English labels", async () => {
    await menu.getByText("Chỉ tiêu", { exact: true }).click();
    await page.getByRole("cell", { name: "(18)", exact: true }).waitFor();
    await page.getByRole("button", { name: /Tiếng Việt/ }).click();
    await page.getByRole("menuitem", { name: "English" }).click();
    await menu.getByText("Indicators", { exact: true }).waitFor();
    await page.screenshot({ path: path.join(screenshotDir, "06-indicators-en.png"), fullPage: true });
    await menu.getByText("Tasks", { exact: true }).waitFor();
    await page.locator("thead").getByText("Indicator", { exact: true }).waitFor();
    await page.getByText("84.9 million VND").first().waitFor();
    await page.getByText(/1-18 of 18/).waitFor();
    // Data stays as the plan writes it; the console's own words must all be English.
    const chrome = `${await visibleText(menu)}\n${await visibleText(page.locator("thead"))}\n${await visibleText(page.locator("header"))}`;
    for (const vietnamese of ["Chỉ tiêu", "Nhiệm vụ", "Kế hoạch", "Tên chỉ tiêu", "Lĩnh vực", "Tìm kiếm"]) {
      assert(!chrome.includes(vietnamese), `Vietnamese label "${vietnamese}" still shown in English`);
    }
    await page.locator("thead").getByText("Targets", { exact: true }).waitFor();
    await page.screenshot({ path: path.join(screenshotDir, "06-indicators-en.png"), fullPage: true });
  });

  await step(
    "on a tablet, a leader signs in with the keyboard alone and opens a figure's list with Enter",
    async () => {
      const tablet = await browser.newContext({
        viewport: { width: 768, height: 1024 },
        locale: "vi-VN",
        hasTouch: true,
      });
      await tablet.clock.install({ time: new Date(NOW) });
      const small = await tablet.newPage();
      currentPage = small;
      small.setDefaultTimeout(STEP_TIMEOUT_MS);
      watchErrors(small);
      try {
        await small.goto(`${baseUrl}/#/login`);
        await small.getByRole("button", { name: "Đăng nhập" }).waitFor();
        /** Presses Tab until the focused element matches, as a keyboard user would. */
        const tabTo = async (what, matches) => {
          for (let presses = 0; presses < 40; presses++) {
            if (await small.evaluate(matches)) return;
            await small.keyboard.press("Tab");
          }
          throw new Error(`${what} cannot be reached with Tab`);
        };
        await tabTo("the user name", () => document.activeElement?.getAttribute("name") === "username");
        await small.keyboard.type("chutich");
        await small.keyboard.press("Tab");
        await tabTo("the password", () => document.activeElement?.getAttribute("name") === "password");
        await small.keyboard.type(PASSWORD);
        await small.keyboard.press("Enter");
        const tabletFigures = small.locator('[data-testid="dashboard-figures"]');
        await tabletFigures.waitFor();
        const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert(overflow <= 1, `the dashboard is ${overflow} px wider than the tablet's screen`);
        await small.screenshot({ path: path.join(screenshotDir, "tablet-dashboard.png"), fullPage: false });
        await tabTo("a figure's link", () =>
          Boolean(
            document.activeElement?.closest('[data-testid="dashboard-figures"]') &&
              document.activeElement?.matches("a"),
          ),
        );
        await small.keyboard.press("Enter");
        await small.waitForURL(/#\/(tasks|indicators|progressReports)/);
        // Below 900 px the lists show cards instead of a table.
        await small.locator("main .MuiListItemButton-root").first().waitFor();
      } finally {
        currentPage = page;
        await tablet.close();
      }
    },
  );

  await step(
    "on a phone, the dashboard and the lists fit the screen and the title clears the app bar's buttons",
    async () => {
      const phone = await browser.newContext({
        viewport: { width: 390, height: 844 },
        locale: "en-US",
        hasTouch: true,
      });
      await phone.clock.install({ time: new Date(NOW) });
      const small = await phone.newPage();
      currentPage = small;
      small.setDefaultTimeout(STEP_TIMEOUT_MS);
      watchErrors(small);
      try {
        await small.goto(`${baseUrl}/#/login`);
        await small.locator('input[name="username"]').fill("vanphong");
        await small.locator('input[name="password"]').fill(PASSWORD);
        await small.getByRole("button", { name: "Đăng nhập" }).click();
        await small.locator('[data-testid="dashboard-figures"]').waitFor();
        for (const [route, shown] of [
          ["/", '[data-testid="dashboard-figures"]'],
          ["/indicators", "main .MuiListItemButton-root"],
          ["/tasks", "main .MuiListItemButton-root"],
          ["/progressReports", "main .MuiListItemButton-root"],
        ]) {
          await small.goto(`${baseUrl}/#${route}`);
          await small.locator(shown).first().waitFor();
          const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert(overflow <= 1, `${route} is ${overflow} px wider than the phone's screen`);
          const [title, buttons] = await Promise.all([
            small.locator("#react-admin-title").boundingBox(),
            small.locator("header button").nth(1).boundingBox(),
          ]);
          assert(
            title && buttons && title.x + title.width <= buttons.x + 1,
            `${route}: the title runs into the buttons`,
          );
        }
        await small.screenshot({ path: path.join(screenshotDir, "phone-reports.png"), fullPage: false });
      } finally {
        currentPage = page;
        await phone.close();
      }
    },
  );

  await step(
    "a citizen reads the ward's published plan on a phone: no sign-in, no script, nothing cut off",
    async () => {
      const phone = await browser.newContext({
        viewport: { width: 390, height: 844 },
        locale: "vi-VN",
        hasTouch: true,
      });
      const small = await phone.newPage();
      currentPage = small;
      small.setDefaultTimeout(STEP_TIMEOUT_MS);
      watchErrors(small);
      const scripts = [];
      small.on("request", (request) => request.resourceType() === "script" && scripts.push(request.url()));
      try {
        await small.goto(`${baseUrl}/cong-khai`);
        await small.getByRole("link", { name: "Phường Tân Hưng" }).click();
        await small.getByRole("heading", { level: 1 }).waitFor();
        const text = await visibleText(small.locator("body"));
        assert(text.includes("(6) Thu nhập bình quân đầu người"), "the public page does not show indicator (6)");
        assert(text.includes("Nhiệm vụ, giải pháp"), "the public page does not show the tasks");
        assert(scripts.length === 0, `the public page loads scripts: ${scripts.join(", ")}`);
        await assertFits(small, "the public page");
        const bytes = (await small.content()).length;
        console.log(`  public page: ${bytes} characters of HTML, ${scripts.length} scripts`);
        await small.screenshot({ path: path.join(screenshotDir, "public-phone.png"), fullPage: false });
      } finally {
        currentPage = page;
        await phone.close();
      }
    },
  );

  await step("no browser errors and no failed requests", async () => {
    assert(consoleErrors.length === 0, `errors:\n${consoleErrors.join("\n")}`);
  });

  // The Tân Hưng API is no longer needed: stopped first, so the city's walk has the machine.
  await api.stop();
  await walkCity(walkRun);
}

// A run that hangs (a browser or API that never answers) still ends, as a failure.
const WATCHDOG_MS = 10 * 60_000;
setTimeout(async () => {
  results.push({ name: "e2e finished in time", ok: false, error: `still running after ${WATCHDOG_MS / 1000} s` });
  killApis();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  await dropCityDatabases().catch((error) => console.error(`could not drop the city's database: ${error}`));
  finish();
}, WATCHDOG_MS);

let fatal;
try {
  await main();
} catch (error) {
  fatal = error;
  results.push({ name: "e2e setup", ok: false, error: String(error?.stack ?? error) });
  console.error(error);
} finally {
  await browser?.close().catch(() => {});
  await api?.stop();
  // Already dropped by the city's walk unless it was cut short.
  await dropCityDatabases().catch((error) => console.error(`could not drop the city's database: ${error}`));
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}

/** Writes the Vitest-shaped report, prints the closing line and exits. */
function finish() {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(
    resultsFile,
    `${JSON.stringify(
      {
        numPassedTests: passed,
        numFailedTests: failed,
        numTotalTests: results.length,
        success: failed === 0,
        startTime: started,
        testResults: [
          {
            name: "apps/admin/e2e/run.mjs",
            status: failed === 0 ? "passed" : "failed",
            assertionResults: results.map((r) => ({
              title: r.name,
              fullName: r.name,
              status: r.ok ? "passed" : "failed",
              duration: r.ms,
              failureMessages: r.ok ? [] : [r.error],
            })),
          },
        ],
      },
      null,
      2,
    )}\n`,
  );
  if (failed > 0 && api) console.log(`API log (end):\n${api.log(2000)}`);
  console.log(`e2e finished in ${elapsed()}${fatal ? " (with a setup error)" : ""}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

finish();
