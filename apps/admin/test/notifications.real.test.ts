// @vitest-environment node
// Reminders through the data provider against the real API: those made on 14/11/2026, three days
// before November's due day (17/11 under Decree 09/2019), reach the people of the unit reminded
// (vhxh), in Vietnamese or English, and no one else; vhxh.canbo marks one read, then all, and the
// bell's count follows, while the read marks stay vhxh.canbo's own (the unit's head still has them
// unread).
import { gid, loadFixtures, sendReminders, setPeriodStatus } from "@kehoach/api/testing";
import type { DataProvider } from "react-admin";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// The API's own reminder run (not part of @kehoach/api/testing), on a fixed day.
import type { NotificationRecord } from "../src/dataProvider/notifications.ts";
import { type RealApi, startRealApi } from "./support/api.ts";

const PAGE = { pagination: { page: 1, perPage: 100 }, sort: { field: "createdAt", order: "DESC" as const } };

const remindersOf = async (dataProvider: DataProvider, filter: object = {}, locale = "vi") =>
  (await dataProvider.getList<NotificationRecord>("notifications", { ...PAGE, filter, meta: { locale } })).data;

const unreadCountOf = async (dataProvider: DataProvider): Promise<number> => {
  const { total } = await dataProvider.getList("notifications", { ...PAGE, filter: {}, meta: { unreadCount: true } });
  expect(total).toBeTypeOf("number");
  return total as number;
};

describe("data provider on the real API: reminders", () => {
  let api: RealApi;
  let novemberId: string;

  beforeAll(async () => {
    api = await startRealApi();
    const prisma = api.server.test.db.prisma;
    const november = (await loadFixtures(prisma)).periods.get(11);
    if (!november) throw new Error("no November period in the seed");
    await setPeriodStatus(prisma, november.id, "OPEN");
    novemberId = gid("ReportingPeriod", november.id);
    const made = await sendReminders(api.server.test.db, { now: () => new Date("2026-11-14T08:00:00+07:00") });
    expect(made).toBeGreaterThan(0);
  }, 180_000);
  afterAll(async () => {
    await api?.close();
  });

  it("shows vhxh.canbo its unit's reminder that November's report is due, in Vietnamese or English", async () => {
    const staff = await api.dataProviderAs("vhxh.canbo");
    const reminders = await remindersOf(staff);
    expect(reminders.length).toBeGreaterThan(0);
    expect(reminders.every((n) => n.unit.code === "vhxh")).toBe(true);
    const dueSoon = reminders.find((n) => n.kind === "REPORT_DUE_SOON" && n.period?.id === novemberId);
    expect(dueSoon).toMatchObject({
      title: "Sắp đến hạn gửi báo cáo Tháng 11/2026",
      body: "Đơn vị chưa gửi báo cáo Tháng 11/2026; hạn gửi là ngày 17/11/2026.",
      read: false,
      createdAt: "2026-11-14T01:00:00.000Z",
    });
    const english = await remindersOf(staff, {}, "en");
    expect(english.find((n) => n.id === dueSoon?.id)?.title).toBe("Report for Tháng 11/2026 due soon");
    expect(await unreadCountOf(staff)).toBe(reminders.length);
  });

  it("shows another unit's people and someone outside any unit none of vhxh's reminders", async () => {
    const vhxhIds = new Set((await remindersOf(await api.dataProviderAs("vhxh.canbo"))).map((n) => n.id));
    const kt = await remindersOf(await api.dataProviderAs("kt.canbo"));
    expect(kt.some((n) => vhxhIds.has(n.id))).toBe(false);
    expect(kt.every((n) => n.unit.code === "kt")).toBe(true);

    const chairman = await api.dataProviderAs("chutich");
    expect(await remindersOf(chairman)).toEqual([]);
    expect(await unreadCountOf(chairman)).toBe(0);
  });

  it("lets vhxh.canbo mark one reminder read, then all, for itself only", async () => {
    const staff = await api.dataProviderAs("vhxh.canbo");
    const before = await unreadCountOf(staff);
    const dueSoon = (await remindersOf(staff)).find(
      (n) => n.kind === "REPORT_DUE_SOON" && n.period?.id === novemberId,
    ) as NotificationRecord;

    await staff.update("notifications", { id: dueSoon.id, data: { read: true }, previousData: dueSoon });
    expect(await unreadCountOf(staff)).toBe(before - 1);
    expect((await remindersOf(staff, { unreadOnly: true })).map((n) => n.id)).not.toContain(dueSoon.id);
    expect((await remindersOf(staff)).find((n) => n.id === dueSoon.id)?.read).toBe(true);

    await staff.updateMany("notifications", { ids: [], data: { read: true }, meta: { all: true } });
    expect(await unreadCountOf(staff)).toBe(0);
    expect(await remindersOf(staff, { unreadOnly: true })).toEqual([]);

    const head = await api.dataProviderAs("vhxh.truongphong");
    expect(await unreadCountOf(head)).toBe(before);
  });
});
