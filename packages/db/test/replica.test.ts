// DATABASE_REPLICA_URL: the read replica opens as its own client beside the primary, so the views
// that read across wards reach the server it names; without it there is no second client.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, databaseOptionsFromEnv, openDatabase } from "../src/client.ts";
import { createPostgresTestDatabase, type TestDatabase } from "../src/testing.ts";

describe("a read replica beside the PostgreSQL database", () => {
  let primary: TestDatabase;
  let replica: TestDatabase;
  let db: Database | undefined;

  beforeAll(async () => {
    primary = await createPostgresTestDatabase();
    replica = await createPostgresTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
    await primary?.drop();
    await replica?.drop();
  });

  it("reads the replica's server through `replica` and the primary through `prisma`", async () => {
    const options = databaseOptionsFromEnv({ DATABASE_URL: primary.url, DATABASE_REPLICA_URL: replica.url });
    db = await openDatabase(options);
    const nameOf = async (client: Database["prisma"] | undefined) => {
      if (!client) return undefined;
      const [row] = await client.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
      return row?.name;
    };
    expect(await nameOf(db.prisma)).toBe(new URL(primary.url as string).pathname.slice(1));
    expect(await nameOf(db.replica)).toBe(new URL(replica.url as string).pathname.slice(1));
  });

  it("has no replica client when DATABASE_REPLICA_URL is unset", async () => {
    const alone = await openDatabase(databaseOptionsFromEnv({ DATABASE_URL: primary.url }));
    try {
      expect(alone.replica).toBeUndefined();
    } finally {
      await alone.close();
    }
  });
});
