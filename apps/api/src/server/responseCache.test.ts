// The response cache shares one computation among the requests that arrive while it runs, however
// long it takes (a busy machine), and keeps the answer a second from when it is ready.
import { ApolloServer } from "@apollo/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Context } from "../context.ts";
import { RESPONSE_TTL_MS, responseCache } from "./responseCache.ts";

function slowServer() {
  let computed = 0;
  let release: () => void = () => undefined;
  const server = new ApolloServer<Context>({
    typeDefs: "type Query { answer: Int }",
    resolvers: {
      Query: {
        answer: async () => {
          computed += 1;
          await new Promise<void>((resolve) => {
            release = resolve;
          });
          return 42;
        },
      },
    },
    plugins: [responseCache()],
  });
  const contextValue = { viewer: { sessionId: "s1", tokenId: null } } as unknown as Context;
  const ask = () => server.executeOperation({ query: "{ answer }" }, { contextValue });
  return { server, ask, computed: () => computed, release: () => release() };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("responseCache", () => {
  it("lets a request that arrives more than a second into a slow computation wait for it", async () => {
    vi.useFakeTimers({ toFake: ["performance"] });
    const { server, ask, computed, release } = slowServer();
    await server.start();
    const first = ask();
    await vi.waitFor(() => expect(computed()).toBe(1));
    vi.advanceTimersByTime(RESPONSE_TTL_MS * 3);
    const late = ask();
    release();
    const answers = await Promise.all([first, late]);
    expect(answers.map((a) => (a.body.kind === "single" ? a.body.singleResult.data : null))).toEqual([
      { answer: 42 },
      { answer: 42 },
    ]);
    expect(computed()).toBe(1);

    vi.advanceTimersByTime(RESPONSE_TTL_MS - 1);
    await ask();
    expect(computed()).toBe(1);
    vi.advanceTimersByTime(2);
    const again = ask();
    await vi.waitFor(() => expect(computed()).toBe(2));
    release();
    await again;
    await server.stop();
  });
});
