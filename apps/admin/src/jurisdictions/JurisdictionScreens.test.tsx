// The wards of a city over a mocked data provider: each with its code, level and whether its
// accounts are opened; adding one sends the API's input and shows the API's complaint under its field.
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { AdminContext, type DataProvider, HttpError, ResourceContextProvider } from "react-admin";
import { MemoryRouter } from "react-router-dom";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { JurisdictionRecord } from "../dataProvider/jurisdictions.ts";
import { createI18nProvider } from "../i18n/index.ts";
import JurisdictionCreate from "./JurisdictionCreate.tsx";
import JurisdictionList from "./JurisdictionList.tsx";

afterEach(cleanup);

const wards: JurisdictionRecord[] = [
  { id: "j1", code: "10537", name: "Phường Tân Hưng", kindValue: "WARD", administratorCount: 1, opened: true },
  { id: "j2", code: "11560", name: "Phường Thủy Nguyên", kindValue: "WARD", administratorCount: 0, opened: false },
];

function renderScreen(children: React.ReactNode, dataProvider: Partial<DataProvider>) {
  render(
    <MemoryRouter>
      <AdminContext dataProvider={dataProvider as DataProvider} i18nProvider={createI18nProvider()}>
        <ResourceContextProvider value="jurisdictions">{children}</ResourceContextProvider>
      </AdminContext>
    </MemoryRouter>,
  );
}

describe("the wards of a city", () => {
  it("lists each ward with its code, level and whether its accounts are opened", async () => {
    const getList = vi.fn(async () => ({ data: wards, total: 2 }));
    renderScreen(<JurisdictionList />, { getList } as unknown as Partial<DataProvider>);
    expect(await screen.findByText("Phường Tân Hưng", {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText("11560")).toBeTruthy();
    expect(screen.getByText("Đã mở tài khoản (1 quản trị)")).toBeTruthy();
    expect(screen.getByText("Chưa mở tài khoản")).toBeTruthy();
    expect(screen.getAllByText("Phường").length).toBeGreaterThan(0);
  });

  it("sends a new ward with its first administrator, and shows the API's complaint under the field", async () => {
    const create = vi.fn(async () => {
      throw new HttpError("Dữ liệu chưa hợp lệ", 400, {
        errors: { code: "Mã 11560 là Phường Thủy Nguyên theo danh mục: sửa tên hoặc mã cho khớp." },
      });
    });
    renderScreen(<JurisdictionCreate />, { create });
    const type = (label: RegExp, value: string) =>
      fireEvent.change(screen.getByLabelText(label), { target: { value } });
    type(/^Mã đơn vị hành chính/, "11560");
    type(/^Tên \*?$/, "Phường Khác");
    type(/^Tên đăng nhập của quản trị/, "quantri");
    type(/^Họ tên quản trị/, "Nguyễn Văn A");
    type(/^Mật khẩu ban đầu/, "Mat-khau-ban-dau-2026");
    fireEvent.click(screen.getByRole("button", { name: "Lưu" }));
    await waitFor(() => expect(create).toHaveBeenCalled());
    expect(create.mock.calls[0]).toMatchObject([
      "jurisdictions",
      {
        data: {
          code: "11560",
          name: "Phường Khác",
          kind: "WARD",
          administrator: { username: "quantri", displayName: "Nguyễn Văn A", password: "Mat-khau-ban-dau-2026" },
        },
      },
    ]);
    expect(
      await screen.findByText("Mã 11560 là Phường Thủy Nguyên theo danh mục: sửa tên hoặc mã cho khớp."),
    ).toBeTruthy();
  });

  it("says in Vietnamese what an official code looks like, and sends nothing", async () => {
    const create = vi.fn();
    renderScreen(<JurisdictionCreate />, { create });
    fireEvent.change(screen.getByLabelText(/^Mã đơn vị hành chính/), { target: { value: "123" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu" }));
    expect(await screen.findByText("Mã đơn vị hành chính gồm đúng 5 chữ số (ví dụ 10537).")).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
  });
});
