// @vitest-environment node
// Units, users, assignments and the audit log through the data provider, against the real API:
// what an admin, the office and a unit's staff may do, and what a refused write leaves behind.
import { login } from "@kehoach/api/testing";
import type { DataProvider } from "react-admin";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AssignmentRecord } from "../src/dataProvider/assignments.ts";
import type { AuditEventRecord, WholeAuditEventRecord } from "../src/dataProvider/auditEvents.ts";
import type { UnitRecord } from "../src/dataProvider/units.ts";
import { SET_PASSWORD, type UserRecord } from "../src/dataProvider/users.ts";
import { type RealApi, startRealApi } from "./support/api.ts";

const everything = { pagination: { page: 1, perPage: 500 }, sort: { field: "id", order: "ASC" as const } };

describe("data provider on the real API: units, users, assignments, audit log", () => {
  let api: RealApi;
  let admin: DataProvider;
  beforeAll(async () => {
    api = await startRealApi();
    admin = await api.dataProviderAs("admin");
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  it("lets an admin create, update and archive a unit, and refuses a stale version", async () => {
    const { data: created } = await admin.create<UnitRecord>("units", {
      data: {
        code: "tdp9",
        name: "Tổ dân phố số 9",
        shortName: "TDP 9",
        kind: "RESIDENTIAL_GROUP",
        duties: ["Tuyên truyền kế hoạch đến hộ dân", ""],
      },
    });
    expect(created.name).toBe("Tổ dân phố số 9");
    expect(created.duties).toEqual(["Tuyên truyền kế hoạch đến hộ dân"]);

    const { data: updated } = await admin.update<UnitRecord>("units", {
      id: created.id,
      data: { ...created, name: "Tổ dân phố 9 (mới)" },
      previousData: created,
    });
    expect(updated.name).toBe("Tổ dân phố 9 (mới)");
    expect(updated.version).toBeGreaterThan(created.version);

    // The first version read is stale now: the write is refused and nothing changes.
    await expect(
      admin.update<UnitRecord>("units", {
        id: created.id,
        data: { ...created, name: "Ghi đè" },
        previousData: created,
      }),
    ).rejects.toMatchObject({ message: "app.error.conflict", status: 409 });
    const { data: unchanged } = await admin.getOne<UnitRecord>("units", { id: created.id });
    expect(unchanged.name).toBe("Tổ dân phố 9 (mới)");

    await admin.delete<UnitRecord>("units", { id: created.id, previousData: unchanged });
    const active = await admin.getList<UnitRecord>("units", { ...everything, filter: { archived: false } });
    expect(active.data.map((unit) => unit.code)).not.toContain("tdp9");
    const archived = await admin.getList<UnitRecord>("units", { ...everything, filter: { archived: true } });
    expect(archived.data.map((unit) => unit.name)).toContain("Tổ dân phố 9 (mới)");
  });

  it("creates a unit's staff account and reads it back with its role and unit", async () => {
    const units = await admin.getList<UnitRecord>("units", { ...everything, filter: { q: "kt" } });
    const kt = units.data.find((unit) => unit.code === "kt");
    expect(kt).toBeDefined();
    const { data: created } = await admin.create<UserRecord>("users", {
      data: {
        username: "kt.canbo2",
        displayName: "Nguyễn Văn Thử",
        title: "Chuyên viên",
        password: "mat-khau-du-dai-2026",
        unitId: kt?.id,
        roles: ["UNIT_STAFF"],
      },
    });
    const { data: read } = await admin.getOne<UserRecord>("users", { id: created.id });
    expect(read.username).toBe("kt.canbo2");
    expect(read.roles).toEqual(["UNIT_STAFF"]);
    expect(read.unit?.name).toBe(kt?.name);
    expect(read.grants[0]?.unit?.name).toBe(kt?.name);

    // The dashboard links to lists filtered by ids.
    const onlyKt = await admin.getList<UnitRecord>("units", { ...everything, filter: { id: [kt?.id] } });
    expect(onlyKt.data.map((unit) => unit.code)).toEqual(["kt"]);

    // An administrator sets a new password: the user signs in with it.
    await admin.update<UserRecord>("users", {
      id: created.id,
      data: { newPassword: "mat-khau-moi-2026" },
      previousData: read,
      meta: { action: SET_PASSWORD },
    });
    await expect(login(api.server.url, "kt.canbo2", "mat-khau-moi-2026")).resolves.toBeTruthy();
  });

  it("lets the office confirm an inferred assignment and change its cooperating units", async () => {
    const office = await api.dataProviderAs("vanphong");
    const inferred = await office.getList<AssignmentRecord>("assignments", {
      ...everything,
      filter: { inferred: true },
    });
    const assignment = inferred.data[0];
    expect(assignment?.inferred).toBe(true);
    if (!assignment) return;

    const { data: confirmed } = await office.update<AssignmentRecord>("assignments", {
      id: assignment.id,
      data: { inferred: false },
      previousData: assignment,
    });
    expect(confirmed.inferred).toBe(false);
    const stillInferred = await office.getList<AssignmentRecord>("assignments", {
      ...everything,
      filter: { inferred: true },
    });
    expect(stillInferred.data.map((a) => a.id)).not.toContain(assignment.id);

    // Units in use only: an earlier test archived one, and ids do not sort by age.
    const units = await office.getList<UnitRecord>("units", { ...everything, filter: { archived: false } });
    const others = units.data.filter((unit) => unit.id !== assignment.leadUnitId).slice(0, 2);
    const { data: changed } = await office.update<AssignmentRecord>("assignments", {
      id: assignment.id,
      data: { ...confirmed, cooperatingUnitIds: others.map((unit) => unit.id).reverse() },
      previousData: confirmed,
    });
    expect(changed.cooperatingUnits.map((unit) => unit.name)).toEqual(others.map((unit) => unit.name).reverse());
  });

  it("refuses the users list and the audit log to a unit's staff, with a clear message", async () => {
    const staff = await api.dataProviderAs("kt.canbo");
    await expect(staff.getList("users", { ...everything, filter: {} })).rejects.toMatchObject({
      message: expect.stringMatching(/quyền/i),
    });
    await expect(staff.getList("auditEvents", { ...everything, filter: {} })).rejects.toMatchObject({
      message: expect.stringMatching(/quyền/i),
    });
  });

  it("shows an admin the events just made, newest first, with the names of the items", async () => {
    const { data, total } = await admin.getList<AuditEventRecord>("auditEvents", {
      pagination: { page: 1, perPage: 10 },
      sort: { field: "createdAt", order: "DESC" },
      filter: {},
    });
    expect(total).toBeGreaterThan(5);
    const times = data.map((event) => event.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    const made = data.filter((event) => event.name !== "session.created").map((event) => event.name);
    expect(made.slice(0, 2)).toEqual(["assignment.updated", "assignment.confirmed"]);
    expect(made).toContain("user.created");
    const userCreated = data.find((event) => event.name === "user.created");
    expect(userCreated?.entityLabel).toBe("Nguyễn Văn Thử");
    expect(userCreated?.actorName).toBeTruthy();

    const unitEvents = await admin.getList<AuditEventRecord>("auditEvents", {
      ...everything,
      filter: { name: "unit.updated" },
    });
    expect(unitEvents.data).toHaveLength(1);
    const { data: detail } = await admin.getOne<WholeAuditEventRecord>("auditEvents", {
      id: unitEvents.data[0]?.id ?? "",
    });
    expect(detail.entityLabel).toBe("Tổ dân phố 9 (mới)");
    expect(detail.changes).toContainEqual({ field: "name", before: "Tổ dân phố số 9", after: "Tổ dân phố 9 (mới)" });

    // Sign-ins left out when asked; the text search reads events by their Vietnamese label.
    const withoutSignIns = await admin.getList<AuditEventRecord>("auditEvents", {
      ...everything,
      filter: { excludeSignIns: true },
    });
    expect(withoutSignIns.data.map((event) => event.name)).toContain("unit.updated");
    expect(withoutSignIns.data.filter((event) => event.name.startsWith("session."))).toEqual([]);
    const found = await admin.getList<AuditEventRecord>("auditEvents", { ...everything, filter: { q: "sửa đơn vị" } });
    expect(found.data.map((event) => event.name)).toEqual(["unit.updated"]);
  });
});
