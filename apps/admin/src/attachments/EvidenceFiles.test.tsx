// The evidence files of a report line over the urql data provider (the API stubbed, the upload
// route a stubbed fetch): files listed with their size the Vietnamese way and a download link; an
// oversize file refused before anything is sent; an upload sent to the route and the API's refusal
// shown as it says it; deletion asked for, then sent; nothing to change for those the API does not allow.
import {
  type AttachmentFieldsFragment,
  AttachmentsOfDocument,
  type AttachmentsOfQuery,
  DeleteAttachmentDocument,
  type DeleteAttachmentMutationVariables,
} from "@kehoach/schema";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { AdminContext } from "react-admin";
import { afterEach, describe, expect, it, vi } from "vitest";
import { answer, stubClient } from "../../test/support/stubClient.ts";
import { createDataProvider } from "../dataProvider/index.ts";
import { createI18nProvider } from "../i18n/index.ts";
import { EvidenceFiles, ownerId } from "./EvidenceFiles.tsx";

const OWNER = ownerId("ProgressReportIndicatorLine", "0199a000-0000-7000-8000-000000000001");

const report: AttachmentFieldsFragment = {
  id: btoa("Attachment:1"),
  fileName: "Biên bản nghiệm thu.pdf",
  contentType: "application/pdf",
  size: Math.round(1.2 * 1024 * 1024),
  createdAt: "2026-12-10T02:00:00.000Z",
  downloadUrl: `/tep-dinh-kem/${btoa("Attachment:1")}`,
  uploadedBy: { id: "VXNlcjox", displayName: "Nguyễn Văn Cán" },
};

function renderFiles(mayAttach: boolean, files: AttachmentFieldsFragment[] = [report]) {
  const deleted: DeleteAttachmentMutationVariables[] = [];
  const asked: string[] = [];
  const client = stubClient(
    answer(AttachmentsOfDocument, (variables): AttachmentsOfQuery => {
      asked.push(String(variables.owner));
      return { attachmentsOf: { owner: String(variables.owner), mayAttach, files } };
    }),
    answer(DeleteAttachmentDocument, (variables) => {
      deleted.push(variables);
      return {
        deleteAttachment: { __typename: "DeleteAttachmentPayload" as const, deletedId: String(variables.input.id) },
      };
    }),
  );
  render(
    <AdminContext dataProvider={createDataProvider(client)} i18nProvider={createI18nProvider()}>
      <EvidenceFiles owner={OWNER} />
    </AdminContext>,
  );
  return { deleted, asked };
}

function chooseFile(file: File) {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [file] } });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("EvidenceFiles", () => {
  it("lists the owner's files with a download link and the size in Vietnamese", async () => {
    const { asked } = renderFiles(true);
    const link = await screen.findByRole("link", { name: "Biên bản nghiệm thu.pdf" });
    expect(link.getAttribute("href")).toBe(report.downloadUrl);
    expect(screen.getByText("1,2 MB")).toBeTruthy();
    expect(asked).toEqual([OWNER]);
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    expect(input.accept.split(",")).toEqual(expect.arrayContaining([".pdf", ".docx", ".xlsx", ".png"]));
  });

  it("refuses a file over 10 MB before sending anything", async () => {
    const upload = vi.fn();
    vi.stubGlobal("fetch", upload);
    renderFiles(true);
    await screen.findByRole("link", { name: "Biên bản nghiệm thu.pdf" });
    const big = new File(["%PDF-"], "anh-chup.jpg", { type: "image/jpeg" });
    Object.defineProperty(big, "size", { value: Math.round(12.4 * 1024 * 1024) });
    chooseFile(big);
    expect(await screen.findByText("Tệp anh-chup.jpg nặng 12,4 MB, quá giới hạn 10 MB.")).toBeTruthy();
    expect(upload).not.toHaveBeenCalled();
  });

  it("uploads the chosen file to the owner, and shows the API's reason when it refuses one", async () => {
    const sent: FormData[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: string, init: RequestInit) => {
        expect(url).toBe("/tep-dinh-kem");
        expect((init.headers as Record<string, string>)["x-requested-with"]).toBeTruthy();
        const form = init.body as FormData;
        sent.push(form);
        const name = (form.get("file") as File).name;
        return name.endsWith(".zip")
          ? Response.json(
              {
                errors: [
                  {
                    message: `Tệp ${name} là tệp ZIP, không phải văn bản Word/Excel. Chỉ nhận PDF, ảnh JPG/PNG/WebP, Word, Excel, PowerPoint, ODT/ODS.`,
                    extensions: { code: "UNSUPPORTED_FILE_TYPE" },
                  },
                ],
              },
              { status: 415 },
            )
          : Response.json({ data: { attachment: { ...report, id: btoa("Attachment:2") } } }, { status: 201 });
      }),
    );
    const { asked } = renderFiles(true);
    await screen.findByRole("link", { name: "Biên bản nghiệm thu.pdf" });
    chooseFile(new File(["%PDF-1.7"], "Quyết định.pdf", { type: "application/pdf" }));
    // Sent with its owner, then the list is read again.
    await waitFor(() => expect(asked).toHaveLength(2));
    const [form] = sent as [FormData];
    expect(form.get("owner")).toBe(OWNER);
    expect((form.get("file") as File).name).toBe("Quyết định.pdf");

    chooseFile(new File(["PK"], "so-lieu.zip", { type: "application/zip" }));
    expect(
      await screen.findByText(
        "Tệp so-lieu.zip là tệp ZIP, không phải văn bản Word/Excel. Chỉ nhận PDF, ảnh JPG/PNG/WebP, Word, Excel, PowerPoint, ODT/ODS.",
      ),
    ).toBeTruthy();
  });

  it("asks before deleting a file, then deletes it", async () => {
    const { deleted, asked } = renderFiles(true);
    fireEvent.click(await screen.findByRole("button", { name: "Xóa tệp Biên bản nghiệm thu.pdf" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText(/Xóa tệp Biên bản nghiệm thu.pdf khỏi dòng này\?/)).toBeTruthy();
    expect(deleted).toEqual([]);
    fireEvent.click(within(dialog).getByRole("button", { name: "Xác nhận" }));
    await waitFor(() => expect(deleted).toEqual([{ input: { id: report.id } }]));
    // The list is read again after the deletion.
    await waitFor(() => expect(asked).toHaveLength(2));
  });

  it("lets those the API does not allow only read and download", async () => {
    renderFiles(false);
    await screen.findByRole("link", { name: "Biên bản nghiệm thu.pdf" });
    expect(screen.queryByRole("button", { name: /Xóa tệp/ })).toBeNull();
    expect(screen.queryByText("Đính kèm tệp")).toBeNull();
  });
});
