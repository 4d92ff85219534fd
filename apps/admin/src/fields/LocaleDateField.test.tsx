// A date reads day first in both languages; a missing one shows the page's "—" where asked, like its neighbours.
import { cleanup, render, screen } from "@testing-library/react";
import { AdminContext, RecordContextProvider } from "react-admin";
import { afterEach, describe, expect, it } from "vitest";
import { createI18nProvider, type Locale } from "../i18n/index.ts";
import { LocaleDateField } from "./LocaleDateField.tsx";

async function renderField(locale: Locale, record: Record<string, unknown>, emptyText?: string) {
  const i18nProvider = createI18nProvider();
  await i18nProvider.changeLocale(locale);
  const { container } = render(
    <AdminContext i18nProvider={i18nProvider}>
      <RecordContextProvider value={{ id: "p", ...record }}>
        <LocaleDateField source="issuedOn" {...(emptyText ? { emptyText } : {})} />
      </RecordContextProvider>
    </AdminContext>,
  );
  return container;
}

describe("LocaleDateField", () => {
  afterEach(cleanup);

  for (const locale of ["vi", "en"] as const) {
    it(`shows 7 January 2026 as 07/01/2026 in the ${locale} console`, async () => {
      await renderField(locale, { issuedOn: "2026-01-07" });
      expect(await screen.findByText("07/01/2026")).toBeTruthy();
    });
  }

  it("shows the empty text for a missing date, and nothing when none is given", async () => {
    await renderField("vi", { issuedOn: null }, "—");
    expect(await screen.findByText("—")).toBeTruthy();
    cleanup();
    const container = await renderField("vi", { issuedOn: null });
    expect(container.textContent).toBe("");
  });
});
