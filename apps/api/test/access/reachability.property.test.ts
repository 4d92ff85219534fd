// The access policy as a property (issue 12), on both databases: for random (viewer, object) pairs
// across two wards and their city — every role, API tokens by scope, anonymous readers — the object
// is reachable by `node(id)` exactly when packages/domain `mayRead` says the viewer reads it, and no
// list hands out an object the policy hides. The facts each object is judged by are read here from
// its row, apart from the API's own loaders.
import type { Prisma, Role } from "@kehoach/db";
import { testDatabaseKinds } from "@kehoach/db/testing";
import { mayRead, type ObjectFacts, type ProtectedKind } from "@kehoach/domain";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_TOKEN_PREFIX, newToken, SESSION_PREFIX } from "../../src/auth/tokens.ts";
import { anonymousViewer, resolveViewer, type Viewer } from "../../src/auth/viewer.ts";
import { bumpGeneration } from "../../src/cache/writeGeneration.ts";
import { type Fixtures, gid, loadFixtures, makeReport } from "../report/support.ts";
import { graphql, login, startTestServer, type TestServer } from "../support/server.ts";

interface Subject {
  typename: string;
  id: string;
  kind: ProtectedKind;
  facts: ObjectFacts;
  label: string;
}
interface Asker {
  name: string;
  token: string | undefined;
  viewer: Viewer;
}

const NODE = "query($id: ID!) { node(id: $id) { id } }";

describe.each(testDatabaseKinds)("who reaches what, as a property, on the $kind database", ({ create }) => {
  let server: TestServer;
  let prisma: Prisma;
  let f: Fixtures;
  const askers: Asker[] = [];
  const subjects: Subject[] = [];

  async function session(
    username: string,
    jurisdictionId: string,
    grants: { role: Role; unitId?: string }[],
    scopes?: string[],
  ) {
    const user = await prisma.user.create({
      data: {
        username,
        displayName: username,
        jurisdictionId,
        unitId: grants.find((g) => g.unitId)?.unitId ?? null,
        roleGrants: { create: grants.map((g) => ({ role: g.role, unitId: g.unitId ?? null, jurisdictionId })) },
      },
    });
    if (scopes) {
      const { token, hash, display } = newToken(API_TOKEN_PREFIX);
      await prisma.apiToken.create({
        data: { userId: user.id, name: username, prefix: display, tokenHash: hash, scopes },
      });
      return { token, userId: user.id };
    }
    const { token, hash } = newToken(SESSION_PREFIX);
    await prisma.session.create({
      data: { userId: user.id, tokenHash: hash, expiresAt: new Date(Date.now() + 3_600_000) },
    });
    return { token, userId: user.id };
  }

  beforeAll(async () => {
    server = await startTestServer(create);
    prisma = server.test.db.prisma;
    f = await loadFixtures(prisma);
    const tanHung = await prisma.jurisdiction.findUniqueOrThrow({ where: { id: f.jurisdictionId } });
    const cityId = tanHung.parentId as string;
    const neighbour = await prisma.jurisdiction.findFirstOrThrow({
      where: { parentId: cityId, id: { not: tanHung.id } },
    });
    const area = await prisma.area.findFirstOrThrow();

    // Plans in every state: Tân Hưng's issued one, a draft of 2027, and the neighbour's unpublished plan.
    const plans = [
      await prisma.plan.findUniqueOrThrow({ where: { id: f.planId } }),
      await prisma.plan.create({
        data: { jurisdictionId: tanHung.id, year: 2027, issuer: "UBND", title: "Dự thảo 2027" },
      }),
      await prisma.plan.create({
        data: {
          jurisdictionId: neighbour.id,
          year: 2026,
          issuer: "UBND",
          title: "Kế hoạch phường bên",
          status: "ACTIVE",
        },
      }),
    ];
    for (const plan of plans) {
      const facts = { jurisdictionId: plan.jurisdictionId, status: plan.status, published: plan.publishedAt !== null };
      subjects.push({ typename: "Plan", id: plan.id, kind: "Plan", facts, label: `plan ${plan.title}` });
      const task =
        (await prisma.task.findFirst({ where: { planId: plan.id } })) ??
        (await prisma.task.create({
          data: {
            planId: plan.id,
            areaId: area.id,
            kind: "KEY",
            section: "I",
            code: "T1",
            title: "Nhiệm vụ",
            content: "…",
            position: 1,
          },
        }));
      subjects.push({ typename: "Task", id: task.id, kind: "Plan", facts, label: `task of ${plan.title}` });
    }

    // Reports in every state, of two units, with a comment on the draft.
    const periods = [...f.periods.values()];
    const states = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"] as const;
    for (const [i, status] of states.entries()) {
      for (const unitId of [f.kt.id, f.vhxh.id]) {
        const report = await makeReport(prisma, f, { periodId: periods[i]?.id as string, unitId, status });
        const facts = { jurisdictionId: tanHung.id, status, unitId };
        subjects.push({
          typename: "ProgressReport",
          id: report.id,
          kind: "ProgressReport",
          facts,
          label: `${status} report`,
        });
        if (status === "DRAFT") {
          const author = await prisma.user.findFirstOrThrow({ where: { username: "kt.canbo" } });
          const comment = await prisma.comment.create({
            data: { authorId: author.id, body: "Góp ý", reportId: report.id },
          });
          subjects.push({
            typename: "Comment",
            id: comment.id,
            kind: "ProgressReport",
            facts,
            label: `comment on ${status}`,
          });
        }
      }
    }

    // Figures of a published and of an unpublished period.
    const indicator = await prisma.indicator.findFirstOrThrow({ where: { planId: f.planId, code: "10" } });
    for (const period of await prisma.reportingPeriod.findMany({
      where: { planId: f.planId },
      orderBy: { startsOn: "asc" },
    })) {
      if (subjects.some((s) => s.typename === "Measurement" && s.facts.published === (period.publishedAt !== null)))
        continue;
      const m = await prisma.measurement.create({
        data: { indicatorId: indicator.id, periodId: period.id, kind: "ESTIMATE", value: "95.5", source: "thử" },
      });
      const published = period.publishedAt !== null && plans[0]?.publishedAt !== null;
      subjects.push({
        typename: "Measurement",
        id: m.id,
        kind: "Measurement",
        facts: { jurisdictionId: tanHung.id, published },
        label: `figure, published ${published}`,
      });
    }

    // Who asks: every Tân Hưng role, the neighbour's admin and office, the city's admin, office and leader, tokens by scope, anonymous.
    for (const username of ["admin", "vanphong", "chutich", "kt.truongphong", "kt.canbo", "vhxh.canbo", "mttq"]) {
      askers.push({ name: username, token: await login(server.url, username), viewer: anonymousViewer });
    }
    const made: [string, string, { role: Role }[], string[]?][] = [
      ["admin.langgieng", neighbour.id, [{ role: "ADMIN" }]],
      ["vanphong.langgieng", neighbour.id, [{ role: "OFFICE" }]],
      ["quantri.thanhpho", cityId, [{ role: "ADMIN" }]],
      ["vanphong.thanhpho", cityId, [{ role: "OFFICE" }]],
      ["lanhdao.thanhpho", cityId, [{ role: "LEADER" }]],
      ["ungdung.kehoach", tanHung.id, [{ role: "API_CLIENT" }], ["plan:read"]],
      ["ungdung.baocao", tanHung.id, [{ role: "API_CLIENT" }], ["report:read"]],
      ["ungdung.tonghop", tanHung.id, [{ role: "API_CLIENT" }], ["overview:read"]],
    ];
    for (const [username, jurisdictionId, grants, scopes] of made) {
      const { token, userId } = await session(username, jurisdictionId, grants, scopes);
      askers.push({ name: username, token, viewer: anonymousViewer });
      const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
      subjects.push({
        typename: "User",
        id: user.id,
        kind: "User",
        facts: { jurisdictionId, userId: user.id },
        label: `user ${username}`,
      });
      if (scopes) {
        const apiToken = await prisma.apiToken.findFirstOrThrow({ where: { userId } });
        subjects.push({
          typename: "ApiToken",
          id: apiToken.id,
          kind: "ApiToken",
          facts: { jurisdictionId },
          label: `token ${username}`,
        });
      }
    }
    askers.push({ name: "anonymous", token: undefined, viewer: anonymousViewer });
    for (const username of ["kt.canbo", "vanphong"]) {
      const user = await prisma.user.findFirstOrThrow({ where: { username, jurisdictionId: tanHung.id } });
      subjects.push({
        typename: "User",
        id: user.id,
        kind: "User",
        facts: { jurisdictionId: tanHung.id, userId: user.id },
        label: `user ${username}`,
      });
    }
    for (const jurisdictionId of [tanHung.id, neighbour.id]) {
      const event = await prisma.auditEvent.create({
        data: { name: "unit.updated", entityType: "Unit", entityId: f.kt.id, jurisdictionId, requestId: "thu" },
      });
      subjects.push({
        typename: "AuditEvent",
        id: event.id,
        kind: "AuditEvent",
        facts: { jurisdictionId },
        label: "audit event",
      });
    }
    bumpGeneration();
    for (const asker of askers) {
      asker.viewer = asker.token ? await resolveViewer(prisma, asker.token, new Date()) : anonymousViewer;
    }
  });
  afterAll(async () => {
    await server?.close();
  });

  it("node(id) answers an object exactly when the policy says the viewer reads it", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(askers.length - 1), fc.nat(subjects.length - 1), async (a, o) => {
        const asker = askers[a] as Asker;
        const subject = subjects[o] as Subject;
        const res = await graphql(server.url, NODE, { id: gid(subject.typename, subject.id) }, asker.token);
        // A hidden object answers exactly as an unknown ID does: null, with no error to tell them apart.
        expect(JSON.stringify(res.body.errors), `${asker.name} → ${subject.label}`).toBeUndefined();
        const reached = res.body.data.node !== null;
        expect(reached, `${asker.name} → ${subject.label}`).toBe(mayRead(asker.viewer, subject.kind, subject.facts));
      }),
      { numRuns: 150, seed: 20261206 },
    );
  });

  it("no list hands out a report or a person the policy hides", async () => {
    const REPORTS = `query($p: ID!) { progressReports(planId: $p, first: 100) { edges { node { id } } } }`;
    const USERS = "{ users(first: 100) { edges { node { id } } } }";
    const hidden = (asker: Asker, typename: string) =>
      new Set(
        subjects
          .filter((s) => s.typename === typename && !mayRead(asker.viewer, s.kind, s.facts))
          .map((s) => gid(s.typename, s.id)),
      );
    for (const asker of askers) {
      const reports = await graphql(server.url, REPORTS, { p: gid("Plan", f.planId) }, asker.token);
      const listedReports: string[] = (reports.body.data?.progressReports?.edges ?? []).map(
        (e: { node: { id: string } }) => e.node.id,
      );
      const hiddenReports = hidden(asker, "ProgressReport");
      expect(
        listedReports.filter((id) => hiddenReports.has(id)),
        asker.name,
      ).toEqual([]);
      const users = await graphql(server.url, USERS, {}, asker.token);
      const listedUsers: string[] = (users.body.data?.users?.edges ?? []).map(
        (e: { node: { id: string } }) => e.node.id,
      );
      const hiddenUsers = hidden(asker, "User");
      expect(
        listedUsers.filter((id) => hiddenUsers.has(id)),
        asker.name,
      ).toEqual([]);
    }
  });
});
