// The organisation lists export what the user reads: translated column labels and values, a file
// named after the list, UTF-8 with a BOM so Excel shows the Vietnamese letters — never an ID.
import { renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { downloadCSV, type Exporter, I18nContextProvider } from "react-admin";
import { describe, expect, it, vi } from "vitest";
import { createI18nProvider } from "../i18n/index.ts";
import { useReadableExporter } from "./readableExporter.ts";

vi.mock("react-admin", async (importOriginal) => ({
  ...(await importOriginal<typeof import("react-admin")>()),
  downloadCSV: vi.fn(),
}));

interface Unit {
  id: string;
  code: string;
  name: string;
}

describe("useReadableExporter", () => {
  it("writes the labelled columns in Vietnamese with a BOM, named after the resource", async () => {
    const i18n = createI18nProvider();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <I18nContextProvider value={i18n}>{children}</I18nContextProvider>
    );
    const { result } = renderHook(
      () =>
        useReadableExporter<Unit>([
          ["resources.units.fields.code", (unit) => unit.code],
          ["resources.units.fields.name", (unit) => unit.name],
        ]),
      { wrapper },
    );
    const exporter: Exporter = result.current;
    await exporter(
      [{ id: "VW5pdDox", code: "KT", name: "Phòng Kinh tế, Hạ tầng và Đô thị" }],
      vi.fn(),
      {} as never,
      "units",
    );
    const [csv, filename] = vi.mocked(downloadCSV).mock.calls[0] ?? [];
    expect(String(csv).startsWith("\uFEFF")).toBe(true);
    expect(String(csv).slice(1).split("\r\n")).toEqual(["Mã,Tên đơn vị", 'KT,"Phòng Kinh tế, Hạ tầng và Đô thị"']);
    expect(filename).toBe("Đơn vị");
    expect(csv).not.toContain("VW5pdDox");
  });
});
