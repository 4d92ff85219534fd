// The admission gate lets operations in a few at a time, in the order they came, and refuses at once
// when the queue is full.
import type { GraphQLResponse } from "@apollo/server";
import { describe, expect, it } from "vitest";
import { ADMISSION_LIMITS, admissionGate, admissionQueue } from "./admission.ts";

describe("admission gate", () => {
  it("admits in arrival order as earlier ones leave", async () => {
    const gate = admissionGate({ concurrency: 2, maxWaiting: 10 });
    const order: number[] = [];
    const leaves = await Promise.all([gate.enter(), gate.enter()]);
    const waiting = [2, 3, 4].map((n) =>
      gate.enter()?.then((leave) => {
        order.push(n);
        return leave;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect([gate.active, gate.waiting, order]).toEqual([2, 3, []]);

    leaves[0]?.();
    const third = await waiting[0];
    expect(order).toEqual([2]);
    leaves[1]?.();
    third?.();
    const rest = await Promise.all(waiting.slice(1));
    expect(order).toEqual([2, 3, 4]);
    for (const leave of rest) leave?.();
  });

  it("refuses when maxWaiting are already waiting, and admits again once there is room", async () => {
    const gate = admissionGate({ concurrency: 1, maxWaiting: 1 });
    const first = await gate.enter();
    const second = gate.enter();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(gate.enter()).toBeNull();
    first?.();
    (await second)?.();
    expect(gate.enter()).not.toBeNull();
  });
});

/** One request through the plugin, as Apollo drives it: only what the plugin reads of its context. */
async function operation(plugin: ReturnType<typeof admissionQueue>) {
  return (await plugin.requestDidStart?.({} as never)) as {
    responseForOperation(context: unknown): Promise<GraphQLResponse | null>;
    willSendResponse(context: unknown): Promise<void>;
  };
}

function requestOf(kind: "query" | "mutation", clientGone = () => false) {
  return { operation: { operation: kind }, contextValue: { clientGone } };
}
const read = requestOf("query");

describe("admission queue plugin", () => {
  it("starts an admitted operation after the event loop has had a turn to read other sockets", async () => {
    // On the embedded database an operation runs to its end within the turn it starts in.
    const request = await operation(admissionQueue(ADMISSION_LIMITS.embedded));
    let socketsRead = false;
    setImmediate(() => {
      socketsRead = true;
    });
    expect(await request.responseForOperation(read)).toBeNull();
    expect(socketsRead).toBe(true);
    await request.willSendResponse({});
  });

  it("computes one operation at a time on the embedded database, in arrival order", async () => {
    const plugin = admissionQueue(ADMISSION_LIMITS.embedded);
    const [first, second] = [await operation(plugin), await operation(plugin)];
    const order: string[] = [];
    const running = [
      first.responseForOperation(read).then(() => order.push("first")),
      second.responseForOperation(read).then(() => order.push("second")),
    ];
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual(["first"]);
    await first.willSendResponse({});
    await Promise.all(running);
    expect(order).toEqual(["first", "second"]);
    await second.willSendResponse({});
  });

  it("does not compute a read whose client left while it waited, and lets the next one in", async () => {
    const plugin = admissionQueue(ADMISSION_LIMITS.embedded);
    const [first, abandoned, next] = [await operation(plugin), await operation(plugin), await operation(plugin)];
    let gone = false;
    expect(await first.responseForOperation(read)).toBeNull();
    const abandonedAnswer = abandoned.responseForOperation(requestOf("query", () => gone));
    const nextAnswer = next.responseForOperation(read);
    gone = true;
    await first.willSendResponse({});

    const refused = await abandonedAnswer;
    expect(refused?.http?.status).toBe(499);
    expect(refused?.body).toMatchObject({
      singleResult: { errors: [{ extensions: { code: "CLIENT_CLOSED_REQUEST" } }] },
    });
    await abandoned.willSendResponse({});
    expect(await nextAnswer).toBeNull();
    await next.willSendResponse({});
  });

  it("carries out a write whose client left while it waited", async () => {
    const plugin = admissionQueue(ADMISSION_LIMITS.embedded);
    const [first, write] = [await operation(plugin), await operation(plugin)];
    expect(await first.responseForOperation(read)).toBeNull();
    const writeAnswer = write.responseForOperation(requestOf("mutation", () => true));
    await first.willSendResponse({});
    expect(await writeAnswer).toBeNull();
    await write.willSendResponse({});
  });
});
