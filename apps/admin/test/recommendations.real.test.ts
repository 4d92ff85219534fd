// @vitest-environment node
// A voters' recommendation through the data provider against the real API: the Front (mttq) records
// it on a task of the plan, the office (vanphong) assigns it to kt, kt.canbo answers, mttq first says
// "not resolved" (a note is required), kt.canbo answers again and mttq confirms it resolved. Another
// unit (vhxh.canbo) never sees it, a stale version conflicts, and the leader's desk counts it while
// it is open.
import { vietnamDate } from "@kehoach/domain";
import { MeDocument } from "@kehoach/schema";
import type { HttpError } from "react-admin";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DashboardData, loadDashboard } from "../src/dashboard/loadDashboard.ts";
import type { PlanRecord, TaskRecord } from "../src/dataProvider/index.ts";
import type { RecommendationRecord } from "../src/dataProvider/recommendations.ts";
import { type RealApi, startRealApi } from "./support/api.ts";

const ALL = { pagination: { page: 1, perPage: 100 }, sort: { field: "receivedOn", order: "DESC" as const } };

describe("data provider on the real API: voters' recommendations", () => {
  let api: RealApi;
  let plan: PlanRecord;
  let task: TaskRecord;
  let ktUnitId: string;
  let recommendation: RecommendationRecord;

  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error("expected a refusal");
      },
      (error: HttpError) => error,
    );
  const read = async (username: string) =>
    (
      await (
        await api.dataProviderAs(username)
      ).getOne<RecommendationRecord>("recommendations", { id: recommendation.id })
    ).data;
  const openOnDesk = async (username: string) => {
    const data: DashboardData = await loadDashboard(await api.clientAs(username));
    if (data.kind !== "overview") throw new Error(`expected an overview, got ${data.kind}`);
    return data.desk?.openRecommendations.map((r) => r.id) ?? [];
  };

  beforeAll(async () => {
    api = await startRealApi();
    const front = await api.dataProviderAs("mttq");
    const plans = await front.getList<PlanRecord>("plans", {
      ...ALL,
      sort: { field: "year", order: "DESC" },
      filter: {},
    });
    plan = plans.data.find((p) => p.status === "ACTIVE") as PlanRecord;
    const tasks = await front.getList<TaskRecord>("tasks", {
      ...ALL,
      sort: { field: "position", order: "ASC" },
      filter: { planId: plan.id },
    });
    task = tasks.data[0] as TaskRecord;
    const kt = await (await api.clientAs("kt.canbo")).query(MeDocument, {}).toPromise();
    ktUnitId = kt.data?.me?.unit?.id as string;
  }, 180_000);
  afterAll(async () => {
    await api?.close();
  });

  it("lets mttq record a recommendation on a task of the plan, not one received after today", async () => {
    const front = await api.dataProviderAs("mttq");
    const today = vietnamDate(new Date());
    const data = {
      planId: plan.id,
      content: "Cử tri khu phố 3 đề nghị sớm nâng cấp tuyến hẻm 12 thường xuyên bị ngập khi mưa lớn.",
      source: "Hội nghị tiếp xúc cử tri",
      receivedOn: today,
      taskId: task.id,
    };
    const tomorrow = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const future = await refusal(front.create("recommendations", { data: { ...data, receivedOn: tomorrow } }));
    expect(future.status).toBe(400);
    expect(future.body.errors.receivedOn).toBe("Ngày nhận kiến nghị không thể sau hôm nay.");

    recommendation = (await front.create<RecommendationRecord>("recommendations", { data })).data;
    expect(recommendation.status).toBe("RECORDED");
    expect(recommendation.open).toBe(true);
    expect(recommendation.ageDays).toBe(0);
    expect(recommendation.task?.id).toBe(task.id);
    expect(recommendation.plan.id).toBe(plan.id);
    expect(recommendation.unit).toBeNull();

    const office = await api.dataProviderAs("vanphong");
    const refused = await refusal(office.create("recommendations", { data }));
    expect(refused.status).toBe(403);
    expect(await openOnDesk("chutich")).toContain(recommendation.id);
  });

  it("lets vanphong assign it to kt, and only with the version read", async () => {
    const office = await api.dataProviderAs("vanphong");
    const assigned = await office.update<RecommendationRecord>("recommendations", {
      id: recommendation.id,
      data: { step: "ASSIGN", unitId: ktUnitId },
      previousData: recommendation,
    });
    expect(assigned.data.status).toBe("ASSIGNED");
    expect(assigned.data.unit?.id).toBe(ktUnitId);

    const stale = await refusal(
      office.update("recommendations", {
        id: recommendation.id,
        data: { step: "ASSIGN", unitId: ktUnitId },
        previousData: recommendation,
      }),
    );
    expect(stale.status).toBe(409);
    expect(stale.message).toBe("app.error.conflict");
    recommendation = assigned.data;

    const list = await office.getList<RecommendationRecord>("recommendations", {
      ...ALL,
      filter: { openOnly: true, unitId: ktUnitId, status: "ASSIGNED" },
    });
    expect(list.data.map((r) => r.id)).toContain(recommendation.id);
  });

  it("shows it to kt.canbo and not to vhxh.canbo, who may not answer it", async () => {
    const kt = await api.dataProviderAs("kt.canbo");
    const ktList = await kt.getList<RecommendationRecord>("recommendations", { ...ALL, filter: {} });
    expect(ktList.data.map((r) => r.id)).toContain(recommendation.id);

    const vhxh = await api.dataProviderAs("vhxh.canbo");
    const vhxhList = await vhxh.getList<RecommendationRecord>("recommendations", { ...ALL, filter: {} });
    expect(vhxhList.data.map((r) => r.id)).not.toContain(recommendation.id);
    expect((await refusal(vhxh.getOne("recommendations", { id: recommendation.id }))).status).toBe(404);
    const answered = await refusal(
      vhxh.update("recommendations", {
        id: recommendation.id,
        data: { step: "ANSWER", answer: "Phòng Văn hóa - Xã hội trả lời thay." },
        previousData: recommendation,
      }),
    );
    expect(answered.status).toBe(404);
  });

  it("walks the answer of kt.canbo, a “not resolved” of mttq with its note, the second answer and the resolution", async () => {
    const kt = await api.dataProviderAs("kt.canbo");
    const answer = "Phòng đã khảo sát tuyến hẻm 12; dự kiến nâng cấp trong quý I/2027.";
    const answered = await kt.update<RecommendationRecord>("recommendations", {
      id: recommendation.id,
      data: { step: "ANSWER", answer },
      previousData: recommendation,
    });
    expect(answered.data.status).toBe("ANSWERED");
    expect(answered.data.answer).toBe(answer);
    expect(answered.data.answeredAt).toBeTruthy();

    const front = await api.dataProviderAs("mttq");
    const withoutNote = await refusal(
      front.update("recommendations", {
        id: recommendation.id,
        data: { step: "REOPEN", note: "" },
        previousData: answered.data,
      }),
    );
    expect(withoutNote.status).toBe(400);
    expect(withoutNote.body.errors.note).toMatch(/^Ghi rõ vì sao chưa giải quyết được/);

    const note = "Cử tri cần biết thời gian thi công cụ thể.";
    const reopened = await front.update<RecommendationRecord>("recommendations", {
      id: recommendation.id,
      data: { step: "REOPEN", note },
      previousData: answered.data,
    });
    expect(reopened.data.status).toBe("ASSIGNED");
    expect(reopened.data.frontNote).toBe(note);
    expect((await read("kt.canbo")).frontNote).toBe(note);

    const again = await kt.update<RecommendationRecord>("recommendations", {
      id: recommendation.id,
      data: { step: "ANSWER", answer: `${answer} Thi công từ 05/01/2027, xong trước 31/03/2027.` },
      previousData: reopened.data,
    });
    expect(again.data.status).toBe("ANSWERED");

    const resolved = await front.update<RecommendationRecord>("recommendations", {
      id: recommendation.id,
      data: { step: "RESOLVE" },
      previousData: again.data,
    });
    expect(resolved.data.status).toBe("RESOLVED");
    expect(resolved.data.open).toBe(false);
    expect(resolved.data.resolvedAt).toBeTruthy();

    const open = await front.getList<RecommendationRecord>("recommendations", { ...ALL, filter: { openOnly: true } });
    expect(open.data.map((r) => r.id)).not.toContain(recommendation.id);
    expect(await openOnDesk("chutich")).not.toContain(recommendation.id);
  });

  it("refuses a step the status does not allow", async () => {
    const office = await api.dataProviderAs("vanphong");
    const resolved = await read("vanphong");
    const refused = await refusal(
      office.update("recommendations", {
        id: resolved.id,
        data: { step: "ASSIGN", unitId: ktUnitId },
        previousData: resolved,
      }),
    );
    expect(refused.status).toBe(400);
    expect(refused.message).toMatch(/^Chỉ giao được kiến nghị chưa được trả lời/);
  });
});
