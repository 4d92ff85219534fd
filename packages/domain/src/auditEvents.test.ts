// Specification of the audit event list: every event readable in both languages, about a known
// kind of item, and signing in and out set apart.
import { describe, expect, it } from "vitest";
import {
  AUDIT_ENTITY_TYPES,
  AUDIT_EVENT_NAMES,
  AUDIT_EVENTS,
  auditEntityTypeLabel,
  auditEventLabel,
  SIGN_IN_EVENT_NAMES,
} from "./auditEvents.ts";

describe("audit events", () => {
  it("labels every event in Vietnamese and English, each about a known kind of item", () => {
    for (const name of AUDIT_EVENT_NAMES) {
      expect(name).toMatch(/^[a-zA-Z]+\.[a-zA-Z]+$/);
      expect(auditEventLabel(name, "vi")).not.toBe(name);
      expect(auditEventLabel(name, "en")).not.toBe(name);
      expect(Object.keys(AUDIT_ENTITY_TYPES)).toContain(AUDIT_EVENTS[name].entityType);
    }
    expect(auditEventLabel("report.submitted", "vi")).toBe("Gửi báo cáo");
    expect(auditEntityTypeLabel("ProgressReport", "en")).toBe("Progress report");
  });

  it("reads an event or kind it does not know by its name", () => {
    expect(auditEventLabel("legacy.thing", "vi")).toBe("legacy.thing");
    expect(auditEntityTypeLabel("Legacy", "vi")).toBe("Legacy");
  });

  it("sets apart signing in and out, and nothing else", () => {
    expect([...SIGN_IN_EVENT_NAMES].sort()).toEqual(["session.created", "session.revoked"]);
  });
});
