// Reminders (issue 13, item 3) on both databases: a unit with no report sent is reminded from three
// days before the due day and again the day after it, each reminder stored and e-mailed exactly once
// although two processes look at the same time; its people read it in the console's list, in their
// language, and mark it read; no one else sees it.
import { openDatabase } from "@kehoach/db";
import { testDatabaseKinds } from "@kehoach/db/testing";
import type { Clock } from "@kehoach/domain";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpMailer } from "../../src/reminders/mailer.ts";
import { sendReminders } from "../../src/reminders/sendReminders.ts";
import { type Fixtures, loadFixtures, makeReport, setPeriodStatus } from "../report/support.ts";
import { graphql, login, startTestServer, type TestServer } from "../support/server.ts";

interface Received {
  to: string[];
  subject: string;
}

/** A MIME header's text (RFC 2047 encoded words, B or Q, folded over lines). */
function decodeHeader(header: string): string {
  return header
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/\r?\n[ \t]/g, " ")
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_all, encoding: string, text: string) =>
      encoding.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(
            text
              .replace(/_/g, " ")
              .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
            "latin1",
          ).toString("utf8"),
    );
}

async function startSmtp() {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, session, done) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => {
        raw += chunk.toString("utf8");
      });
      stream.on("end", () => {
        const subject = decodeHeader(/^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? "");
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), subject });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  return { received, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const at = (iso: string): Clock => ({ now: () => new Date(iso) });
const QUERY = /* GraphQL */ `
  query($locale: Locale) {
    unreadNotificationCount
    notifications(first: 50) { totalCount edges { node { id kind title(locale: $locale) body(locale: $locale) read unit { code } period { label } } } }
  }`;

describe.each(testDatabaseKinds)("reminders on the $kind database", ({ kind, create }) => {
  let server: TestServer;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let f: Fixtures;
  const prisma = () => server.test.db.prisma;

  beforeAll(async () => {
    server = await startTestServer(create);
    smtp = await startSmtp();
    f = await loadFixtures(prisma());
    const november = f.periods.get(11) as { id: string };
    await setPeriodStatus(prisma(), november.id, "OPEN");
    await makeReport(prisma(), f, { periodId: november.id, unitId: f.kt.id, status: "SUBMITTED" });
    // Only November's figures matter here: every other month is sent, every task is on time.
    await prisma().reportingPeriod.updateMany({
      where: { kind: "MONTH", NOT: { id: november.id } },
      data: { status: "UPCOMING" },
    });
    await prisma().task.updateMany({ data: { deadline: null } });
    await prisma().user.updateMany({
      where: { username: "vhxh.canbo" },
      data: { email: "vhxh.canbo@tanhung.example" },
    });
    await prisma().user.updateMany({ where: { username: "kt.canbo" }, data: { email: "kt.canbo@tanhung.example" } });
  });
  afterAll(async () => {
    await smtp?.close();
    await server?.close();
  });

  it("reminds nobody four days before the due day", async () => {
    expect(await sendReminders(server.test.db, at("2026-11-13T03:00:00+07:00"), { mailer: smtpMailer(smtp.url) })).toBe(
      0,
    );
    expect(await prisma().notification.count()).toBe(0);
  });

  it("reminds each unit with no report sent once, three days before, though two processes look at once", async () => {
    // Two API processes: on PostgreSQL each with its own connection pool.
    const other = kind === "postgres" ? await openDatabase({ databaseUrl: server.test.url as string }) : server.test.db;
    try {
      const day = at("2026-11-14T08:00:00+07:00");
      const made = await Promise.all([
        sendReminders(server.test.db, day, { mailer: smtpMailer(smtp.url) }),
        sendReminders(other, day, { mailer: smtpMailer(smtp.url) }),
      ]);
      const rows = await prisma().notification.findMany({
        select: { key: true, kind: true, unitId: true, emailedAt: true },
      });
      expect(made[0] + made[1]).toBe(rows.length);
      expect(rows.length).toBeGreaterThan(1);
      expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
      expect(rows.every((r) => r.kind === "REPORT_DUE_SOON")).toBe(true);
      expect(rows.some((r) => r.unitId === f.vhxh.id)).toBe(true);
      expect(rows.some((r) => r.unitId === f.kt.id)).toBe(false);
      // One e-mail for vhxh (the only reminded unit with an address), with the Vietnamese title.
      expect(smtp.received).toEqual([
        { to: ["vhxh.canbo@tanhung.example"], subject: "Sắp đến hạn gửi báo cáo Tháng 11/2026" },
      ]);
      expect(rows.find((r) => r.unitId === f.vhxh.id)?.emailedAt).not.toBeNull();
    } finally {
      if (other !== server.test.db) await other.close();
    }
    expect(await sendReminders(server.test.db, at("2026-11-16T08:00:00+07:00"), { mailer: smtpMailer(smtp.url) })).toBe(
      0,
    );
    expect(smtp.received).toHaveLength(1);
  });

  it("says the report is overdue the day after the due day, once", async () => {
    const before = await prisma().notification.count();
    const made = await sendReminders(server.test.db, at("2026-11-18T08:00:00+07:00"), { mailer: smtpMailer(smtp.url) });
    expect(made).toBe(before);
    expect(await prisma().notification.count({ where: { kind: "REPORT_OVERDUE", unitId: f.vhxh.id } })).toBe(1);
    expect(smtp.received.map((m) => m.subject)).toEqual([
      "Sắp đến hạn gửi báo cáo Tháng 11/2026",
      "Quá hạn gửi báo cáo Tháng 11/2026",
    ]);
    expect(await sendReminders(server.test.db, at("2026-11-19T08:00:00+07:00"))).toBe(0);
  });

  it("shows a unit's people their reminders in their language, read per person, and no one else", async () => {
    const vhxh = await login(server.url, "vhxh.canbo");
    const seen = (await graphql(server.url, QUERY, { locale: "VI" }, vhxh)).body.data;
    expect(seen.unreadNotificationCount).toBe(2);
    const titles = seen.notifications.edges.map((e: { node: { title: string } }) => e.node.title);
    expect(titles).toEqual(["Quá hạn gửi báo cáo Tháng 11/2026", "Sắp đến hạn gửi báo cáo Tháng 11/2026"]);
    expect(seen.notifications.edges[0].node).toMatchObject({
      read: false,
      unit: { code: "vhxh" },
      period: { label: "Tháng 11/2026" },
    });
    expect(seen.notifications.edges[0].node.body).toContain("17/11/2026");
    const english = (await graphql(server.url, QUERY, { locale: "EN" }, vhxh)).body.data;
    expect(english.notifications.edges[1].node.title).toBe("Report for Tháng 11/2026 due soon");

    const kt = (await graphql(server.url, QUERY, {}, await login(server.url, "kt.canbo"))).body.data;
    expect(kt.notifications.edges.some((e: { node: { unit: { code: string } } }) => e.node.unit.code === "vhxh")).toBe(
      false,
    );
    const anonymous = (await graphql(server.url, QUERY, {})).body.data;
    expect(anonymous).toMatchObject({ unreadNotificationCount: 0, notifications: { totalCount: 0 } });
    const hidden = await graphql(
      server.url,
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: seen.notifications.edges[0].node.id },
      await login(server.url, "kt.canbo"),
    );
    expect(hidden.body.data.node).toBeNull();

    const MARK = `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) {
      __typename ... on MarkNotificationsReadPayload { unreadCount } ... on Error { message } } }`;
    const none = await graphql(server.url, MARK, { input: {} }, vhxh);
    expect(none.body.data.markNotificationsRead.__typename).toBe("ValidationError");
    const one = await graphql(server.url, MARK, { input: { ids: [seen.notifications.edges[0].node.id] } }, vhxh);
    expect(one.body.data.markNotificationsRead).toEqual({ __typename: "MarkNotificationsReadPayload", unreadCount: 1 });
    const all = await graphql(server.url, MARK, { input: { all: true } }, vhxh);
    expect(all.body.data.markNotificationsRead.unreadCount).toBe(0);
    expect(
      (await graphql(server.url, QUERY, {}, vhxh)).body.data.notifications.edges.every(
        (e: { node: { read: boolean } }) => e.node.read,
      ),
    ).toBe(true);
    // Another person of the same unit has read nothing yet.
    const head = await login(server.url, "vhxh.truongphong");
    expect((await graphql(server.url, QUERY, {}, head)).body.data.unreadNotificationCount).toBe(2);
  });
});
