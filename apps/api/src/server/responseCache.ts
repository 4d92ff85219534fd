// Whole answers to queries, kept per signed-in session while no write has been committed (see
// writeGeneration.ts) and for at most a second after they are computed: a dashboard that many
// requests read at once is computed once, however long computing it takes on a busy machine. The second bounds what a write made outside the API, or the passing of time (a
// task becoming overdue), can leave stale. Mutations and anonymous requests are never cached.
//
// Apollo's response-cache plugin was tried first: it recomputes an answer for every request that
// arrives while the answer is missing, so each expiry under load ran the same query dozens of times
// at once. Here the requests that arrive meanwhile wait for the one that computes it.
import { type ApolloServerPlugin, HeaderMap } from "@apollo/server";
import { GenerationCache } from "../cache/generationCache.ts";
import { anyWriteStamp } from "../cache/writeGeneration.ts";
import type { Context } from "../context.ts";

export const RESPONSE_TTL_MS = 1000;

/** Answers kept at once (sessions × distinct queries); the least recently stored go first. */
const MAX_ENTRIES = 2000;

type Data = Record<string, unknown>;

/** The answer, or null when it ended in errors (then each waiting request runs the query itself). */
type Pending = Promise<Data | null>;

function sessionOf({ viewer }: Context): string | null {
  // A revoked or expired token resolves to the anonymous viewer and so never reaches its answers.
  if (viewer.sessionId) return `session:${viewer.sessionId}`;
  if (viewer.tokenId) return `token:${viewer.tokenId}`;
  return null;
}

export function responseCache(): ApolloServerPlugin<Context> {
  const answers = new GenerationCache<Pending>(RESPONSE_TTL_MS, MAX_ENTRIES, anyWriteStamp);
  return {
    async requestDidStart() {
      let settle: ((data: Data | null) => void) | undefined;
      let key = "";
      let mine: Pending | undefined;
      let stamp = "";
      return {
        async responseForOperation({ operation, queryHash, request, contextValue }) {
          const session = sessionOf(contextValue);
          if (operation.operation !== "query" || !session) return null;
          key = `${session}\n${queryHash}\n${request.operationName ?? ""}\n${JSON.stringify(request.variables ?? {})}`;
          const pending = answers.get(key);
          if (pending) {
            const data = await pending;
            if (data) return { body: { kind: "single", singleResult: { data } }, http: { headers: new HeaderMap() } };
            return null;
          }
          // Taken before the query runs, so an answer read while a write commits is never served after it.
          stamp = answers.stamp(key);
          mine = new Promise<Data | null>((resolve) => {
            settle = resolve;
          });
          // While it is computed it does not expire: requests that arrive meanwhile wait for it.
          answers.set(key, mine, { stamp, ttlMs: Number.POSITIVE_INFINITY });
          return null;
        },
        async willSendResponse({ response }) {
          if (!settle) return;
          const result = response.body.kind === "single" ? response.body.singleResult : undefined;
          const data = result?.data && !result.errors ? (result.data as Data) : null;
          if (answers.get(key) === mine) {
            if (data && mine) answers.set(key, mine, { stamp });
            else answers.delete(key);
          }
          settle(data);
        },
      };
    },
  };
}
