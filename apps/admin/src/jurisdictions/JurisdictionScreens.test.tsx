// The wards of a city over the urql data provider (the API stubbed): each with its code, level and
// whether its accounts are opened, as a table or as cards on a phone; adding one sends the API's
// input, shows the API's complaint under its field, and afterwards says how the new administrator
// signs in; a ward's administrator is not offered the screens.
import {
  CreateJurisdictionDocument,
  type CreateJurisdictionMutation,
  type CreateJurisdictionMutationVariables,
  type JurisdictionRowFieldsFragment,
  WardsBelowDocument,
} from "@kehoach/schema";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { Admin, AdminContext, Resource, ResourceContextProvider, TestMemoryRouter } from "react-admin";
import { afterEach, describe, expect, it, vi } from "vitest";
import { signedInAs } from "../../test/support/signedInAs.ts";
import { answer, stubClient } from "../../test/support/stubClient.ts";
import type { Permissions } from "../auth/permissions.ts";
import { createDataProvider, type GraphqlClient } from "../dataProvider/index.ts";
import { createI18nProvider } from "../i18n/index.ts";
import JurisdictionCreate from "./JurisdictionCreate.tsx";
import JurisdictionList from "./JurisdictionList.tsx";

const tanHung: JurisdictionRowFieldsFragment = {
  id: "SnVyOjE=",
  code: "10537",
  name: "Phường Tân Hưng",
  kindValue: "WARD",
  administratorCount: 1,
};
const thuyNguyen: JurisdictionRowFieldsFragment = {
  id: "SnVyOjI=",
  code: "11560",
  name: "Phường Thủy Nguyên",
  kindValue: "WARD",
  administratorCount: 0,
};
const catHai: JurisdictionRowFieldsFragment = {
  id: "SnVyOjM=",
  code: "11683",
  name: "Đặc khu Cát Hải",
  kindValue: "SPECIAL_ZONE",
  administratorCount: 2,
};

const wardsAnswer = (children: JurisdictionRowFieldsFragment[]) =>
  answer(WardsBelowDocument, { me: { id: "VXNlcjox", jurisdiction: { id: "SnVyOjMx", children } } });

function renderList(path = "/jurisdictions") {
  render(
    <TestMemoryRouter initialEntries={[path]}>
      <AdminContext
        dataProvider={createDataProvider(stubClient(wardsAnswer([thuyNguyen, tanHung, catHai])))}
        i18nProvider={createI18nProvider()}
      >
        <ResourceContextProvider value="jurisdictions">
          <JurisdictionList />
        </ResourceContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
}

/** The console as someone of the given jurisdiction sees it, with the wards screens registered. */
function renderConsole(path: string, client: GraphqlClient, jurisdictionKind: Permissions["jurisdictionKind"]) {
  render(
    <TestMemoryRouter initialEntries={[path]}>
      <Admin
        dataProvider={createDataProvider(client)}
        authProvider={signedInAs("ADMIN", { jurisdictionKind })}
        i18nProvider={createI18nProvider()}
      >
        <Resource name="jurisdictions" list={JurisdictionList} create={JurisdictionCreate} />
      </Admin>
    </TestMemoryRouter>,
  );
}

/** A screen of the given width, as far as CSS media queries (and MUI's useMediaQuery) can tell. */
function screenWidth(width: number) {
  vi.stubGlobal("matchMedia", (query: string) => {
    const max = /max-width:\s*([\d.]+)px/.exec(query);
    const min = /min-width:\s*([\d.]+)px/.exec(query);
    return {
      matches: (!max || width <= Number(max[1])) && (!min || width >= Number(min[1])),
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
    };
  });
}

const type = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** The text shown under an input (its helper text, where react-admin puts the field's error). */
function textUnder(label: RegExp): string {
  const input = screen.getByLabelText(label);
  const described = input.getAttribute("aria-describedby");
  return described ? (document.getElementById(described)?.textContent ?? "") : "";
}

function fillNewWard() {
  type(/^Mã đơn vị hành chính/, "99901");
  type(/^Tên \*$/, "Phường Thử Nghiệm");
  type(/^Tên đăng nhập của quản trị/, "admin");
  type(/^Họ tên quản trị/, "Quản trị Phường Thử Nghiệm");
  type(/^Thư điện tử/, "quantri@thunghiem.gov.vn");
  type(/^Mật khẩu ban đầu/, "Phuong-thu-nghiem-2026");
}

describe("the wards of a city", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("lists each ward by name with its code, level and whether its accounts are opened", async () => {
    renderList();
    expect(await screen.findByText("Phường Tân Hưng")).toBeTruthy();
    const rows = screen.getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getAllByRole("cell")[1]?.textContent)).toEqual([
      "Đặc khu Cát Hải",
      "Phường Tân Hưng",
      "Phường Thủy Nguyên",
    ]);
    expect(within(rows[1] as HTMLElement).getByText("10537")).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText("Phường")).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText("Đã mở tài khoản (1 quản trị)")).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByText("Đặc khu")).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByText("Đã mở tài khoản (2 quản trị)")).toBeTruthy();
    expect(within(rows[2] as HTMLElement).getByText("Chưa mở tài khoản")).toBeTruthy();
  });

  it("finds a ward by its name without accents, or by its code", async () => {
    renderList(`/jurisdictions?filter=${encodeURIComponent(JSON.stringify({ q: "thuy nguyen" }))}`);
    expect(await screen.findByText("Phường Thủy Nguyên")).toBeTruthy();
    expect(screen.queryByText("Phường Tân Hưng")).toBeNull();
    cleanup();
    renderList(`/jurisdictions?filter=${encodeURIComponent(JSON.stringify({ q: "10537" }))}`);
    expect(await screen.findByText("Phường Tân Hưng")).toBeTruthy();
    expect(screen.queryByText("Phường Thủy Nguyên")).toBeNull();
  });

  it("shows each ward as a card on a phone, with its code, level and accounts, and no table", async () => {
    screenWidth(390);
    renderList();
    expect(await screen.findByText("Phường Tân Hưng")).toBeTruthy();
    expect(screen.getByText("10537 · Phường")).toBeTruthy();
    expect(screen.getByText("11683 · Đặc khu")).toBeTruthy();
    expect(screen.getByText("Chưa mở tài khoản")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });
});

describe("adding a ward", () => {
  it("sends the ward with its first administrator and shows the API's complaint under its field", async () => {
    const sent = vi.fn(
      (_variables: CreateJurisdictionMutationVariables): CreateJurisdictionMutation => ({
        createJurisdiction: {
          __typename: "ValidationError",
          code: "VALIDATION",
          message: "Dữ liệu chưa hợp lệ.",
          issues: [
            {
              path: ["input", "name"],
              message: "Mã 11560 là Phường Thủy Nguyên theo danh mục: sửa tên hoặc mã cho khớp.",
            },
          ],
        },
      }),
    );
    renderConsole(
      "/jurisdictions/create",
      stubClient(wardsAnswer([tanHung]), answer(CreateJurisdictionDocument, sent)),
      "CITY",
    );
    await screen.findByLabelText(/^Mã đơn vị hành chính/);
    fillNewWard();
    type(/^Mã đơn vị hành chính/, "11560");
    type(/^Số điện thoại/, "");
    fireEvent.click(screen.getByRole("button", { name: "Lưu" }));
    await waitFor(() => expect(sent).toHaveBeenCalled());
    expect(sent.mock.calls[0]?.[0]).toEqual({
      input: {
        code: "11560",
        name: "Phường Thử Nghiệm",
        kind: "WARD",
        administrator: {
          username: "admin",
          displayName: "Quản trị Phường Thử Nghiệm",
          email: "quantri@thunghiem.gov.vn",
          phone: null,
          password: "Phuong-thu-nghiem-2026",
        },
      },
    });
    await waitFor(() =>
      expect(textUnder(/^Tên \*$/)).toBe("Mã 11560 là Phường Thủy Nguyên theo danh mục: sửa tên hoặc mã cho khớp."),
    );
    expect(textUnder(/^Mã đơn vị hành chính/)).not.toMatch(/Thủy Nguyên/);
  });

  it("offers the levels below a city, and afterwards says how the new administrator signs in", async () => {
    const wards = [tanHung];
    const created: JurisdictionRowFieldsFragment = {
      id: "SnVyOjk5",
      code: "99901",
      name: "Xã Thử Nghiệm",
      kindValue: "COMMUNE",
      administratorCount: 1,
    };
    const client = stubClient(
      answer(WardsBelowDocument, () => ({
        me: { id: "VXNlcjox", jurisdiction: { id: "SnVyOjMx", children: wards } },
      })),
      answer(CreateJurisdictionDocument, (): CreateJurisdictionMutation => {
        wards.push(created);
        return {
          createJurisdiction: {
            __typename: "CreateJurisdictionPayload",
            jurisdiction: created,
            administrator: { id: "VXNlcjo5OQ==", username: "admin" },
          },
        };
      }),
    );
    renderConsole("/jurisdictions/create", client, "CITY");
    await screen.findByLabelText(/^Mã đơn vị hành chính/);
    fillNewWard();
    type(/^Tên \*$/, "Xã Thử Nghiệm");
    fireEvent.mouseDown(screen.getByRole("combobox", { name: /^Cấp/ }));
    const levels = await screen.findAllByRole("option");
    expect(levels.map((option) => option.textContent)).toEqual(["Phường", "Xã", "Đặc khu"]);
    fireEvent.click(screen.getByRole("option", { name: "Xã" }));
    fireEvent.click(screen.getByRole("button", { name: "Lưu" }));
    expect(
      await screen.findByText("Đã thêm Xã Thử Nghiệm. Quản trị đăng nhập bằng admin@99901 (hoặc admin)."),
    ).toBeTruthy();
    // Back on the list, where the new commune shows with its accounts opened.
    expect(await screen.findByRole("cell", { name: "Xã Thử Nghiệm" })).toBeTruthy();
  });

  it("says in Vietnamese what is missing and what an official code looks like, and sends nothing", async () => {
    const sent = vi.fn();
    renderConsole(
      "/jurisdictions/create",
      stubClient(wardsAnswer([]), answer(CreateJurisdictionDocument, sent)),
      "CITY",
    );
    await screen.findByLabelText(/^Mã đơn vị hành chính/);
    type(/^Mã đơn vị hành chính/, "123");
    fireEvent.click(screen.getByRole("button", { name: "Lưu" }));
    expect(await screen.findByText("Mã đơn vị hành chính gồm đúng 5 chữ số (ví dụ 10537).")).toBeTruthy();
    expect(textUnder(/^Tên \*$/)).toBe("Nhập tên phường, xã.");
    expect(textUnder(/^Tên đăng nhập của quản trị/)).toBe("Nhập tên đăng nhập.");
    expect(textUnder(/^Mật khẩu ban đầu/)).toBe("Nhập mật khẩu ban đầu.");
    expect(sent).not.toHaveBeenCalled();
  });
});

describe("who is offered the wards", () => {
  it("shows a city's administrator the menu entry and the list", async () => {
    renderConsole("/jurisdictions", stubClient(wardsAnswer([tanHung])), "CITY");
    expect(await screen.findByText("Phường Tân Hưng")).toBeTruthy();
    expect(screen.getByRole("menuitem", { name: /Phường, xã/ })).toBeTruthy();
  });

  it("shows a ward's administrator neither the menu entry nor the list", async () => {
    const client = stubClient(wardsAnswer([tanHung]));
    renderConsole("/jurisdictions", client, "WARD");
    expect(await screen.findByText("Không có quyền truy cập")).toBeTruthy();
    expect(screen.queryByRole("menuitem", { name: /Phường, xã/ })).toBeNull();
    expect(screen.queryByText("Phường Tân Hưng")).toBeNull();
  });
});
