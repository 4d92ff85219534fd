// Helpers the browser test's walks share: checks, the API as a given user, signing in on a page,
// and the screen-fits check.

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** The text a user sees in a locator (Playwright's innerText: rendered text, hidden parts left out). */
export function visibleText(locator) {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText, not the DOM property.
  return locator.innerText();
}

/** Spaces of any kind (the formatters use no-break ones) as one plain space, trimmed. */
export function plainSpaces(text) {
  return text.replace(/\s+/g, " ").trim();
}

export async function graphqlRaw(baseUrl, query, variables = {}, token = null) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

export async function graphql(baseUrl, query, variables = {}, token = null) {
  const body = await graphqlRaw(baseUrl, query, variables, token);
  if (body.errors) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The API as `username` sees it: signed in through the `login` mutation, as the console does. */
export async function apiAs(baseUrl, username, password) {
  const { login } = await graphql(
    baseUrl,
    `mutation ($input: LoginInput!) {
      login(input: $input) { __typename ... on LoginPayload { token } ... on Error { message } }
    }`,
    { input: { username, password } },
  );
  assert(login.__typename === "LoginPayload", `${username} cannot sign in to the API: ${JSON.stringify(login)}`);
  return (query, variables) => graphql(baseUrl, query, variables, login.token);
}

/** Signs `username` in on a fresh page load, as after closing the browser: nothing of the last session kept. */
export async function signIn(page, baseUrl, username, password) {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/#/login`);
  await page.reload();
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL((url) => !url.hash.startsWith("#/login"));
}

/** The page scrolls only up and down: nothing is wider than the screen. */
export async function assertFits(page, where) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  assert(
    scrollWidth <= innerWidth,
    `${where} is ${scrollWidth - innerWidth} px wider than the ${innerWidth} px screen`,
  );
}

/**
 * A new browser context on the run's clock and a page in it whose errors are collected into
 * `errors` and which failing steps screenshot (setPage).
 */
export async function openWatchedPage({ browser, now, watchErrors, setPage }, contextOptions) {
  const context = await browser.newContext(contextOptions);
  await context.clock.install({ time: new Date(now) });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors = [];
  watchErrors(page, errors);
  setPage(page);
  return { context, page, errors };
}
