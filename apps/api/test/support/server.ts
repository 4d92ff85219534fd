// Starts the real HTTP app on a throwaway seeded database (embedded or PostgreSQL) on a free port.
import { TEST_DEMO_PASSWORD, type TestDatabase, type testDatabaseKinds } from "@kehoach/db/testing";
import pino, { type Logger } from "pino";
import { createLoginLimiter, type LoginLimiter, type LoginLimits } from "../../src/auth/rateLimit.ts";
import type { AdmissionLimits } from "../../src/server/admission.ts";
import { createApp } from "../../src/server/app.ts";
import { closeServer, listen, portOf } from "../../src/server/listen.ts";

/** Password of every demo account in tests (the seed's demo usernames are a contract). */
export const TEST_PASSWORD = TEST_DEMO_PASSWORD;

export interface TestServer {
  url: string;
  test: TestDatabase;
  /** SQL statements issued since the last reset (Prisma query events). */
  sql: { count: number; reset(): void };
  close(): Promise<void>;
}

export async function startTestServer(
  create: (typeof testDatabaseKinds)[number]["create"],
  options: {
    production?: boolean;
    introspection?: boolean;
    /** Smaller throttling limits, so a test reaches them in a few attempts. */
    loginLimits?: Partial<LoginLimits>;
    /** A limiter of the test's own (on a Redis it starts and stops); the app closes nothing of it. */
    loginLimiter?: LoginLimiter;
    trustProxy?: string;
    logger?: Logger;
    /** Admission limits of the test's own (default: the database's). */
    admission?: AdmissionLimits;
  } = {},
): Promise<TestServer> {
  const test = await create({ seed: true, logQueries: true });
  const sql = {
    count: 0,
    reset() {
      this.count = 0;
    },
  };
  test.db.prisma.$on("query", () => {
    sql.count += 1;
  });
  const { app, apollo } = await createApp({
    db: test.db,
    logger: options.logger ?? pino({ level: "silent" }),
    production: options.production ?? false,
    ...(options.loginLimits ? { loginLimiter: await createLoginLimiter({ limits: options.loginLimits }) } : {}),
    ...(options.loginLimiter ? { loginLimiter: options.loginLimiter } : {}),
    ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
    ...(options.introspection !== undefined ? { introspection: options.introspection } : {}),
    ...(options.admission ? { admission: options.admission } : {}),
  });
  const server = await listen(app, 0, "127.0.0.1");
  return {
    url: `http://127.0.0.1:${portOf(server)}`,
    test,
    sql,
    async close() {
      await closeServer(server);
      await apollo.stop();
      await test.drop();
    },
  };
}

/** POSTs a GraphQL operation as a browser client would (JSON body, so CSRF prevention lets it through). */
export async function graphql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
) {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    /** Seconds to wait before trying again, on a refusal the client may retry (HTTP 503). */
    retryAfter: res.headers.get("retry-after"),
    body: (await res.json()) as {
      data?: T;
      errors?: { message: string; extensions?: { code?: string; retryable?: boolean } }[];
    },
  };
}

const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on LoginPayload { token }
      ... on Error { code message }
    }
  }
`;

/** Signs a demo account in and returns its Bearer token. */
export async function login(url: string, username: string, password = TEST_PASSWORD): Promise<string> {
  const res = await graphql(url, LOGIN, { input: { username, password } });
  const token = res.body.data?.login?.token;
  if (!token) throw new Error(`login ${username} failed: ${JSON.stringify(res.body)}`);
  return token;
}
