// How far an administrator reads (roles table: "everything in its jurisdiction (and below)"): the
// city's administrator reads the units, users and assignments of its wards; a ward's administrator
// and office read their own ward only, never a neighbour's.
import { createEmbeddedTestDatabase } from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newToken, SESSION_PREFIX } from "../../src/auth/tokens.ts";
import { graphql, login, startTestServer, type TestServer } from "../support/server.ts";

const UNITS = "{ units(first: 100) { totalCount edges { node { name } } } }";
const USERS = "{ users(first: 200) { totalCount edges { node { username } } } }";
const ASSIGNMENTS = "{ assignments(first: 1) { totalCount } }";

describe("what an administrator reads, by jurisdiction", () => {
  let server: TestServer;
  let cityAdmin: string;

  /** A signed-in session of a new user of `jurisdictionCode` holding `role`, made in the database. */
  async function sessionOf(username: string, jurisdictionCode: string, role: "ADMIN" | "OFFICE") {
    const prisma = server.test.db.prisma;
    const jurisdiction = await prisma.jurisdiction.findUniqueOrThrow({ where: { code: jurisdictionCode } });
    const user = await prisma.user.create({
      data: {
        username,
        displayName: username,
        jurisdictionId: jurisdiction.id,
        roleGrants: { create: { role, jurisdictionId: jurisdiction.id } },
      },
    });
    const { token, hash } = newToken(SESSION_PREFIX);
    await prisma.session.create({
      data: { userId: user.id, tokenHash: hash, expiresAt: new Date(Date.now() + 3_600_000) },
    });
    return token;
  }

  beforeAll(async () => {
    server = await startTestServer(createEmbeddedTestDatabase);
    const prisma = server.test.db.prisma;
    // A neighbouring ward of the same city with one unit of its own.
    const tanHung = await prisma.jurisdiction.findUniqueOrThrow({ where: { code: "10537" } });
    const neighbour = await prisma.jurisdiction.findFirstOrThrow({
      where: { parentId: tanHung.parentId, id: { not: tanHung.id } },
    });
    await prisma.unit.create({
      data: {
        jurisdictionId: neighbour.id,
        code: "VP-LANG-GIENG",
        name: "Văn phòng phường láng giềng",
        kind: "OFFICE",
      },
    });
    const city = await prisma.jurisdiction.findUniqueOrThrow({ where: { id: tanHung.parentId ?? "" } });
    cityAdmin = await sessionOf("admin.thanhpho", city.code, "ADMIN");
  });
  afterAll(async () => {
    await server?.close();
  });

  const read = async (query: string, token: string) => {
    const res = await graphql(server.url, query, {}, token);
    expect(res.body.errors).toBeUndefined();
    return res.body.data;
  };

  it("the city's administrator reads its wards' units, users and assignments", async () => {
    const units = (await read(UNITS, cityAdmin)).units.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(units).toContain("Văn phòng phường láng giềng");
    expect(units).toContain("Văn phòng HĐND và UBND");
    const users = (await read(USERS, cityAdmin)).users.edges.map(
      (e: { node: { username: string } }) => e.node.username,
    );
    expect(users).toEqual(expect.arrayContaining(["admin.thanhpho", "chutich", "vanphong"]));
    expect((await read(ASSIGNMENTS, cityAdmin)).assignments.totalCount).toBeGreaterThan(0);
  });

  it("a ward's administrator and office read their own ward only", async () => {
    for (const username of ["admin", "vanphong"]) {
      const token = await login(server.url, username);
      const units = (await read(UNITS, token)).units.edges.map((e: { node: { name: string } }) => e.node.name);
      expect(units, username).toContain("Văn phòng HĐND và UBND");
      expect(units, username).not.toContain("Văn phòng phường láng giềng");
    }
    const users = (await read(USERS, await login(server.url, "admin"))).users.edges.map(
      (e: { node: { username: string } }) => e.node.username,
    );
    expect(users).toContain("chutich");
    expect(users).not.toContain("admin.thanhpho");
  });
});
