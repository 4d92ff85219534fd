// The admission gate lets operations in a few at a time, in the order they came, and refuses at once
// when the queue is full.
import { describe, expect, it } from "vitest";
import { admissionGate } from "./admission.ts";

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
