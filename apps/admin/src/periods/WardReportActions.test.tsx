// Finalizing and publishing a month's compiled report from its period: a leader finalizes, the office
// publishes, each after confirming (nothing is sent before); unit staff, a quarter, a report already
// final or already published, and a leader for publishing get no button.
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { AdminContext, type DataProvider, Notification, RecordContextProvider } from "react-admin";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type Role, signedInAs } from "../../test/support/signedInAs.ts";
import type { ReportingPeriodRecord } from "../dataProvider/reportingPeriods.ts";
import { createI18nProvider } from "../i18n/index.ts";
import { FinalizeWardReportButton } from "./FinalizeWardReportButton.tsx";
import { PublishWardReportButton } from "./PublishWardReportButton.tsx";

afterEach(cleanup);

const november = {
  id: "UmVwb3J0aW5nUGVyaW9kOjEx",
  kind: "MONTH",
  label: "Tháng 11/2026",
  version: 3,
  wardReportFinalizedAt: null,
  wardReportPublishedAt: null,
} as ReportingPeriodRecord;
const finalNovember = { ...november, wardReportFinalizedAt: "2026-12-05T03:00:00.000Z" };

function renderAs(role: Role, period: ReportingPeriodRecord, update = vi.fn()) {
  const authProvider = signedInAs(role);
  const getPermissions = vi.spyOn(authProvider, "getPermissions");
  render(
    <AdminContext
      dataProvider={{ update } as unknown as DataProvider}
      authProvider={authProvider}
      i18nProvider={createI18nProvider()}
    >
      <RecordContextProvider value={period}>
        <FinalizeWardReportButton />
        <PublishWardReportButton />
      </RecordContextProvider>
      <Notification />
    </AdminContext>,
  );
  return getPermissions;
}

describe("FinalizeWardReportButton and PublishWardReportButton", () => {
  it("lets a leader finalize the month's report after confirming", async () => {
    const update = vi.fn(async () => ({ data: { ...november, wardReportFinalizedAt: "2026-12-05T03:00:00.000Z" } }));
    renderAs("LEADER", november, update);
    fireEvent.click(await screen.findByRole("button", { name: "Chốt báo cáo tổng hợp" }));
    expect(await screen.findByText("Chốt báo cáo tổng hợp Tháng 11/2026?")).toBeTruthy();
    expect(update).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Xác nhận" }));
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    expect(update).toHaveBeenCalledWith("reportingPeriods", {
      id: november.id,
      data: { wardReportFinal: true },
      previousData: november,
    });
    expect(await screen.findByText("Đã chốt báo cáo tổng hợp tháng")).toBeTruthy();
  });

  it("lets the office publish a final report after confirming", async () => {
    const update = vi.fn(async () => ({
      data: { ...finalNovember, wardReportPublishedAt: "2026-12-06T03:00:00.000Z" },
    }));
    renderAs("OFFICE", finalNovember, update);
    expect(screen.queryByRole("button", { name: "Chốt báo cáo tổng hợp" })).toBeNull();
    fireEvent.click(await screen.findByRole("button", { name: "Công bố cho người dân" }));
    expect(await screen.findByText("Công bố báo cáo Tháng 11/2026 cho người dân?")).toBeTruthy();
    expect(update).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Xác nhận" }));
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    expect(update).toHaveBeenCalledWith("reportingPeriods", {
      id: finalNovember.id,
      data: { wardReportPublished: true },
      previousData: finalNovember,
    });
    expect(await screen.findByText("Đã công bố báo cáo trên trang công khai")).toBeTruthy();
  });

  it("offers nothing to unit staff, for a quarter, nor finalizing twice; publishing only to the office, once", async () => {
    const cases: [Role, ReportingPeriodRecord][] = [
      ["UNIT_STAFF", november],
      ["OFFICE", { ...november, kind: "QUARTER" } as ReportingPeriodRecord],
      ["LEADER", finalNovember],
      ["OFFICE", { ...finalNovember, wardReportPublishedAt: "2026-12-06T03:00:00.000Z" }],
    ];
    for (const [role, period] of cases) {
      const asked = renderAs(role, period);
      await waitFor(() => expect(asked).toHaveBeenCalled());
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(screen.queryByRole("button")).toBeNull();
      cleanup();
    }
  });
});
