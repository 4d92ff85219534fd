// On the embedded database each statement starts in a turn of the event loop of its own, so the
// server accepts connections and reads sockets between two statements of a long request instead of
// after it (Node accepts one connection per turn).
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmbeddedTestDatabase, type TestDatabase } from "../src/testing.ts";

describe("the embedded database between two statements", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createEmbeddedTestDatabase();
  });
  afterAll(async () => {
    await test?.drop();
  });

  /** Runs `work` and counts the turns the event loop took meanwhile. */
  async function turnsDuring(work: () => Promise<unknown>) {
    let turns = 0;
    let running = true;
    const tick = () => {
      if (!running) return;
      turns += 1;
      setImmediate(tick);
    };
    setImmediate(tick);
    await work();
    running = false;
    return turns;
  }

  it("lets the event loop turn before each statement, in a transaction too", async () => {
    const prisma = test.db.prisma;
    const statements = async () => {
      for (let i = 0; i < 10; i++) await prisma.$queryRaw`SELECT 1`;
    };
    expect(await turnsDuring(statements)).toBeGreaterThanOrEqual(10);

    const inTransaction = () =>
      prisma.$transaction(async (tx) => {
        for (let i = 0; i < 5; i++) await tx.$queryRaw`SELECT 1`;
      });
    expect(await turnsDuring(inTransaction)).toBeGreaterThanOrEqual(5);
  });

  it("accepts connections opened while a long request computes, before it ends", async () => {
    const accepted: net.Socket[] = [];
    const server = net.createServer((socket) => accepted.push(socket));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as net.AddressInfo;
    const clients = Array.from({ length: 5 }, () => net.connect(port, "127.0.0.1"));
    try {
      let acceptedBeforeEnd = 0;
      await test.db.prisma.$transaction(async (tx) => {
        for (let i = 0; i < 30; i++) await tx.$queryRaw`SELECT 1`;
        acceptedBeforeEnd = accepted.length;
      });
      expect(acceptedBeforeEnd).toBe(5);
    } finally {
      for (const socket of [...clients, ...accepted]) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
