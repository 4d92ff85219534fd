// A bounded, first-come-first-served queue in front of the operations that compute an answer
// (the response cache answers the others at once). On PostgreSQL, requests overlap while they wait
// for the database, and the connection pool queues statements, not requests: a request of a dozen
// statements went back to the end of the pool's queue a dozen times, behind every other request in
// flight. Admitted a few at a time in arrival order, a request waits only for those ahead of it.
// Past `maxWaiting` a request is refused at once with the retryable 503 a busy database gets,
// instead of waiting without end. The embedded database runs one statement at a time inside this
// process: there one request computes at a time, each in a turn of the event loop of its own, so
// the server reads new requests between two (at 50 connections the nested list's p99 went from
// 5.9 s, in rounds of 50 requests run back to back, to under 1 s).
// A read whose client has gone while it waited is not computed: after a burst that clients gave up
// on, the queue still held their requests, and the next users waited behind answers nobody would
// receive (the first requests after 50 clients left waited twice as long as the rest). A write is
// always carried out once admitted, as it would be had it started a moment earlier.
import { setImmediate as nextTurn } from "node:timers/promises";
import { type ApolloServerPlugin, type GraphQLResponse, HeaderMap } from "@apollo/server";
import type { Context } from "../context.ts";
import { RETRY_AFTER_SECONDS } from "./failures.ts";

export interface AdmissionLimits {
  /** Operations computed at once. */
  concurrency: number;
  /** Operations waiting their turn; one more is refused. */
  maxWaiting: number;
}

/** Per database: PostgreSQL as many at once as its connection pool has connections; PGlite one. */
export const ADMISSION_LIMITS: Record<"embedded" | "postgres", AdmissionLimits> = {
  embedded: { concurrency: 1, maxWaiting: 200 },
  postgres: { concurrency: 10, maxWaiting: 500 },
};

/** The status nginx gives a request whose client closed the connection; nobody reads the answer. */
const CLIENT_CLOSED_REQUEST = 499;

export const BUSY_MESSAGE = "Máy chủ đang bận: quá nhiều yêu cầu đang chờ. Vui lòng thử lại sau ít giây.";

/**
 * A first-come-first-served gate: `enter` resolves with the function that lets the next one in.
 * Written here rather than taken from p-limit, whose counts move a microtask late: the bound must
 * hold for requests that arrive in the same turn.
 */
export function admissionGate(limits: AdmissionLimits) {
  let active = 0;
  const queue: (() => void)[] = [];
  const leave = () => {
    const next = queue.shift();
    if (next) next();
    else active -= 1;
  };
  const once = () => {
    let left = false;
    return () => {
      if (left) return;
      left = true;
      leave();
    };
  };
  return {
    /** null when `maxWaiting` are already waiting. */
    enter(): Promise<() => void> | null {
      if (active < limits.concurrency) {
        active += 1;
        return Promise.resolve(once());
      }
      if (queue.length >= limits.maxWaiting) return null;
      // The one leaving hands its place over: `active` stays as it is.
      return new Promise((admitted) => queue.push(() => admitted(once())));
    },
    get waiting() {
      return queue.length;
    },
    get active() {
      return active;
    },
  };
}

/** The answer to a request refused because too many are waiting (retryable, as a busy database's). */
export function busyResponse(): GraphQLResponse {
  return {
    body: {
      kind: "single",
      singleResult: {
        errors: [{ message: BUSY_MESSAGE, extensions: { code: "SERVICE_UNAVAILABLE", retryable: true } }],
      },
    },
    http: { status: 503, headers: new HeaderMap([["retry-after", String(RETRY_AFTER_SECONDS)]]) },
  };
}

function clientClosedResponse(): GraphQLResponse {
  return {
    body: {
      kind: "single",
      singleResult: {
        errors: [
          {
            message: "Máy khách đã đóng kết nối trước khi yêu cầu được xử lý.",
            extensions: { code: "CLIENT_CLOSED_REQUEST" },
          },
        ],
      },
    },
    http: { status: CLIENT_CLOSED_REQUEST, headers: new HeaderMap() },
  };
}

/** Apollo plugin; listed after the response cache, so a cached answer never queues. */
export function admissionQueue(limits: AdmissionLimits): ApolloServerPlugin<Context> {
  const gate = admissionGate(limits);
  return {
    async requestDidStart() {
      let leave: (() => void) | undefined;
      return {
        // An answer, not a throw: Apollo calls willSendResponse (which lets the next one in) only then.
        async responseForOperation({ operation, contextValue }) {
          const entered = gate.enter();
          if (!entered) return busyResponse();
          leave = await entered;
          // Begin in a turn of the event loop of its own: the embedded database answers within the
          // turn, so requests admitted together would otherwise all run before the server reads
          // another socket, and those that arrived meanwhile would wait rounds behind them.
          await nextTurn();
          if (operation.operation === "query" && contextValue.clientGone?.()) return clientClosedResponse();
          return null;
        },
        async willSendResponse() {
          leave?.();
          leave = undefined;
        },
      };
    },
  };
}
