// PGlite runs inside this process and answers a statement within the turn of the event loop that
// sent it, so a request of a dozen statements held the loop for its whole length (≈10 ms). Node
// accepts one new connection per turn: 50 clients connecting at once waited up to 50 such requests
// (0.5 s) before their first byte was read, and behind a proxy that opens a connection per request
// every request would. Each statement starts in a turn of its own, so connections are accepted and
// sockets read between two statements.
import type { PGlite, QueryOptions, Transaction } from "@electric-sql/pglite";

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function queryInItsOwnTurn(target: Pick<PGlite, "query">): PGlite["query"] {
  return async <T>(query: string, params?: unknown[], options?: QueryOptions) => {
    await nextTurn();
    return target.query<T>(query, params, options);
  };
}

/** The same database for the Prisma adapter, each statement (in a transaction too) in its own turn. */
export function turnPerStatement(db: PGlite): PGlite {
  return new Proxy(db, {
    get(target, key) {
      if (key === "query") return queryInItsOwnTurn(target);
      if (key === "transaction") {
        return <T>(callback: (tx: Transaction) => Promise<T>) =>
          target.transaction((tx) =>
            callback(new Proxy(tx, { get: (t, k) => (k === "query" ? queryInItsOwnTurn(t) : Reflect.get(t, k)) })),
          );
      }
      // PGlite keeps its state in private fields: its methods must run on the instance itself.
      const value = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
