// Answers to queries are computed once per session while nothing changes: repeated and concurrent
// reads issue no more SQL than one, yet a write through the API, a straight database change (after a
// second), another viewer and a signed-out token each get a fresh answer.
import { setTimeout as sleep } from "node:timers/promises";
import { createEmbeddedTestDatabase } from "@kehoach/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { RESPONSE_TTL_MS } from "../src/server/responseCache.ts";
import { graphql, login, startTestServer, type TestServer } from "./support/server.ts";

const TASK = /* GraphQL */ `
  query Task($id: ID!) { node(id: $id) { ... on Task { title status version } } }`;

describe("answers reused per session", () => {
  let server: TestServer;
  let leader: string;
  let taskId: string;
  let rowId: string;
  const readTask = async (token: string) => (await graphql(server.url, TASK, { id: taskId }, token)).body;

  beforeAll(async () => {
    server = await startTestServer(createEmbeddedTestDatabase);
    leader = await login(server.url, "chutich");
    const task = await server.test.db.prisma.task.findFirstOrThrow({ where: { code: "a.3" } });
    rowId = task.id;
    taskId = Buffer.from(`Task:${task.id}`).toString("base64");
  });
  afterAll(async () => {
    await server?.close();
  });
  // The monotonic clock a test held still runs again, even when the test failed while it was held.
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("answers a repeated query, and 20 at once, with the SQL of one", async () => {
    await readTask(leader);
    await sleep(RESPONSE_TTL_MS + 50);
    server.sql.reset();
    // Held still from the first answer to the repeat: on a busy machine a second may pass between.
    const held = vi.spyOn(performance, "now").mockReturnValue(performance.now());
    const first = await readTask(leader);
    const once = server.sql.count;
    expect(once).toBeGreaterThan(0);
    expect(await readTask(leader)).toEqual(first);
    expect(server.sql.count).toBe(once);
    held.mockRestore();

    await sleep(RESPONSE_TTL_MS + 50);
    server.sql.reset();
    const together = await Promise.all(Array.from({ length: 20 }, () => readTask(leader)));
    expect(together.every((body) => JSON.stringify(body) === JSON.stringify(first))).toBe(true);
    expect(server.sql.count).toBe(once);
  });

  it("shows a write through the API in the very next answer", async () => {
    const before = (await readTask(leader)).data.node;
    const updated = await graphql(
      server.url,
      `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { __typename } }`,
      { input: { id: taskId, version: before.version, title: `${before.title} (sửa)` } },
      await login(server.url, "vanphong"),
    );
    expect(updated.body.data.updateTask.__typename).toBe("TaskPayload");
    expect((await readTask(leader)).data.node.title).toBe(`${before.title} (sửa)`);
  });

  it("shows a change made straight in the database after a second", async () => {
    const before = (await readTask(leader)).data.node;
    await server.test.db.prisma.task.update({ where: { id: rowId }, data: { status: "DONE" } });
    expect((await readTask(leader)).data.node.status).toBe(before.status);
    await sleep(RESPONSE_TTL_MS + 50);
    expect((await readTask(leader)).data.node.status).toBe("DONE");
  });

  it("never hands one viewer's answer to another", async () => {
    const me = async (token: string) => (await graphql(server.url, "{ me { username } }", {}, token)).body.data.me;
    expect(await me(leader)).toEqual({ username: "chutich" });
    expect(await me(await login(server.url, "vhxh.canbo"))).toEqual({ username: "vhxh.canbo" });
    expect(await me(await login(server.url, "chutich"))).toEqual({ username: "chutich" });
  });

  it("refuses a signed-out token even though its answer was just computed", async () => {
    const token = await login(server.url, "chutich");
    const me = async () => (await graphql(server.url, "{ me { username } }", {}, token)).body.data.me;
    expect(await me()).toEqual({ username: "chutich" });
    const out = await graphql(server.url, "mutation { logout }", {}, token);
    expect(out.body.data.logout).toBe(true);
    expect(await me()).toBeNull();
  });
});
