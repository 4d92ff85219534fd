// A city onboards its wards through the API (issue 12, item 7), on both databases: the city's ADMIN
// adds a ward with its first administrator, or opens the accounts of a ward of the official list
// already in the database; usernames are the ward's own, so two wards each have an "admin" and
// "name@code" picks one; nobody else adds wards, and a refused or wrong request changes nothing.
import type { Prisma } from "@kehoach/db";
import { testDatabaseKinds } from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gid } from "../report/support.ts";
import { createCityAccounts } from "../support/cityAccounts.ts";
import { graphql, login, startTestServer, TEST_PASSWORD, type TestServer } from "../support/server.ts";

const RESULT = "__typename ... on Error { code message } ... on ValidationError { issues { path message } }";
const CREATE = `mutation($input: CreateJurisdictionInput!) { createJurisdiction(input: $input) { ${RESULT}
  ... on CreateJurisdictionPayload { jurisdiction { id code name kindValue parent { code } administratorCount }
  administrator { username jurisdiction { code } } } } }`;
const ME = "{ me { username jurisdiction { code } } }";
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { __typename ... on LoginPayload { token } } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { ${RESULT}
  ... on CreateUserPayload { user { username jurisdiction { code } } } } }`;

const NEW_WARD_PASSWORD = "Phuong-thu-nghiem-2026";

describe.each(testDatabaseKinds)("a city onboards its wards, on the $kind database", ({ create }) => {
  let server: TestServer;
  let prisma: Prisma;
  let cityAdmin: string;
  let cityOffice: string;
  let cityId: string;
  const tokens: Record<string, string> = {};

  const newWard = (o: Partial<{ code: string; name: string; kind: string; username: string }> = {}) => ({
    code: o.code ?? "99901",
    name: o.name ?? "Phường Thử Nghiệm",
    kind: o.kind ?? "WARD",
    administrator: {
      username: o.username ?? "admin",
      displayName: "Quản trị Phường Thử Nghiệm",
      email: "quantri@thunghiem.gov.vn",
      password: NEW_WARD_PASSWORD,
    },
  });
  const createWard = async (input: unknown, token: string | undefined) => {
    const res = await graphql(server.url, CREATE, { input }, token);
    expect(res.body.errors).toBeUndefined();
    return res.body.data.createJurisdiction;
  };
  const counts = async () => ({
    jurisdictions: await prisma.jurisdiction.count(),
    users: await prisma.user.count(),
    audit: await prisma.auditEvent.count(),
  });

  beforeAll(async () => {
    server = await startTestServer(create);
    prisma = server.test.db.prisma;
    cityId = await createCityAccounts(prisma, [
      ["quantri.thanhpho", "ADMIN"],
      ["vanphong.thanhpho", "OFFICE"],
    ]);
    cityAdmin = await login(server.url, "quantri.thanhpho");
    cityOffice = await login(server.url, "vanphong.thanhpho");
    for (const username of ["admin", "vanphong"]) tokens[username] = await login(server.url, username);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("the city's ADMIN adds a ward with its first administrator, audited, and sees that its accounts are open", async () => {
    const created = await createWard(newWard(), cityAdmin);
    expect(created).toMatchObject({
      __typename: "CreateJurisdictionPayload",
      jurisdiction: { code: "99901", name: "Phường Thử Nghiệm", kindValue: "WARD", parent: { code: "31" } },
      administrator: { username: "admin", jurisdiction: { code: "99901" } },
    });
    expect(created.jurisdiction.administratorCount).toBe(1);
    const events = await prisma.auditEvent.findMany({
      where: { name: { in: ["jurisdiction.created", "user.created"] }, actorUser: { username: "quantri.thanhpho" } },
      orderBy: { name: "asc" },
      select: { name: true, jurisdiction: { select: { code: true } } },
    });
    expect(events).toEqual([
      { name: "jurisdiction.created", jurisdiction: { code: "31" } },
      { name: "user.created", jurisdiction: { code: "99901" } },
    ]);
    // A ward's own roles do not see how many administrators another ward has.
    const seen = await graphql(
      server.url,
      "query($id: ID!) { node(id: $id) { ... on Jurisdiction { administratorCount } } }",
      {
        id: created.jurisdiction.id,
      },
      tokens.admin,
    );
    expect(seen.body.data.node.administratorCount).toBeNull();
  });

  it("two wards each have an 'admin': the password picks the account, and name@code names one ward's", async () => {
    const signIn = async (username: string, password: string) =>
      (await graphql(server.url, LOGIN, { input: { username, password } })).body.data.login;
    const me = async (token: string) => (await graphql(server.url, ME, {}, token)).body.data.me;

    const newAdmin = await signIn("admin", NEW_WARD_PASSWORD);
    expect(await me(newAdmin.token)).toEqual({ username: "admin", jurisdiction: { code: "99901" } });
    const tanHungAdmin = await signIn("admin", TEST_PASSWORD);
    expect(await me(tanHungAdmin.token)).toEqual({ username: "admin", jurisdiction: { code: "10537" } });
    expect((await signIn("admin@99901", NEW_WARD_PASSWORD)).__typename).toBe("LoginPayload");
    // Tân Hưng's password does not open the new ward's account, and the answer is the usual one.
    expect((await signIn("admin@99901", TEST_PASSWORD)).__typename).toBe("InvalidCredentials");
    expect((await signIn("khongco@99901", TEST_PASSWORD)).__typename).toBe("InvalidCredentials");

    // The new ward names its people as it likes, even as Tân Hưng does.
    const staff = await graphql(
      server.url,
      CREATE_USER,
      {
        input: {
          username: "vanphong",
          displayName: "Văn phòng Phường Thử Nghiệm",
          roles: [{ role: "OFFICE" }],
          password: NEW_WARD_PASSWORD,
        },
      },
      newAdmin.token,
    );
    expect(staff.body.data.createUser).toMatchObject({
      user: { username: "vanphong", jurisdiction: { code: "99901" } },
    });
    const again = await graphql(
      server.url,
      CREATE_USER,
      {
        input: {
          username: "vanphong",
          displayName: "Trùng tên",
          roles: [{ role: "OFFICE" }],
          password: NEW_WARD_PASSWORD,
        },
      },
      newAdmin.token,
    );
    expect(again.body.data.createUser.issues).toEqual([
      { path: ["input", "username"], message: 'Tên đăng nhập "vanphong" đã có người dùng: chọn tên khác.' },
    ]);
  });

  it("opens the accounts of a ward of the official list already in the database", async () => {
    const listed = await prisma.jurisdiction.findFirstOrThrow({
      where: { parentId: cityId, kind: "WARD", users: { none: {} } },
      orderBy: { code: "asc" },
    });
    const wrongName = await createWard(
      newWard({ code: listed.code, name: "Phường Khác", username: "quantri" }),
      cityAdmin,
    );
    expect(wrongName.issues).toEqual([
      {
        path: ["input", "name"],
        message: `Mã ${listed.code} là ${listed.name} theo danh mục: sửa tên hoặc mã cho khớp.`,
      },
    ]);
    const opened = await createWard(newWard({ code: listed.code, name: listed.name, username: "quantri" }), cityAdmin);
    expect(opened.jurisdiction).toMatchObject({ id: gid("Jurisdiction", listed.id), administratorCount: 1 });
    const twice = await createWard(newWard({ code: listed.code, name: listed.name, username: "quantri2" }), cityAdmin);
    expect(twice.issues[0].path).toEqual(["input", "code"]);
    expect(twice.issues[0].message).toMatch(/đã có tài khoản/);
  });

  it("refuses, changing nothing: a ward's ADMIN, the city's OFFICE, a bad code, a city under a city", async () => {
    const before = await counts();
    for (const token of [tokens.admin, tokens.vanphong, cityOffice]) {
      const refused = await createWard(newWard({ code: "99902" }), token);
      expect(refused.__typename).toBe("NotAuthorized");
    }
    const badCode = await createWard(newWard({ code: "123" }), cityAdmin);
    expect(badCode.issues).toEqual([
      {
        path: ["input", "code"],
        message: "Mã đơn vị hành chính gồm đúng 5 chữ số, theo danh mục chính thức (ví dụ 10537).",
      },
    ]);
    expect((await createWard(newWard({ code: "99", kind: "CITY" }), cityAdmin)).__typename).toBe("NotAuthorized");
    const tanHung = await createWard(newWard({ code: "10537", name: "Phường Tân Hưng" }), cityAdmin);
    expect(tanHung.issues[0].message).toBe("Phường Tân Hưng đã có tài khoản: quản trị của phường tạo thêm người dùng.");
    const weak = await graphql(
      server.url,
      CREATE,
      { input: { ...newWard({ code: "99903" }), administrator: { ...newWard().administrator, password: "ngan" } } },
      cityAdmin,
    );
    expect(weak.body.data.createJurisdiction.__typename).toBe("ValidationError");
    expect(await counts()).toEqual(before);
  });
});
