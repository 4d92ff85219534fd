// The new-user form: what it refuses before anything is sent to the API, in Vietnamese.
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { AdminContext, type DataProvider, ResourceContextProvider } from "react-admin";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createI18nProvider } from "../i18n/index.ts";
import UserCreate from "./UserCreate.tsx";

function dataProviderWith(create: DataProvider["create"]): DataProvider {
  const empty = async () => ({ data: [], total: 0 });
  return {
    getList: empty,
    getMany: async () => ({ data: [] }),
    getManyReference: empty,
    getOne: async () => ({ data: { id: "" } }),
    create,
    update: vi.fn(),
    updateMany: vi.fn(),
    delete: vi.fn(),
    deleteMany: vi.fn(),
  } as DataProvider;
}

describe("UserCreate", () => {
  afterEach(cleanup);

  it("refuses a missing username, a short password and no role, and sends nothing", async () => {
    const create = vi.fn();
    render(
      <AdminContext dataProvider={dataProviderWith(create)} i18nProvider={createI18nProvider()}>
        <ResourceContextProvider value="users">
          <UserCreate />
        </ResourceContextProvider>
      </AdminContext>,
    );
    fireEvent.change(await screen.findByLabelText(/Họ tên/), { target: { value: "Nguyễn Văn A" } });
    fireEvent.change(screen.getByLabelText(/Mật khẩu ban đầu/), { target: { value: "ngan" } });
    fireEvent.click(screen.getByRole("button", { name: /Lưu/ }));
    expect(await screen.findByText("Nhập tên đăng nhập.")).toBeTruthy();
    expect(screen.getByText("Mật khẩu tối thiểu 10 ký tự.")).toBeTruthy();
    expect(screen.getByText("Chọn ít nhất một vai trò.")).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
  });

  it("asks for the work unit of a unit's staff", async () => {
    const create = vi.fn();
    render(
      <AdminContext dataProvider={dataProviderWith(create)} i18nProvider={createI18nProvider()}>
        <ResourceContextProvider value="users">
          <UserCreate />
        </ResourceContextProvider>
      </AdminContext>,
    );
    fireEvent.change(await screen.findByLabelText(/Tên đăng nhập/), { target: { value: "kt.moi" } });
    fireEvent.change(screen.getByLabelText(/Họ tên/), { target: { value: "Nguyễn Văn A" } });
    fireEvent.change(screen.getByLabelText(/Mật khẩu ban đầu/), { target: { value: "mat-khau-du-dai" } });
    fireEvent.click(screen.getByLabelText("Cán bộ đơn vị"));
    fireEvent.click(screen.getByRole("button", { name: /Lưu/ }));
    expect(await screen.findByText("Vai trò cán bộ, trưởng đơn vị cần chọn đơn vị công tác.")).toBeTruthy();
    expect(create).not.toHaveBeenCalled();
  });
});
