// @vitest-environment node
// The reporting calendar screen's operations against the real API: the office reads the ward's
// calendar (Decree 09/2019 after seeding), saves a new one with the version read and is told how
// many periods moved, a stale version is a conflict, the rule's refusal names its field, and unit
// staff may not change it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readReportingCalendar, saveReportingCalendar } from "../src/reportingCalendar/reportingCalendarApi.ts";
import { type RealApi, startRealApi } from "./support/api.ts";

describe("reporting calendar on the real API", () => {
  let api: RealApi;

  beforeAll(async () => {
    api = await startRealApi();
  });
  afterAll(() => api?.close());

  it("reads the Decree 09/2019 calendar, saves a new one over the version read, and refuses a stale version", async () => {
    const office = await api.clientAs("vanphong");
    const read = await readReportingCalendar(office);
    expect(read?.calendar).toMatchObject({ windowStartDay: 15, dueDaysAfterCutoff: 3 });
    const version = read?.calendar.version as number;

    const saved = await saveReportingCalendar(office, { windowStartDay: 15, dueDaysAfterCutoff: 5 }, version);
    expect(saved).toMatchObject({
      kind: "saved",
      calendar: { windowStartDay: 15, dueDaysAfterCutoff: 5, version: version + 1 },
    });
    expect(saved.kind === "saved" && saved.redatedPeriodCount).toBeGreaterThanOrEqual(0);

    const stale = await saveReportingCalendar(office, { windowStartDay: 1, dueDaysAfterCutoff: 3 }, version);
    expect(stale).toEqual({ kind: "conflict", currentVersion: version + 1 });

    const back = await saveReportingCalendar(office, { windowStartDay: 15, dueDaysAfterCutoff: 3 }, version + 1);
    expect(back).toMatchObject({ kind: "saved", calendar: { windowStartDay: 15, dueDaysAfterCutoff: 3 } });
  });

  it("puts the rule's refusal under its field", async () => {
    const office = await api.clientAs("vanphong");
    const read = await readReportingCalendar(office);
    const refused = await saveReportingCalendar(
      office,
      { windowStartDay: 15, dueDaysAfterCutoff: 40 },
      read?.calendar.version as number,
    );
    expect(refused).toMatchObject({
      kind: "refused",
      fields: { dueDaysAfterCutoff: expect.stringContaining("Hạn gửi") },
    });
  });

  it("refuses unit staff", async () => {
    const staff = await api.clientAs("kt.canbo");
    const read = await readReportingCalendar(staff);
    const refused = await saveReportingCalendar(
      staff,
      { windowStartDay: 1, dueDaysAfterCutoff: 3 },
      read?.calendar.version ?? 1,
    );
    expect(refused.kind).toBe("refused");
  });
});
