// The console refuses a plan document it knows the API will refuse, with a message that says why.
import { describe, expect, it } from "vitest";
import { documentFileProblem, MAX_DOCUMENT_BYTES } from "./documentFile.ts";

const fileOf = (name: string, bytes: number) => new File([new Uint8Array(bytes)], name);

describe("documentFileProblem", () => {
  it("accepts .docx, .pdf, .md and .txt files up to 10 MB", () => {
    for (const name of ["ke-hoach.docx", "KE-HOACH.PDF", "ke-hoach.md", "ke-hoach.txt"]) {
      expect(documentFileProblem(fileOf(name, 100), "vi")).toBeNull();
    }
    expect(documentFileProblem(fileOf("ke-hoach.docx", MAX_DOCUMENT_BYTES), "vi")).toBeNull();
  });

  it("refuses another kind of file by its name", () => {
    expect(documentFileProblem(fileOf("anh-chup.png", 100), "vi")).toEqual({
      message: "app.plan_import.upload.wrong_type",
      args: { name: "anh-chup.png" },
    });
  });

  it("refuses a file over 10 MB, giving its size in Vietnamese format", () => {
    expect(documentFileProblem(fileOf("ke-hoach.pdf", 12.5 * 1024 * 1024), "vi")).toEqual({
      message: "app.plan_import.upload.too_large",
      args: { name: "ke-hoach.pdf", size: "12,5" },
    });
  });
});
