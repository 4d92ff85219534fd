// The organisation part over real HTTP, on the embedded database and on PostgreSQL: units, users
// and roles, API tokens, assignments — an authorization matrix (every role × every mutation, a
// denied write changing nothing), validation, conflicts on stale versions, the audit trail, API
// tokens authenticating until revoked, and the admin-only users list.
import crypto from "node:crypto";
import { testDatabaseKinds } from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, login, startTestServer, TEST_PASSWORD, type TestServer } from "../support/server.ts";

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
const randomUuid = () => crypto.randomUUID();

const RESULT = "__typename ... on Error { code message } ... on ValidationError { issues { path message } }";
const CONFLICT = "... on ConflictError { currentVersion }";
const M = {
  createUnit: `mutation($input: CreateUnitInput!) { createUnit(input: $input) { ${RESULT} ... on CreateUnitPayload { unit { id code version } } } }`,
  updateUnit: `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { ${RESULT} ${CONFLICT} ... on UpdateUnitPayload { unit { id name version } } } }`,
  archiveUnit: `mutation($input: ArchiveUnitInput!) { archiveUnit(input: $input) { ${RESULT} ${CONFLICT} ... on UnitInUse { leadAssignmentCount } ... on ArchiveUnitPayload { unit { archivedAt version } } } }`,
  createUser: `mutation($input: CreateUserInput!) { createUser(input: $input) { ${RESULT} ... on CreateUserPayload { user { id username roles unit { code } version } } } }`,
  updateUser: `mutation($input: UpdateUserInput!) { updateUser(input: $input) { ${RESULT} ${CONFLICT} ... on UpdateUserPayload { user { displayName roles version grants { role unit { code } areas { code } } } } } }`,
  archiveUser: `mutation($input: ArchiveUserInput!) { archiveUser(input: $input) { ${RESULT} ${CONFLICT} ... on ArchiveUserPayload { user { archivedAt } } } }`,
  setUserPassword: `mutation($input: SetUserPasswordInput!) { setUserPassword(input: $input) { ${RESULT} ... on SetUserPasswordPayload { user { username } } } }`,
  createApiToken: `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { ${RESULT} ... on CreateApiTokenPayload { token apiToken { id prefix scopes user { username roles } } } } }`,
  revokeApiToken: `mutation($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { ${RESULT} ... on RevokeApiTokenPayload { apiToken { revokedAt } } } }`,
  updateAssignment: `mutation($input: UpdateAssignmentInput!) { updateAssignment(input: $input) { ${RESULT} ${CONFLICT} ... on UpdateAssignmentPayload { assignment { id inferred version leadUnit { code } cooperatingUnits { code } leader { username } confirmedBy { username } } } } }`,
  confirmAssignment: `mutation($input: ConfirmAssignmentInput!) { confirmAssignment(input: $input) { ${RESULT} ${CONFLICT} ... on ConfirmAssignmentPayload { assignment { inferred confirmedAt confirmedBy { username } version } } } }`,
} as const;
type MutationName = keyof typeof M;

const ACTORS = ["admin", "vanphong", "chutich", "kt.truongphong", "kt.canbo", "mttq", "anonymous", "apiToken"] as const;
type Actor = (typeof ACTORS)[number];

/** Who may run each mutation on the matrix's subject (a staff member of Phòng Kinh tế for user writes). */
const ALLOWED: Record<MutationName, Actor[]> = {
  createUnit: ["admin"],
  updateUnit: ["admin"],
  archiveUnit: ["admin"],
  createUser: ["admin", "kt.truongphong"],
  updateUser: ["admin", "kt.truongphong"],
  archiveUser: ["admin", "kt.truongphong"],
  setUserPassword: ["admin"],
  createApiToken: ["admin"],
  revokeApiToken: ["admin"],
  updateAssignment: ["admin", "vanphong"],
  confirmAssignment: ["admin", "vanphong"],
};

describe.each(testDatabaseKinds)("organisation over HTTP on the $kind database", ({ create }) => {
  let server: TestServer;
  const tokens = {} as Record<Actor, string | undefined>;
  let ids: { jurisdiction: string; kt: string; vhxh: string; chutich: string; ktCanbo: string; vanphong: string };
  let seq = 0;
  const next = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;
  const prisma = () => server.test.db.prisma;

  const run = async (name: MutationName, input: Record<string, unknown>, actor: Actor | string | undefined) => {
    const token = actor === undefined ? undefined : (tokens[actor as Actor] ?? actor);
    const res = await graphql(server.url, M[name], { input }, token === "anonymous" ? undefined : token);
    expect(res.body.errors).toBeUndefined();
    return res.body.data[name];
  };

  /** Every row the organisation mutations may touch, to prove a denied write changed nothing. */
  const dbState = async () => {
    const p = prisma();
    const [units, users, grants, apiTokens, assignments, cooperating, sessions, audit] = await Promise.all([
      p.unit.findMany({ orderBy: { id: "asc" } }),
      p.user.findMany({ orderBy: { id: "asc" } }),
      p.roleGrant.findMany({ orderBy: { id: "asc" }, include: { areas: true } }),
      // lastUsedAt moves whenever a token is used, refused or not: it is not a write of the mutation.
      p.apiToken.findMany({ orderBy: { id: "asc" }, omit: { lastUsedAt: true } }),
      p.assignment.findMany({ orderBy: { id: "asc" } }),
      p.assignmentCooperatingUnit.findMany({ orderBy: [{ assignmentId: "asc" }, { unitId: "asc" }] }),
      p.session.findMany({ orderBy: { id: "asc" }, select: { id: true, revokedAt: true } }),
      p.auditEvent.count(),
    ]);
    return JSON.stringify({ units, users, grants, apiTokens, assignments, cooperating, sessions, audit });
  };

  const freshUnit = () =>
    prisma().unit.create({
      data: { jurisdictionId: ids.jurisdiction, code: `u${next()}`, name: "Đơn vị kiểm thử", kind: "OTHER" },
    });
  const freshStaff = () =>
    prisma().user.create({
      data: {
        jurisdictionId: ids.jurisdiction,
        username: `cb${next()}`,
        displayName: "Cán bộ kiểm thử",
        unitId: ids.kt,
        roleGrants: { create: { role: "UNIT_STAFF", jurisdictionId: ids.jurisdiction, unitId: ids.kt } },
      },
    });
  const freshToken = async () => {
    const user = await prisma().user.create({
      data: {
        jurisdictionId: ids.jurisdiction,
        username: `api.t${next()}`,
        displayName: "Ứng dụng kiểm thử",
        roleGrants: { create: { role: "API_CLIENT", jurisdictionId: ids.jurisdiction } },
      },
    });
    return prisma().apiToken.create({
      data: { userId: user.id, name: "t", prefix: "kht_x", tokenHash: crypto.randomUUID(), scopes: ["plan:read"] },
    });
  };
  let assignmentPool: { id: string; version: number }[] = [];
  const freshAssignment = () => {
    const a = assignmentPool.shift();
    if (!a) throw new Error("no more seeded assignments");
    return a;
  };

  /** Input of each mutation against a fresh subject. */
  const inputs: Record<MutationName, () => Promise<Record<string, unknown>>> = {
    createUnit: async () => ({ code: `n${next()}`, name: "Tổ dân phố kiểm thử", kind: "RESIDENTIAL_GROUP" }),
    updateUnit: async () => ({ id: gid("Unit", (await freshUnit()).id), version: 1, name: "Tên mới" }),
    archiveUnit: async () => ({ id: gid("Unit", (await freshUnit()).id), version: 1 }),
    createUser: async () => ({
      username: `moi${next()}`,
      displayName: "Cán bộ mới",
      unitId: gid("Unit", ids.kt),
      roles: [{ role: "UNIT_STAFF" }],
      password: "mat-khau-moi-2026",
    }),
    updateUser: async () => ({ id: gid("User", (await freshStaff()).id), version: 1, displayName: "Tên đã sửa" }),
    archiveUser: async () => ({ id: gid("User", (await freshStaff()).id), version: 1 }),
    setUserPassword: async () => ({
      userId: gid("User", (await freshStaff()).id),
      newPassword: "mat-khau-dat-lai-2026",
    }),
    createApiToken: async () => ({ name: "Cổng dữ liệu thành phố", scopes: ["PLAN_READ"] }),
    revokeApiToken: async () => ({ id: gid("ApiToken", (await freshToken()).id) }),
    updateAssignment: async () => {
      const a = freshAssignment();
      return { id: gid("Assignment", a.id), version: a.version, leaderId: gid("User", ids.chutich) };
    },
    confirmAssignment: async () => {
      const a = freshAssignment();
      return { id: gid("Assignment", a.id), version: a.version };
    },
  };

  beforeAll(async () => {
    server = await startTestServer(create);
    const p = prisma();
    const byCode = async (code: string) => (await p.unit.findFirstOrThrow({ where: { code } })).id;
    const byName = async (username: string) => (await p.user.findFirstOrThrow({ where: { username } })).id;
    const jurisdiction = (await p.jurisdiction.findUniqueOrThrow({ where: { code: "10537" } })).id;
    ids = {
      jurisdiction,
      kt: await byCode("kt"),
      vhxh: await byCode("vhxh"),
      chutich: await byName("chutich"),
      ktCanbo: await byName("kt.canbo"),
      vanphong: await byName("vanphong"),
    };
    for (const actor of ACTORS) {
      if (actor !== "anonymous" && actor !== "apiToken") tokens[actor] = await login(server.url, actor);
    }
    const created = await run("createApiToken", { name: "Ứng dụng kiểm thử", scopes: ["PLAN_READ"] }, "admin");
    tokens.apiToken = created.token;
    assignmentPool = (
      await p.assignment.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true } })
    ).slice(10);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("authorization matrix: every role × every organisation mutation; a denied write changes nothing", async () => {
    const outcome: Record<string, string> = {};
    for (const name of Object.keys(M) as MutationName[]) {
      for (const actor of ACTORS) {
        const input = await inputs[name]();
        const before = await dbState();
        const result = await run(name, input, actor);
        const allowed = ALLOWED[name].includes(actor);
        outcome[`${name} × ${actor}`] = result.__typename;
        if (allowed) {
          expect(result.__typename, `${name} × ${actor}: ${JSON.stringify(result)}`).toMatch(/Payload$/);
        } else {
          expect(result, `${name} × ${actor}`).toMatchObject({ __typename: "NotAuthorized", code: "NOT_AUTHORIZED" });
          expect(await dbState(), `${name} × ${actor} changed the database`).toBe(before);
        }
      }
    }
    expect(Object.keys(outcome)).toHaveLength(Object.keys(M).length * ACTORS.length);
  });

  it("records an audit event with actor, before and after for every successful write", async () => {
    const events = await prisma().auditEvent.findMany({ include: { actorUser: { select: { username: true } } } });
    const names = new Set(events.map((e) => e.name));
    for (const name of [
      "unit.created",
      "unit.updated",
      "unit.archived",
      "user.created",
      "user.updated",
      "user.archived",
      "user.passwordSet",
      "apiToken.created",
      "apiToken.revoked",
      "assignment.updated",
      "assignment.confirmed",
    ]) {
      expect(names, name).toContain(name);
    }
    const updated = events.find((e) => e.name === "unit.updated");
    expect(updated).toMatchObject({ entityType: "Unit", actorUser: { username: "admin" } });
    expect(updated?.before).toMatchObject({ name: "Đơn vị kiểm thử", version: 1 });
    expect(updated?.after).toMatchObject({ name: "Tên mới", version: 2 });
    const byHead = events.find((e) => e.name === "user.created" && e.actorUser?.username === "kt.truongphong");
    expect(byHead?.after).toMatchObject({ grants: [{ role: "UNIT_STAFF", unitId: ids.kt }] });
    expect(JSON.stringify(events)).not.toContain("argon2");
    const assignment = events.find((e) => e.name === "assignment.updated" && e.actorUser?.username === "vanphong");
    expect(assignment?.before).toMatchObject({ inferred: true });
    expect(assignment?.after).toMatchObject({ inferred: false, leaderId: ids.chutich });
  });

  it("reads units (signed-in only), a unit with its assignments, and its users for members only", async () => {
    const list = await graphql(
      server.url,
      `{ units(first: 100, kind: SPECIALISED_OFFICE) { totalCount edges { node { code name version archivedAt } } } }`,
      {},
      tokens["kt.canbo"],
    );
    expect(list.body.errors).toBeUndefined();
    expect(list.body.data.units.edges.map((e: any) => e.node.code)).toEqual(expect.arrayContaining(["kt", "vhxh"]));
    const search = await graphql(
      server.url,
      `{ units(search: "KINH TẾ") { edges { node { code } } } }`,
      {},
      tokens.mttq,
    );
    expect(search.body.data.units.edges.map((e: any) => e.node.code)).toContain("kt");
    const anonymous = await graphql(server.url, "{ units { totalCount } }");
    expect(anonymous.body.data?.units ?? null).toBeNull();
    expect(anonymous.body.errors?.[0]).toMatchObject({ extensions: { code: "NOT_AUTHORIZED" } });
    const viaToken = await graphql(server.url, "{ units { totalCount } }", {}, tokens.apiToken);
    expect(viaToken.body.data.units.totalCount).toBeGreaterThan(5);

    const UNIT = `query($id: ID!) { unit(id: $id) { code
      leadAssignments(first: 3) { totalCount edges { node { inferred leadUnit { code } indicator { code } task { code } } } }
      cooperatingAssignments(first: 3) { totalCount }
      users(first: 100) { totalCount edges { node { username } } } } }`;
    const asMember = await graphql(server.url, UNIT, { id: gid("Unit", ids.kt) }, tokens["kt.canbo"]);
    expect(asMember.body.errors).toBeUndefined();
    const kt = asMember.body.data.unit;
    expect(kt.leadAssignments.totalCount).toBeGreaterThan(0);
    expect(kt.leadAssignments.edges[0].node.leadUnit.code).toBe("kt");
    expect(kt.users.edges.map((e: any) => e.node.username)).toEqual(
      expect.arrayContaining(["kt.canbo", "kt.truongphong"]),
    );
    const asOther = await graphql(server.url, UNIT, { id: gid("Unit", ids.kt) }, tokens.mttq);
    expect(asOther.body.errors).toBeUndefined();
    expect(asOther.body.data.unit.users).toBeNull();
    const asOffice = await graphql(server.url, UNIT, { id: gid("Unit", ids.kt) }, tokens.vanphong);
    expect(asOffice.body.data.unit.users.totalCount).toBeGreaterThan(1);
  });

  it("lists assignments with filters, and the assignment of indicators and tasks", async () => {
    const Q = `query($leadUnitId: ID, $inferred: Boolean) { assignments(first: 10, leadUnitId: $leadUnitId, inferred: $inferred) {
      totalCount edges { node { id inferred inferenceNote version leadUnit { code } cooperatingUnits { code } leader { username }
        indicator { code assignment { id } } task { code assignment { id } } } } } }`;
    const res = await graphql(server.url, Q, { leadUnitId: gid("Unit", ids.kt), inferred: true }, tokens.chutich);
    expect(res.body.errors).toBeUndefined();
    const nodes = res.body.data.assignments.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const n of nodes) {
      expect(n.leadUnit.code).toBe("kt");
      expect(n.inferred).toBe(true);
      expect(Boolean(n.indicator) !== Boolean(n.task)).toBe(true);
      expect((n.indicator ?? n.task).assignment.id).toBe(n.id);
    }
    const confirmedCount = async () =>
      (await graphql(server.url, Q, { inferred: false }, tokens.chutich)).body.data.assignments.totalCount;
    const before = await confirmedCount();
    const a = freshAssignment();
    await run("confirmAssignment", { id: gid("Assignment", a.id), version: a.version }, "vanphong");
    expect(await confirmedCount()).toBe(before + 1);
  });

  it("lists users to administrators only; everyone else gets NOT_AUTHORIZED", async () => {
    const Q = `query($role: Role, $unitId: ID) { users(first: 100, role: $role, unitId: $unitId) { totalCount edges { node { username roles version } } } }`;
    const leaders = await graphql(server.url, Q, { role: "LEADER" }, tokens.admin);
    expect(leaders.body.errors).toBeUndefined();
    expect(leaders.body.data.users.edges.map((e: any) => e.node.username).sort()).toEqual(
      ["chutich", "pct.kinhte", "pct.vhxh"].sort(),
    );
    const kt = await graphql(server.url, Q, { unitId: gid("Unit", ids.kt) }, tokens.admin);
    expect(kt.body.data.users.edges.map((e: any) => e.node.username)).toContain("kt.canbo");
    for (const actor of [
      "vanphong",
      "chutich",
      "kt.truongphong",
      "kt.canbo",
      "mttq",
      "anonymous",
      "apiToken",
    ] as const) {
      const res = await graphql(server.url, Q, {}, actor === "anonymous" ? undefined : tokens[actor]);
      expect(res.body.data?.users ?? null, actor).toBeNull();
      expect(res.body.errors?.[0], actor).toMatchObject({ extensions: { code: "NOT_AUTHORIZED" } });
    }
  });

  it("refuses malformed input with Vietnamese messages that name the field, and changes nothing", async () => {
    const before = await dbState();
    const emptyCode = await run("createUnit", { code: "", name: "Tổ 1", kind: "OTHER" }, "admin");
    expect(emptyCode.__typename).toBe("ValidationError");
    expect(emptyCode.issues).toContainEqual({ path: ["input", "code"], message: "Nhập mã đơn vị." });
    const emptyName = await run("createUnit", { code: "to1", name: "  ", kind: "OTHER" }, "admin");
    expect(emptyName.issues).toEqual([{ path: ["input", "name"], message: "Nhập tên đơn vị." }]);
    expect(emptyName.message).toContain("Nhập tên đơn vị.");
    const long = await run("createUnit", { code: "dai", name: "x".repeat(10_000), kind: "OTHER" }, "admin");
    expect(long.issues).toContainEqual({ path: ["input", "name"], message: "Tên đơn vị dài tối đa 200 ký tự." });
    const longUser = await run(
      "createUser",
      { username: "a".repeat(10_000), displayName: "x", roles: [{ role: "SUPERVISOR" }], password: "mat-khau-dai-du" },
      "admin",
    );
    expect(longUser.issues).toContainEqual({
      path: ["input", "username"],
      message: "Tên đăng nhập dài tối đa 50 ký tự.",
    });
    const shortPassword = await run(
      "createUser",
      { username: "matkhaungan", displayName: "x", roles: [{ role: "SUPERVISOR" }], password: "ngan" },
      "admin",
    );
    expect(shortPassword.issues).toEqual([{ path: ["input", "password"], message: "Mật khẩu tối thiểu 10 ký tự." }]);
    const unknownParent = await run(
      "createUnit",
      { code: "con", name: "Chi hội", kind: "OTHER", parentId: gid("Unit", randomUuid()) },
      "admin",
    );
    expect(unknownParent.issues).toEqual([
      { path: ["input", "parentId"], message: expect.stringContaining("Không có") },
    ]);
    const planId = gid("Plan", randomUuid());
    const wrongType = await run("updateUnit", { id: planId, version: 1, name: "A" }, "admin");
    expect(wrongType.issues).toEqual([
      { path: ["input", "id"], message: `"${planId}" không phải ID của đơn vị (cần ID toàn cục của Unit).` },
    ]);
    const garbage = await run("confirmAssignment", { id: "không-phải-id", version: 1 }, "admin");
    expect(garbage.__typename).toBe("ValidationError");
    const unknownId = gid("Unit", randomUuid());
    const unknown = await run("updateUnit", { id: unknownId, version: 1, name: "A" }, "admin");
    expect(unknown).toMatchObject({ __typename: "NotFound", code: "NOT_FOUND" });
    // The error names the ID as it was sent, not the database's.
    const notFound = await graphql(
      server.url,
      "mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { ... on NotFound { id message } } }",
      { input: { id: unknownId, version: 1, name: "A" } },
      tokens.admin,
    );
    expect(notFound.body.data.updateUnit).toEqual({
      id: unknownId,
      message: `Không tìm thấy đơn vị có ID ${unknownId}.`,
    });
    const duplicate = await run(
      "createUser",
      { username: "KT.CANBO", displayName: "Trùng", roles: [{ role: "SUPERVISOR" }], password: "mat-khau-dai-du" },
      "admin",
    );
    expect(duplicate.issues).toEqual([
      { path: ["input", "username"], message: 'Tên đăng nhập "kt.canbo" đã có người dùng: chọn tên khác.' },
    ]);
    const noUnit = await run(
      "createUser",
      {
        username: "thieudonvi",
        displayName: "Thiếu đơn vị",
        roles: [{ role: "UNIT_STAFF" }],
        password: "mat-khau-dai-du",
      },
      "admin",
    );
    expect(noUnit.issues[0].path).toEqual(["input", "roles", "0", "unitId"]);
    const a = freshAssignment();
    const notLeader = await run(
      "updateAssignment",
      { id: gid("Assignment", a.id), version: a.version, leaderId: gid("User", ids.ktCanbo) },
      "admin",
    );
    expect(notLeader.issues).toEqual([{ path: ["input", "leaderId"], message: expect.stringContaining("LEADER") }]);
    const leadTwice = await run(
      "updateAssignment",
      {
        id: gid("Assignment", a.id),
        version: a.version,
        leadUnitId: gid("Unit", ids.kt),
        cooperatingUnitIds: [gid("Unit", ids.kt)],
      },
      "admin",
    );
    expect(leadTwice.issues[0].path).toEqual(["input", "cooperatingUnitIds"]);
    expect(await dbState()).toBe(before);
  });

  it("refuses a stale version with ConflictError and keeps the newer write", async () => {
    const unit = await freshUnit();
    const first = await run("updateUnit", { id: gid("Unit", unit.id), version: 1, name: "Lần một" }, "admin");
    expect(first.unit.version).toBe(2);
    const stale = await run("updateUnit", { id: gid("Unit", unit.id), version: 1, name: "Lần hai" }, "admin");
    expect(stale).toMatchObject({ __typename: "ConflictError", code: "CONFLICT", currentVersion: 2 });
    expect((await prisma().unit.findUniqueOrThrow({ where: { id: unit.id } })).name).toBe("Lần một");
    const staff = await freshStaff();
    await run("updateUser", { id: gid("User", staff.id), version: 1, title: "Chuyên viên" }, "admin");
    expect((await run("archiveUser", { id: gid("User", staff.id), version: 1 }, "admin")).__typename).toBe(
      "ConflictError",
    );
    const a = freshAssignment();
    await run("confirmAssignment", { id: gid("Assignment", a.id), version: a.version }, "vanphong");
    const staleAssignment = await run(
      "updateAssignment",
      { id: gid("Assignment", a.id), version: a.version, leadUnitId: gid("Unit", ids.vhxh) },
      "vanphong",
    );
    expect(staleAssignment).toMatchObject({ __typename: "ConflictError", currentVersion: a.version + 1 });
  });

  it("updates an assignment (lead, ordered cooperating units, leader) and confirms it", async () => {
    const a = freshAssignment();
    const res = await run(
      "updateAssignment",
      {
        id: gid("Assignment", a.id),
        version: a.version,
        leadUnitId: gid("Unit", ids.vhxh),
        cooperatingUnitIds: [
          gid("Unit", ids.kt),
          gid("Unit", (await prisma().unit.findFirstOrThrow({ where: { code: "vp" } })).id),
        ],
        leaderId: gid("User", ids.chutich),
      },
      "vanphong",
    );
    expect(res.assignment).toMatchObject({
      inferred: false,
      leadUnit: { code: "vhxh" },
      cooperatingUnits: [{ code: "kt" }, { code: "vp" }],
      leader: { username: "chutich" },
      confirmedBy: { username: "vanphong" },
      version: a.version + 1,
    });
  });

  it("refuses to archive a unit that still leads assignments (UnitInUse)", async () => {
    const kt = await prisma().unit.findUniqueOrThrow({ where: { id: ids.kt } });
    const res = await run("archiveUnit", { id: gid("Unit", kt.id), version: kt.version }, "admin");
    expect(res).toMatchObject({ __typename: "UnitInUse", code: "UNIT_IN_USE" });
    expect(res.leadAssignmentCount).toBeGreaterThan(0);
    expect(res.message).toContain("chuyển các phân công");
    expect((await prisma().unit.findUniqueOrThrow({ where: { id: kt.id } })).archivedAt).toBeNull();
  });

  it("lets a unit head manage only its own unit's staff", async () => {
    const base = { displayName: "Cán bộ", password: "mat-khau-moi-2026" };
    const otherUnit = await run(
      "createUser",
      { ...base, username: `x${next()}`, unitId: gid("Unit", ids.vhxh), roles: [{ role: "UNIT_STAFF" }] },
      "kt.truongphong",
    );
    expect(otherUnit.__typename).toBe("NotAuthorized");
    const head = await run(
      "createUser",
      { ...base, username: `x${next()}`, unitId: gid("Unit", ids.kt), roles: [{ role: "UNIT_HEAD" }] },
      "kt.truongphong",
    );
    expect(head.__typename).toBe("NotAuthorized");
    const office = await prisma().user.findUniqueOrThrow({ where: { id: ids.vanphong } });
    const notStaff = await run(
      "updateUser",
      { id: gid("User", office.id), version: office.version, displayName: "X" },
      "kt.truongphong",
    );
    expect(notStaff.__typename).toBe("NotAuthorized");
    const staff = await freshStaff();
    const promote = await run(
      "updateUser",
      { id: gid("User", staff.id), version: 1, roles: [{ role: "ADMIN" }] },
      "kt.truongphong",
    );
    expect(promote.__typename).toBe("NotAuthorized");
    const byAdmin = await run(
      "updateUser",
      {
        id: gid("User", staff.id),
        version: 1,
        roles: [
          {
            role: "LEADER",
            areaIds: [gid("Area", (await prisma().area.findUniqueOrThrow({ where: { code: "ECONOMY" } })).id)],
          },
        ],
        unitId: null,
      },
      "admin",
    );
    expect(byAdmin.user).toMatchObject({
      roles: ["LEADER"],
      version: 2,
      grants: [{ role: "LEADER", unit: null, areas: [{ code: "ECONOMY" }] }],
    });
  });

  it("an administrator's new password ends the user's sessions; archiving a user revokes its sessions", async () => {
    const created = await run(
      "createUser",
      { username: `tam${next()}`, displayName: "Tạm", roles: [{ role: "SUPERVISOR" }], password: "mat-khau-ban-dau" },
      "admin",
    );
    const username = created.user.username;
    const session = await login(server.url, username, "mat-khau-ban-dau");
    const own = await run("setUserPassword", { userId: created.user.id, newPassword: "mat-khau-thu-hai" }, session);
    expect(own.__typename).toBe("NotAuthorized");
    const reset = await run("setUserPassword", { userId: created.user.id, newPassword: "mat-khau-thu-hai" }, "admin");
    expect(reset.__typename).toBe("SetUserPasswordPayload");
    expect((await graphql(server.url, "{ me { username } }", {}, session)).body.data.me).toBeNull();
    const second = await login(server.url, username, "mat-khau-thu-hai");
    expect((await graphql(server.url, "{ me { username } }", {}, second)).body.data.me.username).toBe(username);
    const adminId = gid("User", (await prisma().user.findFirstOrThrow({ where: { username: "admin" } })).id);
    const adminSelf = await run("setUserPassword", { userId: adminId, newPassword: "mat-khau-thu-hai" }, "admin");
    expect(adminSelf.issues).toEqual([{ path: ["input", "userId"], message: expect.stringContaining("Đổi mật khẩu") }]);
    const archived = await run("archiveUser", { id: created.user.id, version: created.user.version }, "admin");
    expect(archived.user.archivedAt).toBeTruthy();
    expect((await graphql(server.url, "{ me { username } }", {}, second)).body.data.me).toBeNull();
    const self = await run("archiveUser", { id: adminId, version: 1 }, "admin");
    expect(self.__typename).toBe("ValidationError");
    expect(TEST_PASSWORD).toBeTruthy();
  });

  it("an API token is shown once, stored hashed, authenticates as Bearer kht_… and is refused after revoke", async () => {
    const created = await run(
      "createApiToken",
      { name: "Cổng thành phố", scopes: ["PLAN_READ", "REPORT_READ"] },
      "admin",
    );
    const token: string = created.token;
    expect(token).toMatch(/^kht_/);
    expect(created.apiToken).toMatchObject({ scopes: ["PLAN_READ", "REPORT_READ"], user: { roles: ["API_CLIENT"] } });
    expect(token.startsWith(created.apiToken.prefix)).toBe(true);
    const stored = await prisma().apiToken.findFirstOrThrow({ where: { prefix: created.apiToken.prefix } });
    expect(stored.tokenHash).toBe(crypto.createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(await prisma().apiToken.findMany())).not.toContain(token);
    const units = await graphql(server.url, "{ units { totalCount } }", {}, token);
    expect(units.body.data.units.totalCount).toBeGreaterThan(5);
    const revoked = await run("revokeApiToken", { id: created.apiToken.id }, "admin");
    expect(revoked.apiToken.revokedAt).toBeTruthy();
    const after = await graphql(server.url, "{ units { totalCount } }", {}, token);
    expect(after.body.errors?.[0]).toMatchObject({ extensions: { code: "NOT_AUTHORIZED" } });
    const again = await run("revokeApiToken", { id: created.apiToken.id }, "admin");
    expect(again.__typename).toBe("ValidationError");
    const expired = await run(
      "createApiToken",
      { name: "Hết hạn", scopes: ["PLAN_READ"], expiresAt: "2020-01-01T00:00:00.000Z" },
      "admin",
    );
    expect(expired.issues).toEqual([{ path: ["input", "expiresAt"], message: "Thời điểm hết hạn phải ở tương lai." }]);
    const noScope = await run("createApiToken", { name: "Rỗng", scopes: [] }, "admin");
    expect(noScope.issues[0].path).toEqual(["input", "scopes"]);
    const list = await graphql(
      server.url,
      "{ apiTokens(includeRevoked: true) { totalCount edges { node { name revokedAt } } } }",
      {},
      tokens.admin,
    );
    expect(list.body.data.apiTokens.totalCount).toBeGreaterThanOrEqual(2);
    const denied = await graphql(server.url, "{ apiTokens { totalCount } }", {}, tokens.vanphong);
    expect(denied.body.errors?.[0]).toMatchObject({ extensions: { code: "NOT_AUTHORIZED" } });
  });
});
