// Changing one's own password over HTTP: the current password proves who asks, the new one
// follows the password rule, a refusal changes nothing, and success ends the user's other
// sessions while the one that asked stays signed in. API tokens and anonymous callers are refused.
import { createEmbeddedTestDatabase } from "@kehoach/db/testing";
import { ChangeOwnPasswordDocument } from "@kehoach/schema";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, login, startTestServer, TEST_PASSWORD, type TestServer } from "../support/server.ts";

const CHANGE = print(ChangeOwnPasswordDocument);
const ME = "{ me { username } }";

describe("changeOwnPassword", () => {
  let server: TestServer;
  const prisma = () => server.test.db.prisma;

  const change = async (token: string | undefined, currentPassword: string, newPassword: string) => {
    const res = await graphql(server.url, CHANGE, { input: { currentPassword, newPassword } }, token);
    expect(res.body.errors).toBeUndefined();
    return res.body.data.changeOwnPassword;
  };
  const signedIn = async (token: string) => (await graphql(server.url, ME, {}, token)).body.data.me?.username ?? null;
  const stored = async (username: string) => {
    const user = await prisma().user.findFirstOrThrow({ where: { username } });
    const events = await prisma().auditEvent.findMany({ where: { entityId: user.id, name: "user.passwordChanged" } });
    return { hash: user.passwordHash, events };
  };

  beforeAll(async () => {
    server = await startTestServer(createEmbeddedTestDatabase);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("changes the password, ends the user's other sessions and keeps the current one", async () => {
    const here = await login(server.url, "kt.canbo");
    const elsewhere = await login(server.url, "kt.canbo");
    const other = await login(server.url, "vanphong");
    const changed = await change(here, TEST_PASSWORD, "mat-khau-moi-cua-toi");
    expect(changed).toEqual({ __typename: "ChangeOwnPasswordPayload", otherSessionsEnded: 1 });
    expect(await signedIn(here)).toBe("kt.canbo");
    expect(await signedIn(elsewhere)).toBeNull();
    expect(await signedIn(other)).toBe("vanphong");
    await expect(login(server.url, "kt.canbo")).rejects.toThrow(/INVALID_CREDENTIALS/);
    expect(await signedIn(await login(server.url, "kt.canbo", "mat-khau-moi-cua-toi"))).toBe("kt.canbo");
    const { events } = await stored("kt.canbo");
    expect(events).toHaveLength(1);
    expect(events[0]?.after).toEqual({ username: "kt.canbo", sessionsRevoked: 1 });
    expect(events[0]?.actorUserId).toBe((await prisma().user.findFirstOrThrow({ where: { username: "kt.canbo" } })).id);
  });

  it("refuses a wrong current password in Vietnamese and changes nothing", async () => {
    const here = await login(server.url, "vhxh.canbo");
    const elsewhere = await login(server.url, "vhxh.canbo");
    const before = await stored("vhxh.canbo");
    const wrong = await change(here, "khong-phai-mat-khau", "mat-khau-moi-cua-toi");
    expect(wrong).toEqual({
      __typename: "WrongCurrentPassword",
      code: "WRONG_CURRENT_PASSWORD",
      message: "Mật khẩu hiện tại không đúng: nhập lại mật khẩu đang dùng.",
    });
    expect(await stored("vhxh.canbo")).toEqual(before);
    expect(await signedIn(elsewhere)).toBe("vhxh.canbo");
    expect(await signedIn(await login(server.url, "vhxh.canbo"))).toBe("vhxh.canbo");
  });

  it("refuses a new password too short or equal to the current one, by the password rule", async () => {
    const here = await login(server.url, "pct.kinhte");
    const before = await stored("pct.kinhte");
    expect(await change(here, TEST_PASSWORD, "ngan")).toMatchObject({
      __typename: "WeakPassword",
      code: "WEAK_PASSWORD",
      reason: "TOO_SHORT",
      message: "Mật khẩu tối thiểu 10 ký tự.",
    });
    expect(await change(here, TEST_PASSWORD, TEST_PASSWORD)).toMatchObject({
      __typename: "WeakPassword",
      reason: "SAME_AS_CURRENT",
      message: "Mật khẩu mới phải khác mật khẩu hiện tại.",
    });
    expect(await stored("pct.kinhte")).toEqual(before);
  });

  it("stops taking guesses of the current password after 10 wrong ones, even the right one", async () => {
    const session = await login(server.url, "mttq");
    const before = await stored("mttq");
    for (let i = 0; i < 10; i++) {
      expect((await change(session, `doan-sai-${i}`, "mat-khau-moi-cua-toi")).__typename).toBe("WrongCurrentPassword");
    }
    const blocked = await change(session, TEST_PASSWORD, "mat-khau-moi-cua-toi");
    expect(blocked.__typename).toBe("TooManyAttempts");
    expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
    expect(await stored("mttq")).toEqual(before);
    // The guesses count against the account, not the address: a colleague still changes theirs.
    const colleague = await login(server.url, "chutich");
    expect((await change(colleague, TEST_PASSWORD, "mat-khau-cua-can-bo")).__typename).toBe("ChangeOwnPasswordPayload");
  });

  it("is refused to API tokens and to anonymous callers", async () => {
    const admin = await login(server.url, "admin");
    const created = await graphql(
      server.url,
      `mutation { createApiToken(input: { name: "Cổng", scopes: [PLAN_READ] }) { ... on CreateApiTokenPayload { token } } }`,
      {},
      admin,
    );
    const token = created.body.data.createApiToken.token as string;
    expect((await change(token, TEST_PASSWORD, "mat-khau-moi-cua-toi")).__typename).toBe("NotAuthorized");
    expect((await change(undefined, TEST_PASSWORD, "mat-khau-moi-cua-toi")).__typename).toBe("NotAuthorized");
  });
});
