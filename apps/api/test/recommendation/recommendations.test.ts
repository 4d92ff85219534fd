// Voters' recommendations (issue 13, item 7) on both databases: the Fatherland Front records one on
// an indicator, the office assigns it to a unit, the unit answers, the Front sends it back as not
// resolved and then confirms it; each step by its role only, refused steps change nothing, the
// unit alone of the units sees it, and the leader's desk and the compiled report list it while open.
import { testDatabaseKinds } from "@kehoach/db/testing";
import { recommendationAgeDays, vietnamDate } from "@kehoach/domain";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Fixtures, gid, loadFixtures } from "../report/support.ts";
import { graphql, login, startTestServer, type TestServer } from "../support/server.ts";

const FIELDS = "id status version open ageDays answer frontNote unit { code } indicator { code }";
const RESULT = `__typename ... on Error { message } ... on ValidationError { issues { path message } } ... on RecommendationPayload { recommendation { ${FIELDS} } }`;
const M = {
  record: `mutation($input: RecordRecommendationInput!) { recordRecommendation(input: $input) { ${RESULT} } }`,
  assign: `mutation($input: AssignRecommendationInput!) { assignRecommendation(input: $input) { ${RESULT} } }`,
  answer: `mutation($input: AnswerRecommendationInput!) { answerRecommendation(input: $input) { ${RESULT} } }`,
  close: `mutation($input: CloseRecommendationInput!) { closeRecommendation(input: $input) { ${RESULT} } }`,
};

describe.each(testDatabaseKinds)("voters' recommendations on the $kind database", ({ create }) => {
  let server: TestServer;
  let f: Fixtures;
  let tokens: Record<string, string>;
  let id: string;
  const today = () => vietnamDate(new Date());
  const run = async (op: keyof typeof M, who: string, input: Record<string, unknown>) => {
    const res = await graphql(server.url, M[op], { input }, tokens[who]);
    return Object.values(res.body.data ?? {})[0] as any;
  };
  const count = () => server.test.db.prisma.recommendation.count();

  beforeAll(async () => {
    server = await startTestServer(create);
    f = await loadFixtures(server.test.db.prisma);
    tokens = {};
    for (const who of ["mttq", "vanphong", "chutich", "kt.canbo", "vhxh.canbo"])
      tokens[who] = await login(server.url, who);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("lets only the Front record one, and says what to fix in a bad one", async () => {
    const indicator = await server.test.db.prisma.indicator.findFirstOrThrow({
      where: { planId: f.planId, code: "3" },
    });
    const input = {
      planId: gid("Plan", f.planId),
      indicatorId: gid("Indicator", indicator.id),
      content: "Cử tri tổ dân phố 5 đề nghị sớm nâng cấp tuyến đường Lê Lợi, mùa mưa thường ngập.",
      source: "Hội nghị tiếp xúc cử tri ngày 20/11/2026",
      receivedOn: "2026-11-20",
    };
    expect((await run("record", "kt.canbo", input)).__typename).toBe("NotAuthorized");
    const future = await run("record", "mttq", { ...input, receivedOn: "2027-01-01" });
    expect(future.issues).toEqual([
      { path: ["input", "receivedOn"], message: "Ngày nhận kiến nghị không thể sau hôm nay." },
    ]);
    expect(await count()).toBe(0);

    const recorded = await run("record", "mttq", input);
    expect(recorded.recommendation).toMatchObject({
      status: "RECORDED",
      open: true,
      unit: null,
      indicator: { code: "3" },
      ageDays: recommendationAgeDays("2026-11-20", today()),
    });
    id = recorded.recommendation.id;
  });

  it("lets the office, not a leader, assign it to a unit; another unit does not see it", async () => {
    const input = { recommendationId: id, version: 1, unitId: gid("Unit", f.kt.id) };
    expect((await run("assign", "chutich", input)).__typename).toBe("NotAuthorized");
    const assigned = await run("assign", "vanphong", input);
    expect(assigned.recommendation).toMatchObject({ status: "ASSIGNED", version: 2, unit: { code: "kt" } });
    expect((await run("assign", "vanphong", input)).__typename).toBe("ConflictError");

    const LIST = `{ recommendations(first: 10) { totalCount edges { node { id } } } }`;
    const seenBy = async (who: string) =>
      (await graphql(server.url, LIST, {}, tokens[who])).body.data.recommendations.totalCount;
    expect(await seenBy("kt.canbo")).toBe(1);
    expect(await seenBy("vhxh.canbo")).toBe(0);
    const node = await graphql(server.url, `query($id: ID!) { node(id: $id) { id } }`, { id }, tokens["vhxh.canbo"]);
    expect(node.body.data.node).toBeNull();
    expect(
      (await run("answer", "vhxh.canbo", { recommendationId: id, version: 2, answer: "Không phải việc của tôi" }))
        .__typename,
    ).toBe("NotFound");
  });

  it("takes the unit's answer; the Front sends it back with a reason, then confirms the second answer", async () => {
    const answered = await run("answer", "kt.canbo", {
      recommendationId: id,
      version: 2,
      answer: "Đã khảo sát, đưa vào kế hoạch đầu tư công năm 2027.",
    });
    expect(answered.recommendation).toMatchObject({ status: "ANSWERED", version: 3 });
    expect(
      (await run("answer", "kt.canbo", { recommendationId: id, version: 3, answer: "Trả lời lần hai" })).issues[0]
        .message,
    ).toMatch(/^Chỉ trả lời được kiến nghị đã giao/);

    const noReason = await run("close", "mttq", { recommendationId: id, version: 3, resolved: false });
    expect(noReason.issues[0]).toMatchObject({ path: ["input", "note"] });
    const back = await run("close", "mttq", {
      recommendationId: id,
      version: 3,
      resolved: false,
      note: "Cử tri cần biết thời gian thi công cụ thể.",
    });
    expect(back.recommendation).toMatchObject({
      status: "ASSIGNED",
      open: true,
      frontNote: "Cử tri cần biết thời gian thi công cụ thể.",
    });

    const DESK = `query($p: ID!) { leaderDesk(planId: $p) { openRecommendations { id ageDays } } }`;
    const desk = await graphql(server.url, DESK, { p: gid("Plan", f.planId) }, tokens.chutich);
    expect(desk.body.data.leaderDesk.openRecommendations).toEqual([
      { id, ageDays: recommendationAgeDays("2026-11-20", today()) },
    ]);

    const november = f.periods.get(11) as { id: string };
    const docx = await fetch(`${server.url}/bao-cao/thang/${gid("ReportingPeriod", november.id)}.docx`, {
      headers: { authorization: `Bearer ${tokens.vanphong}` },
    });
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) });
    expect(text).toContain("Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI CHƯA ĐƯỢC GIẢI QUYẾT");
    expect(text).toContain("nâng cấp tuyến đường Lê Lợi");

    await run("answer", "kt.canbo", {
      recommendationId: id,
      version: 4,
      answer: "Thi công từ tháng 3/2027, xong tháng 8/2027.",
    });
    const done = await run("close", "mttq", { recommendationId: id, version: 5, resolved: true });
    expect(done.recommendation).toMatchObject({ status: "RESOLVED", open: false });
    const after = await graphql(server.url, DESK, { p: gid("Plan", f.planId) }, tokens.chutich);
    expect(after.body.data.leaderDesk.openRecommendations).toEqual([]);

    const events = await server.test.db.prisma.auditEvent.groupBy({
      by: ["name"],
      where: { entityType: "Recommendation" },
      _count: true,
    });
    expect(Object.fromEntries(events.map((e) => [e.name, e._count]))).toEqual({
      "recommendation.recorded": 1,
      "recommendation.assigned": 1,
      "recommendation.answered": 2,
      "recommendation.reopened": 1,
      "recommendation.resolved": 1,
    });
  });
});
