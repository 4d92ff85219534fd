// PGlite runs inside this process and answers a statement within the turn of the event loop that
// sent it, so a request of a dozen statements held the loop for its whole length (≈10 ms). Node
// accepts one new connection per turn: 50 clients connecting at once waited up to 50 such requests
// (0.5 s) before their first byte was read, and behind a proxy that opens a connection per request
// every request would. Each statement starts in a turn of its own, so connections are accepted and
// sockets read between two statements.
import { setImmediate as nextTurn } from "node:timers/promises";
import type { PGlite, QueryOptions, Transaction } from "@electric-sql/pglite";

function queryInItsOwnTurn(target: Pick<PGlite, "query">): PGlite["query"] {
  return async <T>(query: string, params?: unknown[], options?: QueryOptions) => {
    await nextTurn();
    return target.query<T>(query, params, options);
  };
}

/** The same database for the Prisma adapter, each statement (in a transaction too) in its own turn. */
export function turnPerStatement(db: PGlite): PGlite {
  // Made once, not at every statement: the adapter reads `query` before each one.
  const query = queryInItsOwnTurn(db);
  const transaction = <T>(callback: (tx: Transaction) => Promise<T>) =>
    db.transaction((tx) => {
      const txQuery = queryInItsOwnTurn(tx);
      return callback(new Proxy(tx, { get: (t, k) => (k === "query" ? txQuery : Reflect.get(t, k)) }));
    });
  return new Proxy(db, {
    get(target, key) {
      if (key === "query") return query;
      if (key === "transaction") return transaction;
      // PGlite keeps its state in private fields: its methods must run on the instance itself.
      const value = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
