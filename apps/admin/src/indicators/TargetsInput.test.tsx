// The targets of an indicator as the office edits them: the phasing over the year is offered only
// where the domain's rule allows one, and the choice is saved with the target.
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { AdminContext, ResourceContextProvider, SimpleForm } from "react-admin";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createI18nProvider } from "../i18n/index.ts";
import { TargetsInput } from "./TargetsInput.tsx";

function renderForm(targets: Record<string, unknown>[], onSubmit = vi.fn()) {
  render(
    <AdminContext i18nProvider={createI18nProvider()}>
      <ResourceContextProvider value="indicators">
        <SimpleForm record={{ id: "i5", targets }} onSubmit={onSubmit}>
          <TargetsInput />
        </SimpleForm>
      </ResourceContextProvider>
    </AdminContext>,
  );
  return onSubmit;
}

describe("TargetsInput: phasing", () => {
  afterEach(cleanup);

  it("offers a phasing for a count to exceed, and saves the office's choice", async () => {
    const onSubmit = renderForm([
      { kind: "QUANTITATIVE", comparator: "GT", value: 20, unit: "cơ sở", measure: "COUNT", text: "trên 20 cơ sở" },
    ]);
    const phasing = await screen.findByRole("combobox", { name: /Phân kỳ trong năm/ });
    fireEvent.mouseDown(phasing);
    const options = within(await screen.findByRole("listbox"));
    expect(options.getByText("Mặc định (số đếm theo tháng, tỷ lệ không phân kỳ)")).toBeTruthy();
    fireEvent.click(options.getByText("Theo quý (tính khi hết quý)"));
    fireEvent.click(screen.getByRole("button", { name: /Lưu/ }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]?.[0].targets[0]).toMatchObject({ phasing: "QUARTERLY", value: 20 });
  });

  it("offers none for a target to stay under or a qualitative one", async () => {
    renderForm([
      { kind: "QUANTITATIVE", comparator: "LT", value: 5, unit: "%", measure: "PERCENT", text: "dưới 5%" },
      { kind: "QUALITATIVE", qualitativeKind: "ACHIEVED", text: "đạt" },
    ]);
    await screen.findAllByRole("combobox", { name: /Hướng/ });
    expect(screen.queryByRole("combobox", { name: /Phân kỳ trong năm/ })).toBeNull();
  });
});
