// Errors a client can act on, over HTTP on a production server: each class of mistake gets its
// HTTP status, a stable code and a Vietnamese message, no stack trace, and changes nothing;
// internal failures are logged with the server's request id; racing first saves get ConflictError;
// a database that does not answer gives 503 with Retry-After.
import { Writable } from "node:stream";
import { createEmbeddedTestDatabase, createPostgresTestDatabase, testDatabaseKinds } from "@kehoach/db/testing";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUERY_LIMITS } from "../src/server/protection.ts";
import { type Fixtures, gid, loadFixtures } from "./report/support.ts";
import { login, startTestServer, type TestServer } from "./support/server.ts";

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const UNKNOWN_UUID = "00000000-0000-0000-0000-000000000000";

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: { data?: any; errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] };
}

async function post(url: string, query: string, variables: object = {}, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: JSON.parse(text) } as Answer;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The answer's one error: its code, message, and nothing of the server's insides. */
function theError(answer: Answer) {
  expect(answer.body.errors).toHaveLength(1);
  expect(answer.text).not.toMatch(/stacktrace|\bat \/|node_modules|prisma|SELECT|PGlite/i);
  const error = answer.body.errors?.[0] as NonNullable<Answer["body"]["errors"]>[number];
  return { code: error.extensions?.code, message: error.message, path: error.path, extensions: error.extensions };
}

/** A pino logger whose lines a test can read. */
function capturedLogger() {
  const lines: Record<string, any>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ level: "info" }, stream), lines };
}

describe("client mistakes on a production server", () => {
  let server: TestServer;
  let f: Fixtures;
  let staff: string;
  let admin: string;
  const log = capturedLogger();
  const planId = () => gid("Plan", f.planId);
  const counts = async () => {
    const prisma = server.test.db.prisma;
    return {
      comments: await prisma.comment.count(),
      reports: await prisma.progressReport.count(),
      plans: await prisma.plan.count(),
      audit: await prisma.auditEvent.count({ where: { name: { not: "session.created" } } }),
    };
  };

  beforeAll(async () => {
    server = await startTestServer(createEmbeddedTestDatabase, { production: true, logger: log.logger });
    f = await loadFixtures(server.test.db.prisma);
    staff = await login(server.url, "kt.canbo");
    admin = await login(server.url, "admin");
  });
  afterAll(async () => {
    // The last test closes this server's database on purpose.
    await server?.close().catch(() => undefined);
  });

  it("a denied read is NOT_AUTHORIZED with its message, not an internal error", async () => {
    const before = await counts();
    const denied = theError(await post(server.url, "{ users(first: 5) { totalCount } }", {}, bearer(staff)));
    expect(denied).toMatchObject({ code: "NOT_AUTHORIZED", path: ["users"] });
    expect(denied.message).toMatch(VIETNAMESE);
    expect(theError(await post(server.url, "{ apiTokens(first: 5) { totalCount } }")).code).toBe("NOT_AUTHORIZED");
    expect(await counts()).toEqual(before);
  });

  it("an unknown ID and an ID the viewer may not see get the same answer", async () => {
    const prisma = server.test.db.prisma;
    const hidden = await prisma.plan.create({
      data: {
        ...(await prisma.plan.findUniqueOrThrow({ where: { id: f.planId }, omit: { id: true } })),
        number: "99/KH-TEST",
        publishedAt: null,
        version: 1,
      },
    });
    try {
      for (const query of ["query($id: ID!) { plan(id: $id) { title } }", "query($id: ID!) { node(id: $id) { id } }"]) {
        const unknown = await post(server.url, query, { id: gid("Plan", UNKNOWN_UUID) });
        const forbidden = await post(server.url, query, { id: gid("Plan", hidden.id) });
        expect(unknown.status).toBe(200);
        expect(forbidden.text).toBe(unknown.text);
      }
      // A row that does not exist, of any type, is a null node rather than a failure.
      const user = await post(
        server.url,
        "query($id: ID!) { node(id: $id) { id } }",
        { id: gid("User", UNKNOWN_UUID) },
        bearer(staff),
      );
      expect(user.body).toEqual({ data: { node: null } });
      const notUuid = await post(server.url, "query($id: ID!) { node(id: $id) { id } }", {
        id: gid("Comment", "none"),
      });
      expect(notUuid.body).toEqual({ data: { node: null } });
    } finally {
      await prisma.plan.delete({ where: { id: hidden.id } });
    }
  });

  it.each([
    ["first: -5", "{ plans(first: -5) { totalCount } }", /first/],
    ["a made-up cursor", '{ plans(first: 5, after: "garbage") { edges { node { id } } } }', /con trỏ/i],
    ["a garbled ID", '{ node(id: "!!!") { id } }', /ID/],
    ["an ID of the wrong type", `{ plan(id: "${gid("Task", UNKNOWN_UUID)}") { id } }`, /ID/],
  ])("%s is BAD_USER_INPUT saying what to fix", async (_name, query, mentions) => {
    const error = theError(await post(server.url, query));
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.message).toMatch(VIETNAMESE);
    expect(error.message).toMatch(mentions);
  });

  it("reportContributions with an ID of the wrong type is BAD_USER_INPUT naming the argument", async () => {
    const answer = await post(
      server.url,
      "query($p: ID!, $u: ID!) { reportContributions(periodId: $p, unitId: $u) { id } }",
      { p: gid("Unit", UNKNOWN_UUID), u: "garbage" },
      bearer(staff),
    );
    const error = theError(answer);
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.message).toMatch(/kỳ báo cáo/);
  });

  it("evaluation(asOfMonth: 99) is BAD_USER_INPUT naming the argument", async () => {
    const answer = await post(
      server.url,
      "query($id: ID!) { plan(id: $id) { indicators(first: 1) { edges { node { evaluation(asOfMonth: 99) { status } } } } } }",
      { id: planId() },
    );
    const error = theError(answer);
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.extensions?.issues).toEqual([{ path: ["asOfMonth"], message: "Tháng phải từ 1 đến 12." }]);
  });

  it("NUL in a search or a comment is refused with HTTP 400 before anything runs, and nothing is written", async () => {
    const report = await server.test.db.prisma.progressReport.create({
      data: { planId: f.planId, periodId: f.periods.get(5)?.id as string, unitId: f.kt.id, status: "SUBMITTED" },
    });
    const before = await counts();
    const search = await post(
      server.url,
      "query($id: ID!, $s: String) { plan(id: $id) { tasks(search: $s) { totalCount } } }",
      {
        id: planId(),
        s: "kinh\u0000tế",
      },
    );
    const comment = await post(
      server.url,
      "mutation($input: CommentOnReportInput!) { commentOnReport(input: $input) { __typename } }",
      { input: { reportId: gid("ProgressReport", report.id), body: "Góp ý\u0000" } },
      bearer(admin),
    );
    const literal = await post(
      server.url,
      `mutation { commentOnReport(input: { reportId: "${gid("ProgressReport", report.id)}", body: "a\\u0000b" }) { __typename } }`,
      {},
      bearer(admin),
    );
    for (const answer of [search, comment, literal]) {
      expect(answer.status).toBe(400);
      expect(theError(answer)).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringMatching(/NUL/) });
    }
    expect(await counts()).toEqual(before);
    await server.test.db.prisma.progressReport.delete({ where: { id: report.id } });
  });

  it.each([
    ["a syntax error", "GRAPHQL_PARSE_FAILED", "{ plans { "],
    ["too many tokens", "GRAPHQL_PARSE_FAILED", `{ plans { ${"__typename ".repeat(QUERY_LIMITS.maxTokens)} } }`],
    ["an unknown field", "GRAPHQL_VALIDATION_FAILED", "{ nope }"],
    [
      "too deep",
      "GRAPHQL_VALIDATION_FAILED",
      `{ plans { edges { node { jurisdiction { ${"parent { ".repeat(8)}code${" }".repeat(8)} } } } } }`,
    ],
    [
      "two operations without operationName",
      "OPERATION_RESOLUTION_FAILURE",
      "query A { plans { totalCount } } query B { areas { code } }",
    ],
  ])("%s is HTTP 400 with code %s", async (_name, code, query) => {
    const answer = await post(server.url, query);
    expect(answer.status).toBe(400);
    const error = theError(answer);
    expect(error.code).toBe(code);
    expect(error.message).not.toMatch(/TypeError|Cannot read properties/);
  });

  it("an upload over 10 MB is the typed TOO_LARGE error and creates nothing", async () => {
    const before = await counts();
    const form = new FormData();
    const query =
      "mutation($f: Upload!) { importPlanDocument(file: $f) { __typename ... on UnreadableDocument { reason message } } }";
    form.append("operations", JSON.stringify({ query, variables: { f: null } }));
    form.append("map", JSON.stringify({ 0: ["variables.f"] }));
    form.append("0", new Blob([new Uint8Array(10 * 1024 * 1024 + 1)]), "ke-hoach.txt");
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "apollo-require-preflight": "1", ...bearer(admin) },
      body: form,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { importPlanDocument: Record<string, string> } };
    expect(body.data.importPlanDocument).toMatchObject({ __typename: "UnreadableDocument", reason: "TOO_LARGE" });
    expect(body.data.importPlanDocument.message).toMatch(/10 MB/);
    expect(await counts()).toEqual(before);
  });

  it("uses its own request id: in the answer's header, the audit trail and the log, the client's kept apart", async () => {
    const answer = await post(
      server.url,
      'mutation { login(input: { username: "vanphong", password: "mat-khau-kiem-thu-2026" }) { __typename } }',
      {},
      { "x-request-id": "client-chosen-id" },
    );
    const requestId = answer.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const events = await server.test.db.prisma.auditEvent.findMany({
      where: { requestId: { in: [requestId as string, "client-chosen-id"] } },
    });
    expect(events.map((e) => [e.name, e.requestId])).toEqual([["session.created", requestId]]);
  });

  it("logs an internal failure with the server's request id and tells the client nothing of it", async () => {
    // A resolver failing unexpectedly: the embedded database closed under the server.
    await server.test.db.close();
    const answer = await post(server.url, "{ plans { totalCount } }", {}, { "x-request-id": "from-the-client" });
    const error = theError(answer);
    expect(error.code).toBe("INTERNAL_SERVER_ERROR");
    expect(error.message).toBe("Lỗi máy chủ nội bộ. Vui lòng thử lại hoặc báo quản trị hệ thống.");
    const logged = log.lines.filter(
      (line) => line.level === 50 && line.requestId === answer.headers.get("x-request-id"),
    );
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ clientRequestId: "from-the-client", path: ["plans", "totalCount"] });
    expect(logged[0]?.err?.stack).toBeTruthy();
  });
});

describe.each(testDatabaseKinds)("twenty first saves of one report at once on the $kind database", ({ create }) => {
  let server: TestServer;
  let f: Fixtures;
  let staff: string;
  beforeAll(async () => {
    server = await startTestServer(create, { production: true });
    f = await loadFixtures(server.test.db.prisma);
    staff = await login(server.url, "kt.canbo");
  });
  afterAll(async () => {
    await server?.close();
  });

  it("one succeeds, the others get ConflictError, and nothing is half-written", async () => {
    const prisma = server.test.db.prisma;
    const period = f.periods.get(6)?.id as string;
    await prisma.reportingPeriod.update({ where: { id: period }, data: { status: "OPEN" } });
    const input = (i: number) => ({
      periodId: gid("ReportingPeriod", period),
      unitId: gid("Unit", f.kt.id),
      summary: `Lần lưu ${i}`,
      taskLines: [{ taskId: gid("Task", f.ktTasks[0] as string), status: "IN_PROGRESS", percentDone: i }],
      indicatorLines: [],
    });
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(
          server.url,
          "mutation($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { __typename ... on ConflictError { code currentVersion } } }",
          { input: input(i) },
          bearer(staff),
        ),
      ),
    );
    for (const answer of answers) expect(answer.body.errors).toBeUndefined();
    const results = answers.map((a) => a.body.data.saveReportDraft);
    expect(results.filter((r) => r.__typename === "SaveReportDraftPayload")).toHaveLength(1);
    expect(results.filter((r) => r.__typename === "ConflictError")).toHaveLength(19);
    for (const r of results.filter((x) => x.__typename === "ConflictError"))
      expect(r).toMatchObject({ code: "CONFLICT", currentVersion: 1 });
    const reports = await prisma.progressReport.findMany({
      where: { periodId: period, unitId: f.kt.id },
      include: { taskLines: true },
    });
    expect(reports).toHaveLength(1);
    expect(reports[0]?.taskLines).toHaveLength(1);
    expect(Number(reports[0]?.taskLines[0]?.percentDone)).toBe(Number(reports[0]?.summary?.replace("Lần lưu ", "")));
    expect(await prisma.auditEvent.count({ where: { name: "report.draftCreated", entityId: reports[0]?.id } })).toBe(1);
  });
});

describe("PostgreSQL outage", () => {
  let server: TestServer;
  let staff: string;
  const log = capturedLogger();
  beforeAll(async () => {
    server = await startTestServer(createPostgresTestDatabase, { production: true, logger: log.logger });
    staff = await login(server.url, "kt.canbo");
    // The database goes away under the running server (its connections are cut).
    await server.test.drop();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("answers HTTP 503 with Retry-After and a retryable SERVICE_UNAVAILABLE, signed in or not, and logs it", async () => {
    for (const headers of [{}, bearer(staff)]) {
      const answer = await post(server.url, "{ plans { totalCount } }", {}, headers);
      expect(answer.status).toBe(503);
      expect(Number(answer.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(theError(answer)).toMatchObject({ code: "SERVICE_UNAVAILABLE", extensions: { retryable: true } });
      const requestId = answer.headers.get("x-request-id");
      expect(log.lines.some((line) => line.level === 50 && line.requestId === requestId)).toBe(true);
    }
  });

  it("GET /healthz reports the database down", async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBeTruthy();
    expect(await res.json()).toMatchObject({ status: "error", database: "postgres" });
  });
});
