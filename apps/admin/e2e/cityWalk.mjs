// The city's roll-up in the browser: a synthetic city of three wards (seed:city) on a throwaway
// PostgreSQL database, a second API on it, and the city's leader at 1366×768 and at 390×844: the
// wards' tiles, rows and the city's indicators equal to the API's cityOverview for the same user, in
// Vietnamese; the page fits the screen; a heading (on a phone, the choice above the rows) sorts them;
// another month asks the API again; a ward's name and its tile open its plan. A ward's own leader lands on the ward's dashboard, with
// no roll-up in the menu and none from the API. The API is stopped and the database dropped even
// when a step fails.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startApi } from "./apiServer.mjs";
import { createCityDatabase, seedCity } from "./cityDatabase.mjs";
import { apiAs, assert, assertFits, graphqlRaw, openWatchedPage, plainSpaces, signIn, visibleText } from "./lib.mjs";

const PASSWORD = "e2e-thanh-pho-2026";
const WARDS = 3;
const SEED = 42;
/** Hải Phòng's official code: its leader signs in as chutich@31, the name being in every ward too. */
const CITY_CODE = "31";
/** A month with approved figures in every ward (the seed reports months 1–11). */
const OTHER_MONTH = 11;

const SCREENS = [
  { name: "laptop", viewport: { width: 1366, height: 768 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
];

const CITY_OVERVIEW = `query ($year: Int!, $month: Int) {
  cityOverview(year: $year, month: $month) {
    year city { name }
    wards { wardCode wardName plan { id title } period { label }
      indicators { total { count } atRisk { count } offTrack { count } notAchieved { count } noData { count } }
      tasks { overdue { count } } reportsExpected reportsMissing openRecommendations oldestOpenRecommendationAgeDays }
    sharedIndicators { code name rule ruleLabel formattedValue targetText reporting contributing achieving allAchieved }
  }
}`;

/** A count as the console writes it in Vietnamese (1.234). */
const vi = (n) => new Intl.NumberFormat("vi-VN").format(n);
const NONE = "—";
const behindOf = (w) =>
  w.indicators ? w.indicators.offTrack.count + w.indicators.atRisk.count + w.indicators.notAchieved.count : null;
/** "Phường Tân Hưng" → "Tân Hưng", as the tiles name a ward and the table sorts it. */
const bareName = (w) => w.wardName.replace(/^(Phường|Xã|Đặc khu) /, "");

/** A ward's row as the table should show it, cell by cell, from the API's answer. */
function expectedRow(w) {
  const behind = behindOf(w);
  const oldest = w.oldestOpenRecommendationAgeDays;
  return [
    w.plan ? w.wardName : `${w.wardName} Chưa có kế hoạch công bố`,
    behind === null ? NONE : `${vi(behind)}/${vi(w.indicators.total.count)}`,
    w.tasks ? vi(w.tasks.overdue.count) : NONE,
    w.reportsMissing == null ? NONE : `${vi(w.reportsMissing)}/${vi(w.reportsExpected)}`,
    `${w.openRecommendations == null ? NONE : vi(w.openRecommendations)}${oldest == null ? "" : ` lâu nhất ${oldest} ngày`}`,
    w.indicators ? vi(w.indicators.noData.count) : NONE,
    w.period?.label ?? NONE,
  ];
}

/** A city indicator's row, from the API's answer. */
function expectedSharedRow(s) {
  const figure =
    s.rule !== "ALL_OF"
      ? (s.formattedValue ?? NONE)
      : s.allAchieved
        ? "Mọi phường đã đạt"
        : `${vi(s.achieving)}/${vi(s.contributing)} phường đạt`;
  return [
    `(${s.code}) ${s.name}${s.targetText ? ` Mức chỉ tiêu: ${s.targetText}` : ""}`,
    figure,
    s.ruleLabel,
    `${vi(s.reporting)}/${vi(s.contributing)}`,
  ];
}

/** The wards' names in the order the table sorts them by (cityRows.ts): no figure last, ties by code. */
function expectedOrder(wards, key, direction) {
  const sign = direction === "asc" ? 1 : -1;
  const byName = new Intl.Collator("vi");
  const value = {
    behind: behindOf,
    recommendations: (w) => w.openRecommendations,
  }[key];
  return [...wards]
    .sort((a, b) => {
      if (key === "ward")
        return sign * (byName.compare(bareName(a), bareName(b)) || a.wardCode.localeCompare(b.wardCode));
      const x = value(a);
      const y = value(b);
      if (x === null || y === null) return x === y ? a.wardCode.localeCompare(b.wardCode) : x === null ? 1 : -1;
      return sign * (x - y) || a.wardCode.localeCompare(b.wardCode);
    })
    .map((w) => w.wardName);
}

/** Retries a check until it passes or `ms` is up: the page re-renders after each answer. */
async function eventually(check, ms = 15_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Each body row's cells, as read. */
async function shownRows(table) {
  const rows = await table.locator("tbody tr").all();
  return Promise.all(rows.map(async (row) => (await row.locator("td").allInnerTexts()).map(plainSpaces)));
}

/** The ward names down the table, in order. */
async function shownOrder(table) {
  return (await shownRows(table)).map((cells) => cells[0].replace(/ Chưa có kế hoạch công bố$/, ""));
}

/** Every ward's row and tile, and every city indicator, as the API answered. */
async function expectFigures(page, overview, where) {
  const table = page.getByRole("table", { name: "Bảng so sánh" });
  const rows = await shownRows(table);
  assert(rows.length === overview.wards.length, `${where}: ${rows.length} rows, the API has ${overview.wards.length}`);
  for (const ward of overview.wards) {
    const expected = expectedRow(ward);
    const shown = rows.find((cells) => cells[0] === expected[0]);
    assert(shown, `${where}: no row for ${ward.wardName}`);
    assert(
      JSON.stringify(shown) === JSON.stringify(expected),
      `${where}: ${ward.wardName} shows ${JSON.stringify(shown)}, the API's ${JSON.stringify(expected)}`,
    );
  }
  const grid = page.locator('section[aria-labelledby="city-grid-title"]');
  for (const ward of overview.wards) {
    const behind = behindOf(ward);
    const label =
      ward.plan && ward.indicators
        ? `${ward.wardName}: ${behind} trên ${ward.indicators.total.count} chỉ tiêu chậm tiến độ, có nguy cơ hoặc không đạt`
        : `${ward.wardName}: chưa có kế hoạch công bố`;
    const tile = grid.locator(`[aria-label="${label}"]`);
    assert((await tile.count()) === 1, `${where}: no tile "${label}"`);
    const text = plainSpaces(await visibleText(tile));
    const expected = ward.indicators ? `${bareName(ward)} ${behind}/${ward.indicators.total.count}` : bareName(ward);
    assert(text === expected, `${where}: ${ward.wardName}'s tile shows "${text}", expected "${expected}"`);
  }
  const shared = await shownRows(page.getByRole("table", { name: "Chỉ tiêu của thành phố do các phường, xã góp vào" }));
  const expectedShared = overview.sharedIndicators.map(expectedSharedRow);
  assert(
    JSON.stringify(shared) === JSON.stringify(expectedShared),
    `${where}: the city's indicators show ${JSON.stringify(shared)}, the API's ${JSON.stringify(expectedShared)}`,
  );
}

/** The city's roll-up at one screen size, as the city's leader. */
async function walkAt(run, screen, truth) {
  const { baseUrl, step, screenshotDir, setPage } = run;
  const { viewport } = screen;
  const size = `${viewport.width}×${viewport.height}`;
  const { context, page, errors } = await openWatchedPage(run, {
    viewport,
    locale: "vi-VN",
    hasTouch: viewport.width < 600,
  });
  // The pointer stays where the last click was (over a tile, after signing in): moved away and its
  // tooltip gone, nothing covers the screenshot.
  const shot = async (name) => {
    await page.mouse.move(0, 0);
    await page
      .waitForFunction(() => !document.querySelector(".MuiTooltip-popper"), null, { timeout: 3000 })
      .catch(() => {});
    await page.screenshot({ path: path.join(screenshotDir, `city-${screen.name}-${name}.png`), fullPage: true });
  };
  const fits = (where) => assertFits(page, `${where} at ${size}`);
  const heading = (overview) =>
    `${overview.city.name}: ${vi(overview.wards.length)} phường, xã trực thuộc, năm ${overview.year}`;
  const table = page.getByRole("table", { name: "Bảng so sánh" });
  const { current, other } = truth;

  try {
    await step(`${size}: the city's leader signs in as chutich@${CITY_CODE} and lands on the roll-up`, async () => {
      await signIn(page, baseUrl, `chutich@${CITY_CODE}`, PASSWORD);
      await page.getByText(heading(current), { exact: true }).waitFor();
      const title = plainSpaces(await visibleText(page.locator("#react-admin-title")));
      assert(title === "Tổng hợp các phường, xã", `the app bar's title is "${title}"`);
      await table.locator("tbody tr").first().waitFor();
      await fits("the roll-up");
      await shot("overview");
    });

    await step(`${size}: each ward's tile and row, and each city indicator, show the API's figures`, async () => {
      await eventually(() => expectFigures(page, current, "the current period"));
    });

    const phone = viewport.width < 600;
    // Below 600 px the table stacks each ward as a block without its heading row (tableSx.ts): there
    // the "Sắp xếp theo" choice above it and its direction button sort instead.
    const sortControl = page.getByRole("combobox", { name: /^Sắp xếp theo/ });
    await step(
      phone
        ? `${size}: "Sắp xếp theo" above the stacked wards sorts them, its button the other way`
        : `${size}: clicking a column heading sorts the wards, clicking it again the other way`,
      async () => {
        const seen = [];
        const expectOrder = async (key, direction, what) => {
          const expected = expectedOrder(current.wards, key, direction);
          await eventually(async () => {
            const shown = await shownOrder(table);
            assert(
              JSON.stringify(shown) === JSON.stringify(expected),
              `${what}: ${shown.join(", ")}; expected ${expected.join(", ")}`,
            );
          });
          seen.push(expected.join());
        };
        const byHeading = async (label, direction) => {
          await table.getByRole("button", { name: label, exact: true }).click();
          const sorted = await table.locator("thead th[aria-sort]").getAttribute("aria-sort");
          assert(sorted === `${direction}ending`, `after clicking "${label}" the table says it is ${sorted}`);
        };
        const byChoice = (label) => async () => {
          await sortControl.click();
          await page.getByRole("option", { name: label, exact: true }).click();
        };
        const otherWay = (shown) => () => page.getByRole("button", { name: shown, exact: true }).click();
        const steps = phone
          ? [byChoice("Kiến nghị chưa giải quyết"), otherWay("Giảm dần"), byChoice("Phường, xã")]
          : [
              () => byHeading("Kiến nghị chưa giải quyết", "desc"),
              () => byHeading("Kiến nghị chưa giải quyết", "asc"),
              () => byHeading("Phường, xã", "asc"),
            ];
        assert((await sortControl.isVisible()) === phone, `"Sắp xếp theo" is ${phone ? "missing" : "shown"}`);
        await expectOrder("behind", "desc", "most behind first, by default");
        await steps[0]();
        await expectOrder("recommendations", "desc", "most open recommendations first");
        await steps[1]();
        await expectOrder("recommendations", "asc", "fewest open recommendations first");
        await steps[2]();
        await expectOrder("ward", "asc", "by name, A to Z");
        assert(new Set(seen).size > 1, `every sort gave the same order (${seen[0]}): the check proves nothing`);
      },
    );

    await step(`${size}: choosing Tháng ${OTHER_MONTH} shows that month's figures, as the API answers it`, async () => {
      // The select's name is its label and its value: "Kỳ Kỳ hiện tại của từng phường".
      await page.getByRole("combobox", { name: /^Kỳ / }).click();
      await page.getByRole("option", { name: `Tháng ${OTHER_MONTH}`, exact: true }).click();
      await eventually(() => expectFigures(page, other, `Tháng ${OTHER_MONTH}`));
      await fits(`the roll-up of Tháng ${OTHER_MONTH}`);
      await shot(`month-${OTHER_MONTH}`);
    });

    await step(`${size}: a ward's name in the table and a ward's tile each open that ward's plan`, async () => {
      const [byName, byTile] = [current.wards[0], current.wards.at(-1)];
      const opensPlan = async (ward) => {
        await page.waitForURL((url) => url.hash === `#/plans/${encodeURIComponent(ward.plan.id)}/show`);
        await page.getByText(ward.plan.title).first().waitFor();
        await fits(`${ward.wardName}'s plan`);
      };
      await table.getByRole("link", { name: byName.wardName, exact: true }).click();
      await opensPlan(byName);
      await shot("plan");
      await page.goBack();
      await page.getByText(heading(current), { exact: true }).waitFor();
      await page
        .locator('section[aria-labelledby="city-grid-title"]')
        .getByRole("link", { name: new RegExp(`^${byTile.wardName}:`) })
        .click();
      await opensPlan(byTile);
    });

    await step(`${size}: the menu's "Tổng quan" leads back to the roll-up`, async () => {
      if (viewport.width < 600) await page.getByRole("button", { name: "Mở menu" }).click();
      await page.getByRole("menuitem", { name: "Tổng quan" }).click();
      await page.getByText(heading(current), { exact: true }).waitFor();
      await fits("the roll-up");
    });

    await step(`${size}: no browser errors and no failed requests on the city's screens`, async () => {
      assert(errors.length === 0, `errors:\n${errors.join("\n")}`);
    });
  } finally {
    setPage(null);
    await context.close();
  }
}

/** A ward's own leader: the ward's dashboard, no roll-up offered, and none from the API. */
async function walkWardLeader(run, ward) {
  const { baseUrl, now, step, screenshotDir, setPage } = run;
  const username = `chutich@${ward.wardCode}`;
  const { context, page, errors } = await openWatchedPage(run, {
    viewport: { width: 1366, height: 768 },
    locale: "vi-VN",
  });
  try {
    await step(`${ward.wardName}'s own leader (${username}) is not offered the city's roll-up`, async () => {
      const api = await apiAs(baseUrl, username, PASSWORD);
      const { cityOverview } = await api(CITY_OVERVIEW, { year: truthYear(now), month: null });
      assert(cityOverview === null, `the API gives a ward's leader the roll-up: ${JSON.stringify(cityOverview)}`);
      await signIn(page, baseUrl, username, PASSWORD);
      await page.locator('[data-testid="dashboard-figures"]').waitFor();
      const text = await visibleText(page.locator("body"));
      for (const cityOnly of ["Tổng hợp các phường, xã", "Bảng so sánh", "phường, xã trực thuộc"]) {
        assert(!text.includes(cityOnly), `a ward's leader sees "${cityOnly}"`);
      }
      const menu = await visibleText(page.locator(".RaSidebar-fixed, .RaSidebar-paper, nav").first());
      assert(!/Tổng hợp|thành phố/i.test(menu), `the ward leader's menu offers the city: ${plainSpaces(menu)}`);
      await assertFits(page, "a ward leader's dashboard");
      await page.mouse.move(0, 0);
      await page.screenshot({ path: path.join(screenshotDir, "city-ward-leader.png"), fullPage: false });
      assert(errors.length === 0, `errors:\n${errors.join("\n")}`);
    });
  } finally {
    setPage(null);
    await context.close();
  }
}

/** The plan year the run's day falls in, in Vietnam. */
const truthYear = (now) => new Date(Date.parse(now) + 7 * 3600_000).getUTCFullYear();

/**
 * The whole city walk. `context` is the run's: browser, clock, `step`, screenshots, error watch and
 * the page to photograph when a step fails.
 */
export async function walkCity(run) {
  const { now } = run;
  const started = Date.now();
  let failures = 0;
  const step = async (name, check) => {
    const ok = await run.step(name, check);
    if (!ok) failures += 1;
    return ok;
  };
  const context = { ...run, step };
  let database;
  let api;
  let dataDir;
  try {
    const seeded = await step(
      `city: a throwaway PostgreSQL database holds a synthetic city (seed:city --wards ${WARDS} --seed ${SEED})`,
      async () => {
        database = await createCityDatabase();
        const output = await seedCity(database.url, { wards: WARDS, seed: SEED, password: PASSWORD });
        const done = output.split("\n").find((line) => line.startsWith("Xong / done"));
        console.log(`  ${database.name}: ${done ?? "seeded"}`);
      },
    );
    if (!seeded) return;

    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-e2e-city-"));
    api = await startApi({
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      KEHOACH_NOW: now,
    });
    const healthy = await step("city: a second API starts on the city's database and answers /healthz", async () => {
      const health = await api.waitForHealth();
      assert(health.database === "postgres", `the API runs on ${JSON.stringify(health)}`);
    });
    if (!healthy) return;
    const baseUrl = api.baseUrl;

    const truth = {};
    const ready = await step(
      `city: the leader signs in to the API as chutich@${CITY_CODE} (a bare "chutich" is every ward's too) and gets the roll-up; so do the office and administrator`,
      async () => {
        const bare = await graphqlRaw(
          baseUrl,
          "mutation ($input: LoginInput!) { login(input: $input) { __typename } }",
          { input: { username: "chutich", password: PASSWORD } },
        );
        assert(bare.data?.login?.__typename !== "LoginPayload", `a bare "chutich" signed in: ${JSON.stringify(bare)}`);
        const leader = await apiAs(baseUrl, `chutich@${CITY_CODE}`, PASSWORD);
        const { me } = await leader("{ me { roles jurisdiction { kindValue } } }");
        assert(
          me.jurisdiction.kindValue === "CITY" && me.roles.includes("LEADER"),
          `chutich@${CITY_CODE} is ${JSON.stringify(me)}`,
        );
        const year = truthYear(now);
        truth.current = (await leader(CITY_OVERVIEW, { year, month: null })).cityOverview;
        truth.other = (await leader(CITY_OVERVIEW, { year, month: OTHER_MONTH })).cityOverview;
        assert(truth.current?.wards.length === WARDS, `the roll-up lists ${truth.current?.wards.length} wards`);
        for (const username of [`vanphong@${CITY_CODE}`, `admin@${CITY_CODE}`]) {
          const other = await apiAs(baseUrl, username, PASSWORD);
          const { cityOverview } = await other(CITY_OVERVIEW, { year, month: null });
          assert(
            JSON.stringify(cityOverview?.wards) === JSON.stringify(truth.current.wards),
            `${username} gets another roll-up: ${JSON.stringify(cityOverview)}`,
          );
        }
        console.log(
          `  ${truth.current.city.name}: ${truth.current.wards
            .map((w) => `${w.wardName} ${behindOf(w)}/${w.indicators?.total.count}`)
            .join(", ")}`,
        );
      },
    );
    if (!ready) return;

    for (const screen of SCREENS) await walkAt({ ...context, baseUrl }, screen, truth);
    await walkWardLeader({ ...context, baseUrl }, truth.current.wards[0]);
  } finally {
    await step("city: the second API stops and the throwaway database is dropped", async () => {
      await api?.stop();
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
      await database?.drop();
      assert(!api || api.exited(), "the city's API is still running");
    });
    if (failures > 0 && api) console.log(`City API log (end):\n${api.log(2000)}`);
    console.log(`  city walk: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
