// @vitest-environment node
// The report workflow through the data provider against the real API: a unit drafts, its head
// submits, the office returns, the unit fixes and resubmits, a leader approves; drafts stay
// private to their unit, stale versions conflict, and a closed period takes no more reports.
import { MeDocument } from "@kehoach/schema";
import type { HttpError } from "react-admin";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AssignedItems, ReportRecord, WholeReportRecord } from "../src/dataProvider/progressReports.ts";
import type { ReportingPeriodRecord, ReportingPeriodWrite } from "../src/dataProvider/reportingPeriods.ts";
import { type RealApi, startRealApi } from "./support/api.ts";

const ALL = { pagination: { page: 1, perPage: 100 }, sort: { field: "startsOn", order: "ASC" as const } };

describe("data provider on the real API: progress reports and reporting periods", () => {
  let api: RealApi;
  let period: ReportingPeriodRecord;
  let ktUnitId: string;
  let assigned: AssignedItems;
  let ktReport: WholeReportRecord;

  const unitIdOf = async (username: string) => {
    const client = await api.clientAs(username);
    const me = await client.query(MeDocument, {}).toPromise();
    return me.data?.me?.unit?.id as string;
  };
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error("expected a refusal");
      },
      (error: HttpError) => error,
    );

  beforeAll(async () => {
    api = await startRealApi();
    // The current period: the open one containing today, else the month of today opened by the office.
    const office = await api.dataProviderAs("vanphong");
    const periods = (await office.getList<ReportingPeriodRecord>("reportingPeriods", { ...ALL, filter: {} })).data;
    const today = new Date().toISOString().slice(0, 10);
    const months = periods.filter((p) => p.kind === "MONTH");
    const current =
      months.find((p) => p.startsOn <= today && today <= p.endsOn) ?? (months.at(-1) as ReportingPeriodRecord);
    period =
      current.status === "OPEN"
        ? current
        : (
            await office.update<ReportingPeriodRecord>("reportingPeriods", {
              id: current.id,
              data: { status: "OPEN" },
              previousData: current,
            })
          ).data;
    ktUnitId = await unitIdOf("kt.canbo");
  }, 180_000);
  afterAll(async () => {
    await api?.close();
  });

  it("lets kt.canbo save a draft of the lines assigned to the unit", async () => {
    expect(period.status).toBe("OPEN");
    const staff = await api.dataProviderAs("kt.canbo");
    const list = await staff.getList<ReportRecord>("progressReports", {
      ...ALL,
      filter: { periodId: period.id, unitId: ktUnitId },
      meta: { assignedItemsOfPlan: period.plan.id },
    });
    assigned = list.meta.assignedItems;
    expect(assigned.tasks.length).toBeGreaterThan(0);
    expect(assigned.indicators.length).toBeGreaterThan(0);
    // A task of the economy area, so that pct.kinhte (LEADER of ECONOMY) may review the report.
    const task = assigned.tasks.find((t) => t.area.code === "ECONOMY") as AssignedItems["tasks"][number];
    const indicator = assigned.indicators[0] as AssignedItems["indicators"][number];

    const saved = await staff.create<WholeReportRecord>("progressReports", {
      data: {
        periodId: period.id,
        unitId: ktUnitId,
        summary: "Tháng này đơn vị triển khai đúng kế hoạch.",
        taskLines: [{ taskId: task.id, status: "IN_PROGRESS", percentDone: "40", results: "Đã khảo sát" }],
        indicatorLines: [{ indicatorId: indicator.id, valueToDate: "84,9", yearEndEstimate: "100" }],
      },
    });
    ktReport = saved.data;
    expect(ktReport.status).toBe("DRAFT");
    expect(ktReport.taskLines?.[0]?.percentDone).toBe("40");
    expect(ktReport.indicatorLines?.[0]?.valueToDate).toBe("84.9");
  });

  it("lets kt.truongphong submit and vanphong return it with a reason", async () => {
    const staff = await api.dataProviderAs("kt.canbo");
    const refused = await refusal(
      staff.update("progressReports", { id: ktReport.id, data: { status: "SUBMITTED" }, previousData: ktReport }),
    );
    expect(refused.status).toBe(403);

    const head = await api.dataProviderAs("kt.truongphong");
    const submitted = await head.update<WholeReportRecord>("progressReports", {
      id: ktReport.id,
      data: { status: "SUBMITTED" },
      previousData: ktReport,
    });
    expect(submitted.data.status).toBe("SUBMITTED");

    const office = await api.dataProviderAs("vanphong");
    const queue = await office.getList<ReportRecord>("progressReports", {
      ...ALL,
      filter: { status: "SUBMITTED" },
    });
    expect(queue.data.map((r) => r.id)).toContain(ktReport.id);
    const returned = await office.update<WholeReportRecord>("progressReports", {
      id: ktReport.id,
      data: { status: "RETURNED", returnReason: "Bổ sung số liệu chỉ tiêu và kết quả cụ thể." },
      previousData: submitted.data,
    });
    expect(returned.data.status).toBe("RETURNED");
    ktReport = returned.data;
  });

  it("shows kt.truongphong the reason, lets the unit fix and resubmit, and pct.kinhte approve", async () => {
    const head = await api.dataProviderAs("kt.truongphong");
    const read = (await head.getOne<WholeReportRecord>("progressReports", { id: ktReport.id })).data;
    expect(read.returnReason).toBe("Bổ sung số liệu chỉ tiêu và kết quả cụ thể.");

    const task = assigned.tasks.find((t) => t.area.code === "ECONOMY") as AssignedItems["tasks"][number];
    const fixed = await head.update<WholeReportRecord>("progressReports", {
      id: read.id,
      data: {
        summary: "Đã bổ sung số liệu.",
        taskLines: [{ taskId: task.id, status: "IN_PROGRESS", percentDone: 55, results: "Đã khảo sát 3 khu phố" }],
        indicatorLines: [],
      },
      previousData: read,
    });
    expect(fixed.data.taskLines?.[0]?.results).toBe("Đã khảo sát 3 khu phố");
    const resubmitted = await head.update<WholeReportRecord>("progressReports", {
      id: read.id,
      data: { status: "SUBMITTED" },
      previousData: fixed.data,
    });
    expect(resubmitted.data.status).toBe("SUBMITTED");

    const leader = await api.dataProviderAs("pct.kinhte");
    const approved = await leader.update<WholeReportRecord>("progressReports", {
      id: read.id,
      data: { status: "APPROVED" },
      previousData: resubmitted.data,
    });
    expect(approved.data.status).toBe("APPROVED");
    expect(approved.data.reviewedBy?.displayName).toBeTruthy();
    ktReport = approved.data;
  });

  it("keeps vhxh's draft out of kt.canbo's list and refuses a stale version", async () => {
    const vhxh = await api.dataProviderAs("vhxh.canbo");
    const vhxhUnitId = await unitIdOf("vhxh.canbo");
    const draft = (
      await vhxh.create<WholeReportRecord>("progressReports", {
        data: { periodId: period.id, unitId: vhxhUnitId, summary: "Nháp", taskLines: [], indicatorLines: [] },
      })
    ).data;

    const kt = await api.dataProviderAs("kt.canbo");
    const seen = await kt.getList<ReportRecord>("progressReports", { ...ALL, filter: { periodId: period.id } });
    expect(seen.data.map((r) => r.unit.id)).toEqual([ktUnitId]);

    await vhxh.update("progressReports", {
      id: draft.id,
      data: { summary: "Bản sửa thứ nhất", taskLines: [], indicatorLines: [] },
      previousData: draft,
    });
    const stale = await refusal(
      vhxh.update("progressReports", {
        id: draft.id,
        data: { summary: "Bản sửa từ trang cũ", taskLines: [], indicatorLines: [] },
        previousData: draft,
      }),
    );
    expect(stale.message).toBe("app.error.conflict");
    const kept = (await vhxh.getOne<WholeReportRecord>("progressReports", { id: draft.id })).data;
    expect(kept.summary).toBe("Bản sửa thứ nhất");
  });

  it("lets only the office close the period, after which submissions are refused as closed", async () => {
    const staff = await api.dataProviderAs("kt.canbo");
    const office = await api.dataProviderAs("vanphong");
    const current = (await office.getOne<ReportingPeriodRecord>("reportingPeriods", { id: period.id })).data;
    const refused = await refusal(
      staff.update("reportingPeriods", { id: period.id, data: { status: "CLOSED" }, previousData: current }),
    );
    expect(refused.status).toBe(403);

    const closed = await office.update<ReportingPeriodRecord>("reportingPeriods", {
      id: period.id,
      data: { status: "CLOSED" },
      previousData: current,
    });
    expect(closed.data.status).toBe("CLOSED");

    const vhxh = await api.dataProviderAs("vhxh.canbo");
    const vhxhUnitId = await unitIdOf("vhxh.canbo");
    const [draft] = (await vhxh.getList<ReportRecord>("progressReports", { ...ALL, filter: { periodId: period.id } }))
      .data;
    const late = await refusal(
      vhxh.update("progressReports", {
        id: String(draft?.id),
        data: { unitId: vhxhUnitId, summary: "Gửi muộn", taskLines: [], indicatorLines: [] },
        previousData: draft as ReportRecord,
      }),
    );
    expect(late.message).toMatch(/khóa sổ/);
    expect(late.body?.code).toBe("PERIOD_CLOSED");
    const head = await api.dataProviderAs("kt.truongphong");
    const submission = await refusal(
      head.update("progressReports", { id: ktReport.id, data: { status: "SUBMITTED" }, previousData: ktReport }),
    );
    expect(submission.message).toMatch(/khóa sổ/);
  });

  it("lets a leader make the month's compiled report final once, and the office publish it; others are refused", async () => {
    const leader = await api.dataProviderAs("chutich");
    const current = (await leader.getOne<ReportingPeriodRecord>("reportingPeriods", { id: period.id })).data;
    expect(current.wardReportFinalizedAt).toBeNull();
    const finalize = (as: Awaited<ReturnType<RealApi["dataProviderAs"]>>) =>
      as.update<ReportingPeriodWrite>("reportingPeriods", {
        id: period.id,
        data: { wardReportFinal: true },
        previousData: current,
      });
    expect((await refusal(finalize(await api.dataProviderAs("kt.canbo")))).status).toBe(403);
    const final = await finalize(leader);
    expect(final.data.wardReportFinalizedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    // A retried click answers as the first did; someone else is told it is already final.
    expect((await finalize(leader)).data.wardReportFinalizedAt).toBe(final.data.wardReportFinalizedAt);
    const again = await refusal(finalize(await api.dataProviderAs("vanphong")));
    expect(again.message).toMatch(/đã chốt/);

    const publish = (as: Awaited<ReturnType<RealApi["dataProviderAs"]>>) =>
      as.update<ReportingPeriodWrite>("reportingPeriods", {
        id: period.id,
        data: { wardReportPublished: true },
        previousData: final.data,
      });
    expect((await refusal(publish(leader))).status).toBe(403);
    const published = await publish(await api.dataProviderAs("vanphong"));
    expect(published.data.wardReportPublishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});
