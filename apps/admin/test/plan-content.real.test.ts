// @vitest-environment node
// Editing the plan's content through the data provider against the real API: office staff update a
// task's status and % done, set an indicator's targets, create and archive a task; a stale version
// is a conflict and a leader is refused, and in both cases nothing changes.
import type { DataProvider, RaRecord } from "react-admin";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatTargets } from "../src/targets/formatTarget.ts";
import { type RealApi, startRealApi } from "./support/api.ts";

const list = { pagination: { page: 1, perPage: 200 }, sort: { field: "position", order: "ASC" as const } };

describe("data provider on the real API: editing plans, indicators and tasks", () => {
  let api: RealApi;
  let office: DataProvider;
  let planId: string;

  beforeAll(async () => {
    api = await startRealApi();
    office = await api.dataProviderAs("vanphong");
    const plans = await office.getList("plans", { ...list, sort: { field: "year", order: "DESC" }, filter: {} });
    planId = String(plans.data[0]?.id);
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  const firstTask = async (provider: DataProvider) => {
    const tasks = await provider.getList("tasks", { ...list, filter: { planId } });
    const listed = tasks.data.find((task) => task.status === "NOT_STARTED") ?? tasks.data[0];
    return (await provider.getOne("tasks", { id: listed?.id })).data;
  };

  it("saves a task's status and % done for office staff, and reads them back", async () => {
    const task = await firstTask(office);
    await office.update("tasks", {
      id: task.id,
      data: { ...task, status: "IN_PROGRESS", percentDone: 45.5 },
      previousData: task,
    });
    const { data: saved } = await office.getOne("tasks", { id: task.id });
    expect(saved.status).toBe("IN_PROGRESS");
    expect(Number(saved.percentDone)).toBe(45.5);
    expect(saved.version).toBe(task.version + 1);
    expect(saved.title).toBe(task.title);
  });

  it("refuses a stale version with the conflict message and changes nothing", async () => {
    // Two office users read the same task; the first one saves, the second one's copy is stale.
    const stale: RaRecord = await firstTask(office);
    await office.update("tasks", { id: stale.id, data: { status: "IN_PROGRESS" }, previousData: stale });
    const { data: current } = await office.getOne("tasks", { id: stale.id });
    await expect(
      office.update("tasks", {
        id: stale.id,
        data: { ...stale, status: "DONE", percentDone: 100 },
        previousData: stale,
      }),
    ).rejects.toMatchObject({ message: "app.error.conflict", status: 409 });
    const { data: after } = await office.getOne("tasks", { id: current.id });
    expect(after.status).toBe(current.status);
    expect(after.percentDone).toBe(current.percentDone);
    expect(after.version).toBe(current.version);
  });

  it("shows a field the API refuses under its input (% done above 100) and changes nothing", async () => {
    const { data: current } = await office.getOne("tasks", { id: (await firstTask(office)).id });
    const failure = await office
      .update("tasks", { id: current.id, data: { ...current, percentDone: 150 }, previousData: current })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ status: 400, body: { errors: { percentDone: expect.any(String) } } });
    const { data: after } = await office.getOne("tasks", { id: current.id });
    expect(after.version).toBe(current.version);
  });

  it("sets an indicator's targets and reads them back in words", async () => {
    const indicators = await office.getList("indicators", {
      ...list,
      sort: { field: "number", order: "ASC" },
      filter: { planId },
    });
    const listed = indicators.data.find((indicator) => indicator.number === 6);
    const { data: indicator } = await office.getOne("indicators", { id: listed?.id });
    const targets = [
      {
        kind: "QUANTITATIVE",
        comparator: "GTE",
        value: 90,
        unit: "triệu đồng",
        measure: "MONEY",
        text: "từ 90 triệu đồng",
      },
      {
        kind: "QUANTITATIVE",
        comparator: "RANGE",
        minValue: 5400,
        maxValue: 5500,
        unit: "cơ sở",
        text: "5.400–5.500 cơ sở",
      },
    ];
    await office.update("indicators", { id: indicator.id, data: { ...indicator, targets }, previousData: indicator });
    const { data: saved } = await office.getOne("indicators", { id: indicator.id });
    expect(formatTargets(saved.targets, "vi")).toBe("≥ 90 triệu đồng; từ 5.400 đến 5.500 cơ sở");
    expect(saved.name).toBe(indicator.name);
  });

  it("creates a task and archives it: it leaves the list", async () => {
    const area = (await firstTask(office)).area;
    const { data: created } = await office.create("tasks", {
      data: {
        planId,
        code: "T.99",
        section: "III.2.2.a",
        kind: "SPECIFIC",
        areaId: area.id,
        title: "Rà soát hồ sơ đất đai tồn đọng",
        content: "Rà soát, phân loại và đề xuất xử lý hồ sơ đất đai tồn đọng.",
        recurrence: "ONCE",
        deadline: "2026-09-30",
        outputs: [{ kind: "REPORT", title: "Báo cáo kết quả rà soát" }],
      },
    });
    const listed = await office.getList("tasks", { ...list, filter: { planId, q: "ho so dat dai ton dong" } });
    expect(listed.data.map((task) => task.id)).toEqual([created.id]);
    expect(created.outputs.map((output: { title: string }) => output.title)).toEqual(["Báo cáo kết quả rà soát"]);

    await office.delete("tasks", { id: created.id, previousData: created });
    const after = await office.getList("tasks", { ...list, filter: { planId, q: "ho so dat dai ton dong" } });
    expect(after.total).toBe(0);
  });

  it("edits the plan's text and takes it off the portal and back, each at the version read", async () => {
    const { data: plan } = await office.getOne("plans", { id: planId });
    const purposes = [...plan.purposes, "Bảo đảm công khai, minh bạch tiến độ thực hiện."];
    await office.update("plans", { id: planId, data: { ...plan, purposes }, previousData: plan });
    const { data: edited } = await office.getOne("plans", { id: planId });
    expect(edited.purposes).toEqual(purposes);
    expect(edited.title).toBe(plan.title);

    const { data: toggled } = await office.update("plans", {
      id: planId,
      data: { publish: !edited.publishedAt },
      previousData: edited,
    });
    expect(Boolean(toggled.publishedAt)).toBe(!edited.publishedAt);
    const { data: back } = await office.update("plans", {
      id: planId,
      data: { publish: !toggled.publishedAt },
      previousData: toggled,
    });
    expect(Boolean(back.publishedAt)).toBe(Boolean(edited.publishedAt));
  });

  it("refuses a leader's update with the API's message and changes nothing", async () => {
    const leader = await api.dataProviderAs("pct.kinhte");
    const task = await firstTask(leader);
    const failure = await leader
      .update("tasks", { id: task.id, data: { ...task, status: "CANCELLED" }, previousData: task })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ status: 403 });
    expect((failure as Error).message).toMatch(/quyền/i);
    const { data: after } = await office.getOne("tasks", { id: task.id });
    expect(after.status).toBe(task.status);
    expect(after.version).toBe(task.version);
  });

  it("creates a sub-indicator with its targets in one write, and nothing when a target is wrong", async () => {
    const indicators = await office.getList("indicators", { ...list, filter: { planId } });
    const parent = indicators.data.find((indicator) => indicator.number === 6);
    const { data: full } = await office.getOne("indicators", { id: parent?.id });
    const data = {
      planId,
      parentId: full.id,
      groupId: full.groupId,
      code: "6.9",
      name: "Thu nhập bình quân khu vực nông thôn",
      targets: [{ kind: "QUANTITATIVE", comparator: "GT", value: 80, unit: "triệu đồng", text: "trên 80 triệu đồng" }],
    };
    const { data: created } = await office.create("indicators", { data });
    expect(created.parent?.id).toBe(full.id);
    expect(formatTargets(created.targets, "vi")).toBe("trên 80 triệu đồng");
    expect(created.version).toBe(1);

    const wrong = { ...data, code: "6.10", targets: [{ kind: "QUANTITATIVE", comparator: "GT", text: "trên" }] };
    const failure = await office.create("indicators", { data: wrong }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ status: 400 });
    const { data: parentAfter } = await office.getOne("indicators", { id: full.id });
    const codes = parentAfter.subIndicators.map((sub: { code: string }) => sub.code);
    expect(codes).toContain("6.9");
    expect(codes).not.toContain("6.10");
  });
});
