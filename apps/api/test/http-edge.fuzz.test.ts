// The HTTP edge under 10,000 malformed requests generated from a fixed seed: garbled JSON, wrong
// content types and methods, random bytes, huge and deeply nested queries, bad variables. None may
// be answered with HTTP 500, INTERNAL_SERVER_ERROR or a stack trace; the server keeps answering
// /healthz and its memory stays bounded. A failure names the request's number to replay it.
import v8 from "node:v8";
import vm from "node:vm";
import { createEmbeddedTestDatabase } from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, startTestServer, type TestServer } from "./support/server.ts";

v8.setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as () => void;

/**
 * Heap still in use after a full collection: what the requests left behind. Without collecting
 * first, the figure counts garbage of this and earlier test files in the same worker.
 */
function retainedHeap(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

const SEED = 20261205;
const REQUESTS = 10_000;
const CONCURRENCY = 8;

/** mulberry32: a small deterministic generator, so every run sends the same requests. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}
type Random = ReturnType<typeof generator>;

const QUERIES = [
  "{ plans(first: 5) { totalCount edges { node { id title } } } }",
  "query($id: ID!) { plan(id: $id) { title tasks(first: 3, search: $s) { totalCount } } }",
  "query($id: ID!) { node(id: $id) { id } }",
  "query($first: Int, $after: String) { plans(first: $first, after: $after) { edges { cursor } } }",
  "query($id: ID!, $m: Int) { plan(id: $id) { indicators(first: 2) { edges { node { evaluation(asOfMonth: $m) { status } } } } } }",
  "mutation($input: CommentOnReportInput!) { commentOnReport(input: $input) { __typename } }",
  "mutation($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { __typename } }",
  "{ users(first: 3) { totalCount } }",
  "{ areas { code name } }",
] as const;

const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-16",
  "application/json; charset=latin1",
  "application/graphql",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=xyz",
  "multipart/form-data",
  "application/xml",
  "",
] as const;

const STRANGE = [
  "",
  "\u0000",
  "%",
  "_",
  "'; DROP TABLE",
  "\ud800",
  "💥",
  "\u202e",
  "a".repeat(5000),
  "null",
  "{}",
  "-1",
];
const BAD_VALUES = [null, -5, 1e308, -1e308, 2 ** 53, 99, 0.5, true, "", "!!!", "garbage", [], {}, [[[]]], { a: 1 }];

/** Random text; `ascii` for header values (fetch refuses anything else there). */
function randomString(r: Random, length: number, ascii = false): string {
  let text = "";
  for (let i = 0; i < length; i++)
    text += String.fromCharCode(!ascii && r.int(3) === 0 ? r.int(0x10000) : 32 + r.int(95));
  return text;
}

function badValue(r: Random): unknown {
  return r.int(2) ? r.pick(BAD_VALUES) : r.pick(STRANGE);
}

function badVariables(r: Random): Record<string, unknown> {
  const names = ["id", "s", "first", "after", "m", "input", "f", "x"];
  const variables: Record<string, unknown> = {};
  for (let i = r.int(5); i >= 0; i--) {
    const name = r.pick(names);
    variables[name] =
      name === "input"
        ? {
            username: badValue(r),
            password: badValue(r),
            reportId: badValue(r),
            body: badValue(r),
            periodId: badValue(r),
          }
        : badValue(r);
  }
  return variables;
}

/** Flips, drops or inserts characters of a text. */
function garble(r: Random, text: string): string {
  const chars = [...text];
  for (let i = 1 + r.int(4); i > 0; i--) {
    const at = r.int(chars.length + 1);
    const move = r.int(3);
    if (move === 0) chars.splice(at, 1);
    else if (move === 1)
      chars.splice(at, 0, r.pick(["{", "}", '"', "\\", ",", ":", "[", "]", "\u0000", "$", "@", "#"]));
    else chars[at] = String.fromCharCode(r.int(0x250));
  }
  return chars.join("");
}

function nestedQuery(r: Random): string {
  const depth = 50 + r.int(3000);
  return r.int(2)
    ? `${"{ plans ".repeat(depth)}${"}".repeat(depth)}`
    : `{ ${"a: plans { totalCount } ".repeat(depth)} }`;
}

function nestedJson(r: Random): string {
  const depth = 100 + r.int(20_000);
  return `{"query":"{ areas { code } }","variables":{"x":${"[".repeat(depth)}${"]".repeat(depth)}}}`;
}

interface Malformed {
  kind: number;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

function malformed(r: Random, token: string): Malformed {
  const kind = r.int(11);
  return { ...malformedOfKind(r, token, kind), kind };
}

function malformedOfKind(r: Random, token: string, kind: number): Omit<Malformed, "kind"> {
  const json = { "content-type": "application/json" };
  const auth: Record<string, string> =
    r.int(4) === 0 ? { authorization: r.int(3) ? `Bearer ${token}` : `Bearer ${randomString(r, 20, true)}` } : {};
  const query = r.pick(QUERIES);
  const post = (body: string | Uint8Array, headers: Record<string, string> = json) => ({
    method: "POST",
    path: "/graphql",
    headers: { ...headers, ...auth },
    body,
  });
  switch (kind) {
    case 0: // random bytes
      return post(
        Uint8Array.from({ length: r.int(2000) }, () => r.int(256)),
        { "content-type": r.pick(CONTENT_TYPES) },
      );
    case 1: // garbled JSON of a real request
      return post(garble(r, JSON.stringify({ query, variables: badVariables(r) })));
    case 2: // a real request with the wrong content type
      return post(JSON.stringify({ query }), {
        "content-type": r.pick(CONTENT_TYPES),
        ...(r.int(2) ? { "apollo-require-preflight": "1" } : {}),
      });
    case 3: // bad variables for real operations
      return post(JSON.stringify({ query, variables: badVariables(r) }));
    case 4: // a garbled query
      return post(JSON.stringify({ query: garble(r, query), variables: badVariables(r) }));
    case 5: // huge or deeply nested documents
      return post(JSON.stringify({ query: nestedQuery(r) }));
    case 6: // deeply nested JSON
      return post(nestedJson(r));
    case 7: // wrong request shapes
      return post(
        JSON.stringify(
          r.pick([
            [],
            [{ query }],
            { query: 5 },
            { query: null },
            { query, variables: "x" },
            { query, operationName: 7 },
            { query, operationName: "Nope" },
            { query, extensions: { persistedQuery: { version: 1, sha256Hash: randomString(r, 64) } } },
            "just a string",
            null,
          ]),
        ),
      );
    case 8: // wrong methods and paths
      return {
        method: r.pick(["PUT", "DELETE", "PATCH", "OPTIONS", "GET"]),
        path: r.pick([
          "/graphql",
          `/graphql?query=${encodeURIComponent(garble(r, query))}`,
          "/graphql?query=%E0%A4%A",
          "/healthz?x=%zz",
        ]),
        headers: { ...(r.int(2) ? { "apollo-require-preflight": "1" } : {}), ...auth },
      };
    case 9: // multipart that is not a valid GraphQL upload
      return post(
        `--xyz\r\nContent-Disposition: form-data; name="${r.pick(["operations", "map", "0"])}"\r\n\r\n${garble(r, JSON.stringify({ query, variables: { f: null } }))}\r\n--xyz${r.int(2) ? "--" : ""}\r\n`,
        { "content-type": "multipart/form-data; boundary=xyz", "apollo-require-preflight": "1" },
      );
    default: // random text as the query
      return post(JSON.stringify({ query: randomString(r, r.int(300)), variables: badVariables(r) }));
  }
}

describe("the HTTP edge under malformed requests", () => {
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer(createEmbeddedTestDatabase, { production: true });
    token = await login(server.url, "kt.canbo");
  });
  afterAll(async () => {
    await server?.close();
  });

  it(`answers ${REQUESTS.toLocaleString("en")} malformed requests without a server error`, {
    // A guard against a hang, not a measure of speed: beside the rest of the suite on a busy 2-core
    // machine the 10,000 requests took 163 s once, 72 s the next time.
    timeout: 600_000,
  }, async () => {
    const r = generator(SEED);
    const requests = Array.from({ length: REQUESTS }, () => malformed(r, token));
    const failures: string[] = [];
    const heapBefore = retainedHeap();
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const index = next++;
        const request = requests[index] as Malformed;
        const named = `#${index} kind ${request.kind} ${request.method} ${request.path} ${JSON.stringify(request.headers)} ${String(request.body).slice(0, 150)}`;
        let res: Response;
        try {
          res = await fetch(`${server.url}${request.path}`, {
            signal: AbortSignal.timeout(10_000),
            method: request.method,
            headers: request.headers,
            ...(request.body !== undefined ? { body: request.body } : {}),
          });
        } catch (error) {
          failures.push(`${named} → ${String(error)}`);
          continue;
        }
        const text = await res.text();
        if (res.status >= 500 || /INTERNAL_SERVER_ERROR|stacktrace|\bat \/|node_modules/.test(text)) {
          failures.push(`${named} → ${res.status} ${text.slice(0, 200)}`);
        }
        if (index % 1000 === 999) {
          const health = await fetch(`${server.url}/healthz`);
          if (health.status !== 200) failures.push(`#${index}: /healthz answered ${health.status}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(failures.slice(0, 10)).toEqual([]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    // Generous: a leak of even a few kilobytes a request would pass 200 MB over 10,000 requests.
    expect(retainedHeap() - heapBefore).toBeLessThan(200 * 1024 * 1024);
  });
});
