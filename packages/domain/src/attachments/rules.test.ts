// Specification of the evidence-file rules: sizes as people read them, the limits, stored names,
// messages that say what to fix, and who may attach or remove files on a report line or task output.
import { describe, expect, it } from "vitest";
import type { Actor } from "../access/policy.ts";
import {
  type AttachmentOwnerFacts,
  attachmentFileName,
  attachmentRefusal,
  attachmentSizeProblem,
  fileKindRefusalMessage,
  fileSizeRefusalMessage,
  formatFileSize,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_OWNER,
  MAX_FILE_NAME_LENGTH,
} from "./rules.ts";

const MB = 1024 * 1024;

function person(roles: string[], unitIds: string[] = [], jurisdictionId = "ward"): Actor {
  return { kind: "user", userId: "u", roles, scopes: [], unitIds, jurisdictionId, belowJurisdictionIds: [] };
}

const line = (over: Partial<Extract<AttachmentOwnerFacts, { kind: "REPORT_LINE" }>> = {}): AttachmentOwnerFacts => ({
  kind: "REPORT_LINE",
  jurisdictionId: "ward",
  unit: { id: "kt", kind: "SPECIALISED_OFFICE", name: "Phòng Kinh tế" },
  reportStatus: "DRAFT",
  periodStatus: "OPEN",
  ...over,
});

describe("file sizes and limits", () => {
  it("writes sizes the Vietnamese way", () => {
    expect(formatFileSize(1.2 * MB, "vi")).toBe("1,2 MB");
    expect(formatFileSize(12.4 * MB, "en")).toBe("12.4 MB");
    expect(formatFileSize(850 * 1024, "vi")).toBe("850 KB");
    expect(formatFileSize(312, "vi")).toBe("312 byte");
    expect(formatFileSize(MAX_ATTACHMENT_BYTES, "vi")).toBe("10 MB");
  });

  it("says how large the file is and what the limit is", () => {
    expect(fileSizeRefusalMessage("anh.jpg", Math.round(12.4 * MB), "vi")).toBe(
      "Tệp anh.jpg nặng 12,4 MB, quá giới hạn 10 MB.",
    );
    expect(fileSizeRefusalMessage("anh.jpg", null, "vi")).toContain("nặng hơn giới hạn 10 MB");
    expect(fileSizeRefusalMessage("a.pdf", 11 * MB, "en")).toBe("File a.pdf is 11 MB, over the 10 MB limit.");
  });

  it("refuses a file over 10 MB or beyond the files an owner holds", () => {
    expect(attachmentSizeProblem({ name: "a.pdf", size: MAX_ATTACHMENT_BYTES }, 0, "vi")).toBeNull();
    expect(attachmentSizeProblem({ name: "a.pdf", size: MAX_ATTACHMENT_BYTES + 1 }, 0, "vi")).toContain("quá giới hạn");
    expect(attachmentSizeProblem({ name: "a.pdf", size: 10 }, MAX_ATTACHMENTS_PER_OWNER, "vi")).toContain(
      "tối đa 20 tệp",
    );
  });
});

describe("messages about a refused kind", () => {
  it("names the file, what it is and what is accepted", () => {
    expect(fileKindRefusalMessage("bao-cao.docx", "ZIP", "vi")).toBe(
      "Tệp bao-cao.docx là tệp ZIP, không phải văn bản Word/Excel. Chỉ nhận PDF, ảnh JPG/PNG/WebP, Word, Excel, PowerPoint, ODT/ODS.",
    );
    expect(fileKindRefusalMessage("setup.pdf", "PROGRAM", "vi")).toBe(
      "Tệp setup.pdf là chương trình chạy được, không nhận được. Chỉ nhận PDF, ảnh JPG/PNG/WebP, Word, Excel, PowerPoint, ODT/ODS.",
    );
    expect(fileKindRefusalMessage("IMG_1.heic", "HEIC", "vi")).toContain("xuất ảnh dạng JPG");
    expect(fileKindRefusalMessage("x.bin", "UNKNOWN", "en")).toContain("Only PDF");
  });
});

describe("attachmentFileName", () => {
  it("keeps Vietnamese names, drops folders and unsafe characters", () => {
    expect(attachmentFileName("C:\\Users\\kt\\Biên bản nghiệm thu.pdf", "PDF")).toBe("Biên bản nghiệm thu.pdf");
    expect(attachmentFileName("../../etc/passwd", "PDF")).toBe("passwd.pdf");
    expect(attachmentFileName('a<b>:"c|?*\u0000\u202e.PDF', "PDF")).toBe("a b c.pdf");
    expect(attachmentFileName("Quye\u0302\u0301t định.pdf", "PDF")).toBe("Quyết định.pdf");
  });

  it("gives the extension of what the content is", () => {
    expect(attachmentFileName("bao-cao.docx", "PDF")).toBe("bao-cao.pdf");
    expect(attachmentFileName("anh.JPEG", "JPEG")).toBe("anh.jpeg");
    expect(attachmentFileName("scan", "PNG")).toBe("scan.png");
    expect(attachmentFileName("...", "PDF")).toBe("tep-dinh-kem.pdf");
  });

  it("shortens long names, keeping the extension", () => {
    const name = attachmentFileName(`${"ả".repeat(400)}.xlsx`, "XLSX");
    expect([...name]).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith(".xlsx")).toBe(true);
  });
});

describe("attachmentRefusal", () => {
  const staff = person(["UNIT_STAFF"], ["kt"]);

  it("lets the unit's staff and head change a draft's or returned report's files", () => {
    expect(attachmentRefusal(staff, line())).toBeNull();
    expect(attachmentRefusal(person(["UNIT_HEAD"], ["kt"]), line({ reportStatus: "RETURNED" }))).toBeNull();
    expect(attachmentRefusal(staff, line({ periodStatus: "UPCOMING" }))).toBeNull();
  });

  it("keeps a sent report's files as they were sent, and a closed period's", () => {
    for (const reportStatus of ["SUBMITTED", "APPROVED"] as const) {
      expect(attachmentRefusal(staff, line({ reportStatus }))).toMatchObject({ reason: "LOCKED" });
    }
    expect(attachmentRefusal(staff, line({ periodStatus: "CLOSED" }))).toMatchObject({
      reason: "LOCKED",
      message: expect.stringContaining("khóa sổ"),
    });
  });

  it("refuses another unit, another ward, readers and reviewers", () => {
    expect(attachmentRefusal(person(["UNIT_STAFF"], ["vhxh"]), line())).toMatchObject({ reason: "NOT_ALLOWED" });
    expect(attachmentRefusal(person(["UNIT_STAFF"], ["kt"], "other-ward"), line())).toMatchObject({
      reason: "NOT_ALLOWED",
    });
    for (const role of ["OFFICE", "LEADER", "SUPERVISOR", "ADMIN"]) {
      expect(attachmentRefusal(person([role]), line())).toMatchObject({ reason: "NOT_ALLOWED" });
    }
  });

  it("lets the office and the task's lead unit change a task output's files", () => {
    const output: AttachmentOwnerFacts = { kind: "TASK_OUTPUT", jurisdictionId: "ward", leadUnitId: "kt" };
    expect(attachmentRefusal(staff, output)).toBeNull();
    expect(attachmentRefusal(person(["OFFICE"]), output)).toBeNull();
    expect(attachmentRefusal(person(["UNIT_STAFF"], ["vhxh"]), output)).toMatchObject({ reason: "NOT_ALLOWED" });
    expect(attachmentRefusal(person(["LEADER"]), output)).toMatchObject({ reason: "NOT_ALLOWED" });
    expect(attachmentRefusal(person(["OFFICE"], [], "other-ward"), output)).toMatchObject({ reason: "NOT_ALLOWED" });
    expect(attachmentRefusal(staff, { ...output, leadUnitId: null })).toMatchObject({ reason: "NOT_ALLOWED" });
  });
});
