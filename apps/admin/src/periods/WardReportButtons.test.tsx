// The compiled report's download links on a period: for a month, to those who read the ward's
// reports; never for a quarter, never to someone who may not list reports.
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import { AdminContext, type AuthProvider, RecordContextProvider } from "react-admin";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ReportingPeriodRecord } from "../dataProvider/reportingPeriods.ts";
import { createI18nProvider } from "../i18n/index.ts";
import { WardReportButtons } from "./WardReportButtons.tsx";

afterEach(cleanup);

const november = { id: "UmVwb3J0aW5nUGVyaW9kOjEx", kind: "MONTH", label: "Tháng 11/2026" } as ReportingPeriodRecord;

function renderWith(period: ReportingPeriodRecord, readsReports: boolean) {
  const canAccess = vi.fn(async ({ resource, action }: { resource: string; action: string }) =>
    resource === "progressReports" && action === "list" ? readsReports : false,
  );
  const authProvider: AuthProvider = {
    login: async () => undefined,
    logout: async () => undefined,
    checkAuth: async () => undefined,
    checkError: async () => undefined,
    canAccess,
  };
  render(
    <AdminContext authProvider={authProvider} i18nProvider={createI18nProvider()}>
      <RecordContextProvider value={period}>
        <WardReportButtons />
      </RecordContextProvider>
    </AdminContext>,
  );
  return canAccess;
}

describe("WardReportButtons", () => {
  it("links a month's compiled report as Word, PDF and Excel", async () => {
    renderWith(november, true);
    const word = await screen.findByRole("link", { name: "Báo cáo tháng (Word)" });
    expect(word.getAttribute("href")).toBe("/bao-cao/thang/UmVwb3J0aW5nUGVyaW9kOjEx.docx");
    expect(screen.getByRole("link", { name: "Báo cáo tháng (PDF)" }).getAttribute("href")).toBe(
      "/bao-cao/thang/UmVwb3J0aW5nUGVyaW9kOjEx.pdf",
    );
    expect(screen.getByRole("link", { name: "Bảng chỉ tiêu (Excel)" }).getAttribute("href")).toBe(
      "/bao-cao/thang/UmVwb3J0aW5nUGVyaW9kOjEx.xlsx",
    );
  });

  it("offers nothing to someone who does not read the reports, nor for a quarter", async () => {
    const asked = renderWith(november, false);
    await waitFor(() => expect(asked).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole("link")).toBeNull();
    cleanup();
    renderWith({ ...november, kind: "QUARTER" } as ReportingPeriodRecord, true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole("link")).toBeNull();
  });
});
