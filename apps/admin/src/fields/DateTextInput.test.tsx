// The date input reads and shows dd/mm/yyyy in both languages of the console, whatever the browser's.
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { AdminContext, Form } from "react-admin";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createI18nProvider, type Locale } from "../i18n/index.ts";
import { DateTextInput } from "./DateTextInput.tsx";

async function renderForm(locale: Locale, record: Record<string, unknown> = {}) {
  const i18nProvider = createI18nProvider();
  await i18nProvider.changeLocale(locale);
  const onSubmit = vi.fn();
  render(
    <AdminContext i18nProvider={i18nProvider}>
      <Form record={record} onSubmit={onSubmit}>
        <DateTextInput source="deadline" label="deadline" />
        <button type="submit">submit</button>
      </Form>
    </AdminContext>,
  );
  return { onSubmit, input: (await screen.findByLabelText("deadline")) as HTMLInputElement };
}

describe("DateTextInput", () => {
  afterEach(cleanup);

  for (const locale of ["vi", "en"] as const) {
    it(`reads 07/01/2026 as 7 January 2026 in the ${locale} console`, async () => {
      const { onSubmit, input } = await renderForm(locale);
      fireEvent.change(input, { target: { value: "07/01/2026" } });
      expect(input.value).toBe("07/01/2026");
      fireEvent.click(screen.getByRole("button", { name: "submit" }));
      await waitFor(() => expect(onSubmit).toHaveBeenCalled());
      expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ deadline: "2026-01-07" });
    });

    it(`shows a saved date day first in the ${locale} console`, async () => {
      const { input } = await renderForm(locale, { deadline: "2026-12-31" });
      expect(input.value).toBe("31/12/2026");
    });
  }

  it("refuses text that is not a day-first date, in Vietnamese, and submits nothing", async () => {
    const { onSubmit, input } = await renderForm("vi");
    fireEvent.change(input, { target: { value: "31/02/2026" } });
    fireEvent.click(screen.getByRole("button", { name: "submit" }));
    expect(await screen.findByText("Nhập ngày theo dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 07/01/2026.")).toBeTruthy();
    expect(input.value).toBe("31/02/2026");
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("leaves an emptied date empty", async () => {
    const { onSubmit, input } = await renderForm("en", { deadline: "2026-12-31" });
    fireEvent.change(input, { target: { value: "" } });
    fireEvent.click(screen.getByRole("button", { name: "submit" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ deadline: null });
  });
});
