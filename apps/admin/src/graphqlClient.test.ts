// The urql client posts queries as JSON and files as multipart with the preflight header, which
// Apollo Server's CSRF prevention requires; the session goes as the API's cookie, never as a token.
import { ImportPlanDocumentDocument, PlansDocument } from "@kehoach/schema";
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

  it("uploads a file as a multipart request with the CSRF preflight header", async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response(
          JSON.stringify({
            data: {
              importPlanDocument: { __typename: "UnreadableDocument", reason: "EMPTY", code: "E", message: "m" },
            },
          }),
          { headers: { "content-type": "application/json" } },
        ),
    );
    vi.stubGlobal("fetch", fetchMock);
    const client = createGraphqlClient("http://localhost/graphql");
    const file = new File(["KẾ HOẠCH"], "ke-hoach.md", { type: "text/markdown" });
    const result = await client.mutation(ImportPlanDocumentDocument, { file }).toPromise();
    expect(result.data?.importPlanDocument.__typename).toBe("UnreadableDocument");
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    const headers = new Headers(init.headers);
    expect(headers.get("apollo-require-preflight")).toBe("true");
    expect(headers.get("authorization")).toBeNull();
    expect(init.credentials).toBe("same-origin");
    // The browser sets the multipart boundary itself.
    expect(headers.get("content-type")).toBeNull();
    const body = init.body as FormData;
    expect(body).toBeInstanceOf(FormData);
    expect(JSON.parse(body.get("map") as string)).toEqual({ 0: ["variables.file"] });
    expect((body.get("0") as File).name).toBe("ke-hoach.md");
  });
});
