// The real API, started in the test process on a fresh seeded embedded database, and a data
// provider signed in as one of its demo accounts. For tests that must not stop at a mocked client.
import { login, startTestServer, type TestServer } from "@kehoach/api/testing";
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
    const token = username ? await login(server.url, username) : null;
    return createGraphqlClient(`${server.url}/graphql`, () => token);
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
