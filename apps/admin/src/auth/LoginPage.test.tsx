// The sign-in page tells, under the username, how to name one's ward when another ward has the
// same username, and sends that name as typed.
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { AdminContext, type AuthProvider, TestMemoryRouter } from "react-admin";
import { describe, expect, it, vi } from "vitest";
import { createI18nProvider } from "../i18n/index.ts";
import { LoginPage } from "./LoginPage.tsx";

function renderLogin(login: AuthProvider["login"]) {
  const authProvider: AuthProvider = {
    login,
    logout: async () => undefined,
    checkAuth: async () => {
      throw new Error("app.auth.signed_out");
    },
    checkError: async () => undefined,
    getPermissions: async () => undefined,
  };
  render(
    <TestMemoryRouter initialEntries={["/login"]}>
      <AdminContext authProvider={authProvider} i18nProvider={createI18nProvider()}>
        <LoginPage />
      </AdminContext>
    </TestMemoryRouter>,
  );
}

describe("the sign-in page", () => {
  it("hints under the username how to sign in when another ward has the same one, and sends name@code", async () => {
    const login = vi.fn(async (_params: { username: string; password: string }) => undefined);
    renderLogin(login);
    const username = await screen.findByLabelText(/^Tên đăng nhập/);
    const hint = document.getElementById(username.getAttribute("aria-describedby") ?? "");
    expect(hint?.textContent).toBe(
      "Trùng tên đăng nhập với người ở phường khác? Nhập tên@mã-phường, ví dụ admin@10537.",
    );
    fireEvent.change(username, { target: { value: "admin@10537" } });
    fireEvent.change(screen.getByLabelText(/^Mật khẩu/), { target: { value: "Mat-khau-2026" } });
    fireEvent.click(screen.getByRole("button", { name: "Đăng nhập" }));
    await waitFor(() => expect(login).toHaveBeenCalled());
    expect(login.mock.calls[0]?.[0]).toEqual({ username: "admin@10537", password: "Mat-khau-2026" });
  });
});
