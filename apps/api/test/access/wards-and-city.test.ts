// The access policy on every path, with a second ward of the same city and city-level accounts
// (issue 12): a city's office and leader never act in a ward's workflow; a draft plan stays with
// its ward's office through nested fields and node(id); people, tokens and comments stay in their
// ward; anonymous evaluations use published figures only; token scopes hold at every depth; the
// person who sent a report does not approve it.
import type { Role } from "@kehoach/db";
import { testDatabaseKinds } from "@kehoach/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_TOKEN_PREFIX, newToken, SESSION_PREFIX } from "../../src/auth/tokens.ts";
import { type Fixtures, gid, loadFixtures, makeReport, mutate, setPeriodStatus } from "../report/support.ts";
import { graphql, login, startTestServer, type TestServer } from "../support/server.ts";

describe.each(testDatabaseKinds)(
  "one access policy for two wards and their city, on the $kind database",
  ({ create }) => {
    let server: TestServer;
    let f: Fixtures;
    let tanHungId: string;
    const tokens: Record<string, string> = {};

    async function account(
      username: string,
      jurisdictionId: string,
      grants: { role: Role; unitId?: string }[],
      o: { unitId?: string; apiScopes?: string[] } = {},
    ) {
      const prisma = server.test.db.prisma;
      const user = await prisma.user.create({
        data: {
          username,
          displayName: username,
          jurisdictionId,
          unitId: o.unitId ?? null,
          roleGrants: { create: grants.map((g) => ({ role: g.role, unitId: g.unitId ?? null, jurisdictionId })) },
        },
      });
      if (o.apiScopes) {
        const { token, hash, display } = newToken(API_TOKEN_PREFIX);
        await prisma.apiToken.create({
          data: { userId: user.id, name: username, prefix: display, tokenHash: hash, scopes: o.apiScopes },
        });
        return token;
      }
      const { token, hash } = newToken(SESSION_PREFIX);
      await prisma.session.create({
        data: { userId: user.id, tokenHash: hash, expiresAt: new Date(Date.now() + 3_600_000) },
      });
      return token;
    }

    const ask = async (query: string, variables: Record<string, unknown>, token?: string) =>
      (await graphql(server.url, query, variables, token)).body;

    beforeAll(async () => {
      server = await startTestServer(create);
      const prisma = server.test.db.prisma;
      f = await loadFixtures(prisma);
      tanHungId = f.jurisdictionId;
      const tanHung = await prisma.jurisdiction.findUniqueOrThrow({ where: { id: tanHungId } });
      const cityId = tanHung.parentId as string;
      const neighbour = await prisma.jurisdiction.findFirstOrThrow({
        where: { parentId: cityId, id: { not: tanHungId } },
      });
      tokens.neighbourAdmin = await account("admin.langgieng", neighbour.id, [{ role: "ADMIN" }]);
      tokens.neighbourOffice = await account("vanphong.langgieng", neighbour.id, [{ role: "OFFICE" }]);
      tokens.cityOffice = await account("vanphong.thanhpho", cityId, [{ role: "OFFICE" }]);
      tokens.cityLeader = await account("lanhdao.thanhpho", cityId, [{ role: "LEADER" }]);
      // One person who heads Kinh tế and also works for the office.
      tokens.headAndOffice = await account(
        "kt.kiemvanphong",
        tanHungId,
        [{ role: "UNIT_HEAD", unitId: f.kt.id }, { role: "OFFICE" }],
        { unitId: f.kt.id },
      );
      tokens.reportToken = await account("ungdung.baocao", tanHungId, [{ role: "API_CLIENT" }], {
        apiScopes: ["report:read"],
      });
      tokens.overviewToken = await account("ungdung.tonghop", tanHungId, [{ role: "API_CLIENT" }], {
        apiScopes: ["overview:read"],
      });
      for (const username of ["vanphong", "chutich", "admin", "kt.canbo", "vhxh.canbo"]) {
        tokens[username] = await login(server.url, username);
      }
    });
    afterAll(async () => {
      await server?.close();
    });

    /** Runs `check` with the Tân Hưng plan in another state, and puts it back even when the check fails. */
    async function withPlan(
      state: { status: "DRAFT" | "ACTIVE"; publishedAt: Date | null },
      check: () => Promise<void>,
    ) {
      const prisma = server.test.db.prisma;
      const before = await prisma.plan.findUniqueOrThrow({ where: { id: f.planId } });
      await prisma.plan.update({ where: { id: f.planId }, data: state });
      try {
        await check();
      } finally {
        await prisma.plan.update({
          where: { id: f.planId },
          data: { status: before.status, publishedAt: before.publishedAt },
        });
      }
    }

    it("a city's office and leader neither act on nor read a ward's reports, periods and desk", async () => {
      const prisma = server.test.db.prisma;
      const period = f.periods.get(11) as { id: string };
      const version = await setPeriodStatus(prisma, period.id, "OPEN");
      const report = await makeReport(prisma, f, { periodId: period.id, unitId: f.kt.id, status: "SUBMITTED" });
      const measurements = await prisma.measurement.count();
      for (const who of ["cityOffice", "cityLeader", "neighbourOffice"]) {
        const input = { reportId: gid("ProgressReport", report.id), version: report.version };
        const approved = await mutate(server.url, "approveReport", input, tokens[who]);
        expect(approved.__typename, who).not.toBe("ApproveReportPayload");
        const returned = await mutate(server.url, "returnReport", { ...input, reason: "Thử trả lại." }, tokens[who]);
        expect(returned.__typename, who).not.toBe("ReturnReportPayload");
        const closed = await graphql(
          server.url,
          `mutation($input: CloseReportingPeriodInput!) { closeReportingPeriod(input: $input) { __typename } }`,
          { input: { periodId: gid("ReportingPeriod", period.id), version } },
          tokens[who],
        );
        expect(closed.body.data?.closeReportingPeriod?.__typename, who).not.toBe("CloseReportingPeriodPayload");
        const reports = await ask("{ progressReports(first: 50) { totalCount } }", {}, tokens[who]);
        expect(reports.data?.progressReports?.totalCount ?? 0, who).toBe(0);
        const desk = await ask(
          "query($p: ID!) { leaderDesk(planId: $p) { reportsToReview { totalCount } } }",
          { p: gid("Plan", f.planId) },
          tokens[who],
        );
        expect(desk.data?.leaderDesk ?? null, who).toBeNull();
      }
      // Nothing changed: the report waits, the period is open, no figure was written.
      const after = await prisma.progressReport.findUniqueOrThrow({ where: { id: report.id } });
      expect(after.status).toBe("SUBMITTED");
      expect((await prisma.reportingPeriod.findUniqueOrThrow({ where: { id: period.id } })).status).toBe("OPEN");
      expect(await prisma.measurement.count()).toBe(measurements);
      // The ward's own office still reviews it.
      const own = await mutate(
        server.url,
        "returnReport",
        { reportId: gid("ProgressReport", report.id), version: report.version, reason: "Bổ sung số liệu." },
        tokens.vanphong,
      );
      expect(own.__typename).toBe("ReturnReportPayload");
    });

    it("a draft plan is read by its ward's admin and office only, through every nested path and node(id)", async () => {
      const prisma = server.test.db.prisma;
      const assignment = await prisma.assignment.findFirstOrThrow({ where: { planId: f.planId } });
      const period = f.periods.get(1) as { id: string };
      const plan = await prisma.plan.findUniqueOrThrow({ where: { id: f.planId } });
      const paths = {
        assignments: "{ assignments(first: 5) { edges { node { plan { title } } } } }",
        periods: `{ reportingPeriods(planId: "${gid("Plan", f.planId)}", first: 5) { edges { node { plan { title } } } } }`,
        node: `{ node(id: "${gid("Assignment", assignment.id)}") { ... on Assignment { plan { title } } } }`,
        overview: `{ planOverview(planId: "${gid("Plan", f.planId)}", periodId: "${gid("ReportingPeriod", period.id)}") { plan { title } } }`,
      };
      await withPlan({ status: "DRAFT", publishedAt: null }, async () => {
        for (const who of [
          "anonymous",
          "chutich",
          "kt.canbo",
          "reportToken",
          "overviewToken",
          "neighbourAdmin",
          "cityLeader",
        ]) {
          for (const [path, query] of Object.entries(paths)) {
            const body = await ask(query, {}, tokens[who]);
            expect(JSON.stringify(body.data ?? null), `${who} via ${path}`).not.toContain(plan.title);
          }
        }
        for (const who of ["vanphong", "admin"]) {
          const body = await ask(paths.node, {}, tokens[who]);
          expect(body.data.node.plan.title, who).toBe(plan.title);
        }
      });
    });

    it("a report:read or overview:read token does not reach an unpublished plan's content", async () => {
      const prisma = server.test.db.prisma;
      const period = f.periods.get(10) as { id: string };
      await makeReport(prisma, f, { periodId: period.id, unitId: f.vhxh.id, status: "APPROVED" });
      const plan = await prisma.plan.findUniqueOrThrow({ where: { id: f.planId } });
      await withPlan({ status: "ACTIVE", publishedAt: null }, async () => {
        const reports = await ask(
          "{ progressReports(first: 5) { totalCount edges { node { status plan { title tasks(first: 3) { totalCount } } } } } }",
          {},
          tokens.reportToken,
        );
        expect(reports.errors?.[0]?.message).toBeTruthy();
        expect(JSON.stringify(reports.data ?? null)).not.toContain(plan.title);
        const overview = await ask(
          "query($p: ID!, $r: ID!) { planOverview(planId: $p, periodId: $r) { plan { title } } }",
          { p: gid("Plan", f.planId), r: gid("ReportingPeriod", period.id) },
          tokens.overviewToken,
        );
        expect(JSON.stringify(overview.data ?? null)).not.toContain(plan.title);
        // Reports themselves stay readable with report:read.
        const counted = await ask("{ progressReports(first: 5) { totalCount } }", {}, tokens.reportToken);
        expect(counted.data.progressReports.totalCount).toBeGreaterThan(0);
      });
    });

    it("people, API tokens and comments stay in their ward", async () => {
      const prisma = server.test.db.prisma;
      const staff = await prisma.user.findFirstOrThrow({ where: { username: "kt.canbo" } });
      const token = await prisma.apiToken.findFirstOrThrow({ where: { name: "ungdung.baocao" } });
      const period = f.periods.get(9) as { id: string };
      const report = await makeReport(prisma, f, { periodId: period.id, unitId: f.kt.id, status: "SUBMITTED" });
      const commented = await mutate(
        server.url,
        "commentOnReport",
        { reportId: gid("ProgressReport", report.id), body: "Đề nghị bổ sung số liệu giải ngân." },
        tokens.vanphong,
      );
      const commentId = commented.comment.id as string;
      const userQuery = `{ node(id: "${gid("User", staff.id)}") { ... on User { username email phone lastLoginAt } } }`;
      const tokenQuery = `{ node(id: "${gid("ApiToken", token.id)}") { ... on ApiToken { name prefix } } }`;
      const commentQuery = `{ node(id: "${commentId}") { ... on Comment { body } } }`;
      const unitUsers =
        "{ units(first: 100) { edges { node { users(first: 50) { edges { node { username email } } } } } } }";
      const leadUnitUsers =
        "{ assignments(first: 100) { edges { node { leadUnit { users(first: 50) { edges { node { username email } } } } } } } }";
      for (const who of ["neighbourAdmin", "neighbourOffice", "cityOffice", "cityLeader", "anonymous"]) {
        expect((await ask(userQuery, {}, tokens[who])).data?.node ?? null, who).toBeNull();
        expect((await ask(tokenQuery, {}, tokens[who])).data?.node ?? null, who).toBeNull();
        expect((await ask(commentQuery, {}, tokens[who])).data?.node ?? null, who).toBeNull();
        expect(JSON.stringify((await ask(leadUnitUsers, {}, tokens[who])).data ?? null), who).not.toContain("kt.canbo");
        expect(JSON.stringify((await ask(unitUsers, {}, tokens[who])).data ?? null), who).not.toContain("kt.canbo");
      }
      // Another unit's staff do not read a comment on Kinh tế's report; Kinh tế's staff do.
      expect((await ask(commentQuery, {}, tokens["vhxh.canbo"])).data?.node ?? null).toBeNull();
      expect((await ask(commentQuery, {}, tokens["kt.canbo"])).data.node.body).toMatch(/giải ngân/);
      // Within the ward: colleagues and leaders read the person but not the contact details; the person,
      // the office and the administrator do.
      await prisma.user.update({
        where: { id: staff.id },
        data: { email: "kt.canbo@tanhung.gov.vn", phone: "0225 3 123 456" },
      });
      for (const who of ["vhxh.canbo", "chutich"]) {
        const node = (await ask(userQuery, {}, tokens[who])).data.node;
        expect(node, who).toMatchObject({ username: "kt.canbo", email: null, phone: null, lastLoginAt: null });
      }
      for (const who of ["kt.canbo", "vanphong", "admin"]) {
        expect((await ask(userQuery, {}, tokens[who])).data.node.email, who).toBe("kt.canbo@tanhung.gov.vn");
      }
      expect((await ask(userQuery, {}, tokens.vanphong)).data.node.lastLoginAt).toBeNull();
      expect((await ask(userQuery, {}, tokens.admin)).data.node.lastLoginAt).not.toBeNull();
      // The ward's administrator reads its people and tokens.
      expect((await ask(userQuery, {}, tokens.admin)).data.node.username).toBe("kt.canbo");
      expect((await ask(tokenQuery, {}, tokens.admin)).data.node.name).toBe("ungdung.baocao");
    });

    it("an anonymous reader's evaluation uses only the figures of published periods", async () => {
      const prisma = server.test.db.prisma;
      const indicator = await prisma.indicator.findFirstOrThrow({ where: { planId: f.planId, code: "10" } });
      const period = await prisma.reportingPeriod.findFirstOrThrow({
        where: { planId: f.planId, kind: "MONTH", number: 3, publishedAt: null },
      });
      await prisma.measurement.deleteMany({ where: { indicatorId: indicator.id } });
      await prisma.measurement.create({
        data: { indicatorId: indicator.id, periodId: period.id, kind: "ACTUAL", value: "97.5", source: "thử" },
      });
      const query = `{ node(id: "${gid("Indicator", indicator.id)}") { ... on Indicator { evaluation(asOfMonth: 12) { latestValue } } } }`;
      expect((await ask(query, {})).data.node.evaluation.latestValue).toBeNull();
      expect((await ask(query, {}, tokens.chutich)).data.node.evaluation.latestValue).toBe(97.5);
    });

    it("the person who submitted a report does not approve or return it", async () => {
      const prisma = server.test.db.prisma;
      const period = f.periods.get(8) as { id: string };
      await setPeriodStatus(prisma, period.id, "OPEN");
      const report = await makeReport(prisma, f, { periodId: period.id, unitId: f.kt.id, status: "DRAFT" });
      const submitted = await mutate(
        server.url,
        "submitReport",
        { reportId: gid("ProgressReport", report.id), version: report.version },
        tokens.headAndOffice,
      );
      expect(submitted.__typename).toBe("SubmitReportPayload");
      const input = { reportId: gid("ProgressReport", report.id), version: submitted.report.version };
      const approved = await mutate(server.url, "approveReport", input, tokens.headAndOffice);
      expect(approved).toMatchObject({ code: "NOT_AUTHORIZED", message: expect.stringMatching(/không tự duyệt/) });
      const returned = await mutate(
        server.url,
        "returnReport",
        { ...input, reason: "Tự trả lại." },
        tokens.headAndOffice,
      );
      expect(returned.code).toBe("NOT_AUTHORIZED");
      expect((await prisma.progressReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("SUBMITTED");
      // Another person of the office approves it.
      expect((await mutate(server.url, "approveReport", input, tokens.vanphong)).__typename).toBe(
        "ApproveReportPayload",
      );
    });
  },
);
