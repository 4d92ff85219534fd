// People of the city above Tân Hưng (Hải Phòng), which the seed gives no accounts: each with one
// role in the city and the test password.
import type { Prisma } from "@kehoach/db";
import { hashPassword } from "../../src/auth/password.ts";
import { TEST_PASSWORD } from "./server.ts";

/** Creates the accounts (username → role) in Tân Hưng's city; returns the city's id. */
export async function createCityAccounts(
  prisma: Prisma,
  accounts: readonly (readonly [string, "ADMIN" | "OFFICE" | "LEADER"])[],
): Promise<string> {
  const cityId = (await prisma.jurisdiction.findUniqueOrThrow({ where: { code: "10537" } })).parentId as string;
  const passwordHash = await hashPassword(TEST_PASSWORD);
  for (const [username, role] of accounts) {
    await prisma.user.create({
      data: {
        username,
        displayName: username,
        jurisdictionId: cityId,
        passwordHash,
        roleGrants: { create: { role, jurisdictionId: cityId } },
      },
    });
  }
  return cityId;
}
