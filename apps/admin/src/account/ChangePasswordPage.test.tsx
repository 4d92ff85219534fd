// Changing one's own password in the console (the API stubbed): reached from the user menu, the
// form refuses in Vietnamese what the password rule refuses and sends nothing, shows the API's
// "wrong current password" under its field, and on success says so and leaves the page.
import { ChangeOwnPasswordDocument } from "@kehoach/schema";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { DocumentNode } from "graphql";
import { Admin, type AuthProvider, CustomRoutes } from "react-admin";
import { MemoryRouter, Route } from "react-router-dom";
import { describe, expect, it, vi } from "vitest";
import { createDataProvider, type GraphqlClient } from "../dataProvider/index.ts";
import { createI18nProvider } from "../i18n/index.ts";
import { Layout } from "../layout/Layout.tsx";
import { ChangePasswordPage } from "./ChangePasswordPage.tsx";
import { CHANGE_PASSWORD_PATH } from "./index.tsx";

const authProvider: AuthProvider = {
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getPermissions: async () => ({ roles: ["UNIT_STAFF"], userId: "VXNlcjox" }),
  getIdentity: async () => ({ id: "VXNlcjox", fullName: "Trần Văn Cán Bộ" }),
};

function stubClient(answers: Record<string, unknown>[]) {
  const mutation = vi.fn((document: DocumentNode, variables: Record<string, unknown>) => ({
    toPromise: async () => {
      if (document !== ChangeOwnPasswordDocument) throw new Error("unexpected document");
      return { data: { changeOwnPassword: answers.shift() }, variables };
    },
  }));
  return { client: { query: vi.fn(), mutation } as unknown as GraphqlClient, mutation };
}

function Home() {
  return <p>Trang chủ</p>;
}

function renderConsole(client: GraphqlClient, path = "/") {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Admin
        dataProvider={createDataProvider(client)}
        authProvider={authProvider}
        i18nProvider={createI18nProvider()}
        layout={Layout}
        dashboard={Home}
      >
        <CustomRoutes>
          <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage client={client} />} />
        </CustomRoutes>
      </Admin>
    </MemoryRouter>,
  );
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const send = () => fireEvent.click(screen.getByRole("button", { name: "Đổi mật khẩu" }));

describe("ChangePasswordPage", () => {
  it("is reached from the user menu", async () => {
    renderConsole(stubClient([]).client);
    fireEvent.click(await screen.findByRole("button", { name: "Tài khoản" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Đổi mật khẩu" }));
    expect(await screen.findByLabelText("Mật khẩu hiện tại *")).toBeTruthy();
  });

  it("refuses a short, repeated or mistyped new password in Vietnamese and sends nothing", async () => {
    const { client, mutation } = stubClient([]);
    renderConsole(client, CHANGE_PASSWORD_PATH);
    await screen.findByLabelText("Mật khẩu hiện tại *");
    send();
    expect(await screen.findByText("Nhập mật khẩu hiện tại.")).toBeTruthy();
    type("Mật khẩu hiện tại *", "mat-khau-cu-2026");
    type("Mật khẩu mới *", "ngan");
    type("Nhập lại mật khẩu mới *", "ngan");
    send();
    expect(await screen.findByText("Mật khẩu mới tối thiểu 10 ký tự.")).toBeTruthy();
    type("Mật khẩu mới *", "mat-khau-cu-2026");
    send();
    expect(await screen.findByText("Mật khẩu mới phải khác mật khẩu hiện tại.")).toBeTruthy();
    type("Mật khẩu mới *", "mat-khau-moi-2026");
    type("Nhập lại mật khẩu mới *", "mat-khau-moi-2027");
    send();
    expect(await screen.findByText("Mật khẩu nhập lại không khớp với mật khẩu mới.")).toBeTruthy();
    expect(mutation).not.toHaveBeenCalled();
  });

  it("shows a wrong current password under its field, then changes the password and goes home", async () => {
    const { client, mutation } = stubClient([
      { __typename: "WrongCurrentPassword", code: "WRONG_CURRENT_PASSWORD", message: "Mật khẩu hiện tại không đúng." },
      { __typename: "ChangeOwnPasswordPayload", otherSessionsEnded: 2 },
    ]);
    renderConsole(client, CHANGE_PASSWORD_PATH);
    await screen.findByLabelText("Mật khẩu hiện tại *");
    type("Mật khẩu hiện tại *", "mat-khau-sai-2026");
    type("Mật khẩu mới *", "mat-khau-moi-2026");
    type("Nhập lại mật khẩu mới *", "mat-khau-moi-2026");
    send();
    expect(await screen.findByText("Mật khẩu hiện tại không đúng: nhập lại mật khẩu đang dùng.")).toBeTruthy();
    expect(mutation).toHaveBeenLastCalledWith(ChangeOwnPasswordDocument, {
      input: { currentPassword: "mat-khau-sai-2026", newPassword: "mat-khau-moi-2026" },
    });

    type("Mật khẩu hiện tại *", "mat-khau-cu-2026");
    send();
    expect(await screen.findByText("Đã đổi mật khẩu. 2 phiên đăng nhập khác đã kết thúc.")).toBeTruthy();
    expect(await screen.findByText("Trang chủ")).toBeTruthy();
    await waitFor(() => expect(mutation).toHaveBeenCalledTimes(2));
  });
});
