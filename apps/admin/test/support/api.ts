// The real API, started in the test process on a fresh seeded embedded database, and a data
// provider signed in as one of its demo accounts, by the session cookie the API sets as a browser
// would keep it. For tests that must not stop at a mocked client.
import { startTestServer, TEST_PASSWORD, type TestServer } from "@kehoach/api/testing";
import { createEmbeddedTestDatabase } from "@kehoach/db/testing";
import type { DataProvider } from "react-admin";
import { createDataProvider } from "../../src/dataProvider/index.ts";
import { createGraphqlClient } from "../../src/graphqlClient.ts";

export interface RealApi {
  server: TestServer;
  /** A data provider signed in as `username` (a demo account), or anonymous without one. */
  dataProviderAs(username?: string): Promise<DataProvider>;
  /** The urql client of the same signed-in user. */
  clientAs(username?: string): Promise<ReturnType<typeof createGraphqlClient>>;
  close(): Promise<void>;
}

export async function startRealApi(): Promise<RealApi> {
  const server = await startTestServer(createEmbeddedTestDatabase);
  const clientAs = async (username?: string) => {
    const cookie = username ? await sessionCookie(server.url, username) : null;
    return createGraphqlClient(`${server.url}/graphql`, {
      fetch: (input, init) => {
        const headers = new Headers(init?.headers);
        if (cookie) headers.set("cookie", cookie);
        return fetch(input, { ...init, headers });
      },
    });
  };
  return {
    server,
    clientAs,
    async dataProviderAs(username) {
      return createDataProvider(await clientAs(username));
    },
    close: () => server.close(),
  };
}

/** Signs a demo account in and returns its session cookie as a browser sends it back. */
async function sessionCookie(url: string, username: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: "mutation($input: LoginInput!) { login(input: $input) { __typename } }",
      variables: { input: { username, password: TEST_PASSWORD } },
    }),
  });
  const cookie = res.headers.getSetCookie().find((line) => line.startsWith("kehoach_session="));
  if (!cookie) throw new Error(`login ${username} failed: ${await res.text()}`);
  return cookie.split(";")[0] as string;
}
