// The urql client posts queries as JSON, which Apollo Server's CSRF prevention requires.
import { PlansDocument } from "@kehoach/schema";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createGraphqlClient } from "./graphqlClient.ts";

afterEach(() => vi.unstubAllGlobals());

describe("graphqlClient", () => {
  it("sends queries as POST with a JSON content type to /graphql", async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response(
          JSON.stringify({
            data: { plans: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } },
          }),
          {
            headers: { "content-type": "application/json" },
          },
        ),
    );
    vi.stubGlobal("fetch", fetchMock);
    const client = createGraphqlClient("http://localhost/graphql");
    const result = await client.query(PlansDocument, { first: 1 }).toPromise();
    expect(result.data?.plans.totalCount).toBe(0);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("http://localhost/graphql");
    expect(init.method).toBe("POST");
    expect(new Headers(init.headers).get("content-type")).toBe("application/json");
  });
});
