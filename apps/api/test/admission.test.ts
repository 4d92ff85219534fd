// Past the admission queue's bound a request is refused at once, with the retryable 503 a busy
// database gets (Retry-After, SERVICE_UNAVAILABLE) and a message that says to try again; the ones
// admitted get their whole answer, and a refused write changes nothing.
import { createPostgresTestDatabase } from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUSY_MESSAGE } from "../src/server/admission.ts";
import { graphql, login, startTestServer, type TestServer } from "./support/server.ts";

const OVERVIEW = /* GraphQL */ `
  query Overview($planId: ID!, $periodId: ID!) {
    planOverview(planId: $planId, periodId: $periodId) { indicators { total { count } } }
  }`;
const UPDATE = /* GraphQL */ `
  mutation($input: UpdateTaskInput!) { updateTask(input: $input) { __typename } }`;

describe("the admission queue when it is full", () => {
  let server: TestServer;
  let token: string;

  beforeAll(async () => {
    // One at a time and none waiting: any request that arrives while another computes is refused.
    // On PostgreSQL, where requests overlap while they wait for the database; the embedded one
    // answers each statement within the same turn of the event loop, so requests never overlap there.
    server = await startTestServer(createPostgresTestDatabase, { admission: { concurrency: 1, maxWaiting: 0 } });
    token = await login(server.url, "vanphong");
  });
  afterAll(async () => {
    await server?.close();
  });

  const post = (query: string, variables: Record<string, unknown>) => graphql(server.url, query, variables, token);

  it("answers the admitted requests in full and refuses the others with a retryable 503", async () => {
    const prisma = server.test.db.prisma;
    const plan = await prisma.plan.findFirstOrThrow({ where: { year: 2026 } });
    const period = await prisma.reportingPeriod.findFirstOrThrow({ where: { planId: plan.id, number: 1 } });
    const tasks = await prisma.task.findMany({ where: { planId: plan.id }, take: 10, orderBy: { position: "asc" } });
    const variables = (n: number) => ({
      planId: Buffer.from(`Plan:${plan.id}`).toString("base64"),
      periodId: Buffer.from(`ReportingPeriod:${period.id}`).toString("base64"),
      nonce: n,
    });
    const reads = Array.from({ length: 20 }, (_, n) => post(OVERVIEW, variables(n)));
    const writes = tasks.map((task) =>
      post(UPDATE, {
        input: {
          id: Buffer.from(`Task:${task.id}`).toString("base64"),
          version: task.version,
          content: "Nội dung sửa khi hàng đợi đầy.",
        },
      }),
    );
    const answers = await Promise.all([...reads, ...writes]);

    const refused = answers.filter((a) => a.status === 503);
    const answered = answers.filter((a) => a.status === 200);
    expect(refused.length).toBeGreaterThan(0);
    expect(answered.length).toBeGreaterThan(0);
    expect(refused.length + answered.length).toBe(answers.length);
    for (const a of refused) {
      expect(a.retryAfter).toMatch(/^\d+$/);
      expect(a.body.errors).toEqual([
        { message: BUSY_MESSAGE, extensions: { code: "SERVICE_UNAVAILABLE", retryable: true } },
      ]);
    }
    for (const a of answered) expect(a.body.errors).toBeUndefined();

    // A refused write changed nothing; an admitted one was stored.
    const after = await prisma.task.findMany({ where: { id: { in: tasks.map((t) => t.id) } } });
    const writeAnswers = answers.slice(reads.length);
    for (const [i, task] of tasks.entries()) {
      const stored = after.find((t) => t.id === task.id);
      const admitted = writeAnswers[i]?.status === 200;
      expect(stored?.version).toBe(admitted ? task.version + 1 : task.version);
      expect(stored?.content === "Nội dung sửa khi hàng đợi đầy.").toBe(admitted);
    }
  });
});
