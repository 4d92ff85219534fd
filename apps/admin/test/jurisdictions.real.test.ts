// @vitest-environment node
// A city's wards through the console's auth and data provider, against the real API: the city's
// administrator is offered them and a ward's is not; the list says which wards have their accounts
// opened; adding one reports the API's complaint under its field, and the new administrator signs
// in as name@code.
import { login, TEST_PASSWORD } from "@kehoach/api/testing";
import type { DataProvider } from "react-admin";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentViewer } from "../src/auth/authProvider.ts";
import { canAccess, permissionsOf } from "../src/auth/permissions.ts";
import type { CreatedJurisdiction, JurisdictionRecord } from "../src/dataProvider/jurisdictions.ts";
import { type RealApi, startRealApi } from "./support/api.ts";

const everything = { pagination: { page: 1, perPage: 500 }, sort: { field: "name", order: "ASC" as const } };
const NEW_WARD_PASSWORD = "Phuong-thu-nghiem-2026";

const newWard = (o: { code: string; name: string; username: string }) => ({
  code: o.code,
  name: o.name,
  kind: "WARD",
  administrator: {
    username: o.username,
    displayName: `Quản trị ${o.name}`,
    email: "",
    phone: "",
    password: NEW_WARD_PASSWORD,
  },
});

describe("the wards of a city on the real API", () => {
  let api: RealApi;
  let city: DataProvider;
  let cityId: string;

  beforeAll(async () => {
    api = await startRealApi();
    const prisma = api.server.test.db.prisma;
    const tanHung = await prisma.jurisdiction.findUniqueOrThrow({ where: { code: "10537" } });
    cityId = tanHung.parentId as string;
    // The seed has no account in the city: one is added, with the demo accounts' password.
    const { passwordHash } = await prisma.user.findFirstOrThrow({
      where: { username: "admin", jurisdictionId: tanHung.id },
    });
    await prisma.user.create({
      data: {
        username: "quantri.thanhpho",
        displayName: "Quản trị thành phố",
        jurisdictionId: cityId,
        passwordHash,
        roleGrants: { create: { role: "ADMIN", jurisdictionId: cityId } },
      },
    });
    city = await api.dataProviderAs("quantri.thanhpho");
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  it("offers the wards to the city's administrator, not to a ward's", async () => {
    const offered = async (username: string) => {
      const viewer = await currentViewer(await api.clientAs(username));
      if (!viewer) throw new Error(`${username} is not signed in`);
      return canAccess(permissionsOf(viewer), "jurisdictions", "list");
    };
    expect(await offered("quantri.thanhpho")).toBe(true);
    expect(await offered("admin")).toBe(false);
    expect(await offered("vanphong")).toBe(false);
  });

  it("lists the city's wards, whether their accounts are opened, and finds one by name or code", async () => {
    const all = await city.getList<JurisdictionRecord>("jurisdictions", { ...everything, filter: {} });
    expect(all.total).toBeGreaterThan(1);
    expect(all.data.find((ward) => ward.code === "10537")).toMatchObject({ name: "Phường Tân Hưng", opened: true });
    expect(all.data.some((ward) => !ward.opened && ward.administratorCount === 0)).toBe(true);

    const byName = await city.getList<JurisdictionRecord>("jurisdictions", {
      ...everything,
      filter: { q: "tan hung" },
    });
    expect(byName.data.map((ward) => ward.code)).toContain("10537");
    const byCode = await city.getList<JurisdictionRecord>("jurisdictions", { ...everything, filter: { q: "10537" } });
    expect(byCode.data.map((ward) => ward.name)).toEqual(["Phường Tân Hưng"]);
  });

  it("adds a ward with its first administrator, who signs in as name@code", async () => {
    const { data } = await city.create<CreatedJurisdiction>("jurisdictions", {
      data: newWard({ code: "99901", name: "Phường Thử Nghiệm", username: "admin" }),
    });
    expect(data).toMatchObject({
      code: "99901",
      name: "Phường Thử Nghiệm",
      kindValue: "WARD",
      opened: true,
      administratorUsername: "admin",
    });
    await expect(login(api.server.url, "admin@99901", NEW_WARD_PASSWORD)).resolves.toBeTruthy();
    // Tân Hưng's "admin" is still Tân Hưng's.
    await expect(login(api.server.url, "admin@10537", TEST_PASSWORD)).resolves.toBeTruthy();

    const listed = await city.getList<JurisdictionRecord>("jurisdictions", { ...everything, filter: { q: "99901" } });
    expect(listed.data).toMatchObject([{ name: "Phường Thử Nghiệm", administratorCount: 1, opened: true }]);
  });

  it("puts the API's complaint under the field it is about, and refuses a ward's administrator", async () => {
    const unopened = (await city.getList<JurisdictionRecord>("jurisdictions", { ...everything, filter: {} })).data.find(
      (ward) => !ward.opened,
    );
    if (!unopened) throw new Error("the seeded city has no ward without accounts");
    await expect(
      city.create("jurisdictions", {
        data: newWard({ code: unopened.code, name: "Phường Khác", username: "quantri" }),
      }),
    ).rejects.toMatchObject({
      status: 400,
      body: { errors: { name: `Mã ${unopened.code} là ${unopened.name} theo danh mục: sửa tên hoặc mã cho khớp.` } },
    });

    const wardAdmin = await api.dataProviderAs("admin");
    await expect(
      wardAdmin.create("jurisdictions", {
        data: newWard({ code: "99902", name: "Phường Khác", username: "quantri" }),
      }),
    ).rejects.toMatchObject({ status: 403 });
  });
});
