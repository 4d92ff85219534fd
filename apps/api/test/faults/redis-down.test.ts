// Redis stops while people sign in and work (issue 15, item 6c): every request still gets its answer,
// failed sign-ins are still counted (in this process's memory) so a guesser is still stopped, the log
// says Redis is gone, and /healthz says so while answering 200 (the API goes on, degraded). The test
// runs a Redis server of its own, so the machine's Redis is never stopped.
import { type ChildProcess, spawn } from "node:child_process";
import { createEmbeddedTestDatabase } from "@kehoach/db/testing";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createLoginLimiter, type LoginLimiter } from "../../src/auth/rateLimit.ts";
import { freePort } from "../support/freePort.ts";
import { graphql, login, startTestServer, TEST_PASSWORD, type TestServer } from "../support/server.ts";

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { __typename } }`;

describe("the API when Redis stops", () => {
  let redis: ChildProcess | undefined;
  let limiter: LoginLimiter;
  let server: TestServer;
  const logLines: string[] = [];

  beforeAll(async () => {
    const port = await freePort();
    redis = spawn("redis-server", ["--port", String(port), "--save", "", "--appendonly", "no"], { stdio: "ignore" });
    const logger = pino({ level: "info" }, { write: (line: string) => logLines.push(line) });
    limiter = await createLoginLimiter({
      redisUrl: `redis://127.0.0.1:${port}`,
      limits: { accountAddressFailures: 3, accountFailures: 50, addressSlowAfter: 50 },
      logger,
    });
    await vi.waitFor(() => expect(limiter.store()).toBe("redis"), { timeout: 20_000, interval: 100 });
    server = await startTestServer(createEmbeddedTestDatabase, { loginLimiter: limiter });
  });
  afterAll(async () => {
    redis?.kill("SIGKILL");
    await server?.close();
    await limiter?.close().catch(() => {});
  });

  it("says Redis is in use while it runs", async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", redis: "ok" });
  });

  it("answers every request after Redis is killed, still stops a guesser, and says Redis is gone", async () => {
    const token = await login(server.url, "vanphong");
    redis?.kill("SIGKILL");
    await vi.waitFor(() => expect(limiter.store()).toBe("memory-redis-unavailable"), { timeout: 20_000 });

    const answers = await Promise.all(
      Array.from({ length: 10 }, () => graphql(server.url, "{ me { username } }", {}, token)),
    );
    expect(answers.map((a) => a.body.data?.me?.username)).toEqual(Array(10).fill("vanphong"));
    expect(await login(server.url, "chutich")).toEqual(expect.any(String));

    const attempt = async (password: string) =>
      (await graphql(server.url, LOGIN, { input: { username: "mttq", password } })).body.data.login.__typename;
    for (let i = 0; i < 3; i++) expect(await attempt(`sai-${i}`)).toBe("InvalidCredentials");
    expect(await attempt(TEST_PASSWORD)).toBe("TooManyAttempts");

    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      status: "ok",
      redis: "unavailable",
      warning: expect.stringContaining("Redis không trả lời"),
    });
    expect(logLines.some((line) => line.includes("Mất kết nối Redis"))).toBe(true);
  });
});
