// Labels and messages of the evidence files (tệp minh chứng), Vietnamese and English (same keys).
import type { FeatureMessages } from "../i18n/features.ts";

const messages: FeatureMessages = {
  vi: {
    resources: { attachments: { name: "Tệp minh chứng |||| Tệp minh chứng" } },
    app: {
      attachments: {
        title: "Tệp minh chứng",
        upload: "Đính kèm tệp",
        uploading: "Đang tải lên…",
        uploaded: "Đã đính kèm %{name}",
        hint: "PDF, ảnh JPG/PNG/WebP, Word, Excel, PowerPoint, ODT/ODS; tối đa 10 MB một tệp.",
        download: "Tải về %{name}",
        delete: "Xóa tệp %{name}",
        delete_title: "Xóa tệp minh chứng?",
        delete_content: "Xóa tệp %{name} khỏi dòng này? Việc xóa được ghi vào nhật ký.",
        deleted: "Đã xóa tệp",
        save_first: "Tệp minh chứng (PDF, ảnh, Word, Excel…): lưu nháp trước, rồi đính kèm tại đây.",
      },
    },
  },
  en: {
    resources: { attachments: { name: "Evidence file |||| Evidence files" } },
    app: {
      attachments: {
        title: "Evidence files",
        upload: "Attach a file",
        uploading: "Uploading…",
        uploaded: "Attached %{name}",
        hint: "PDF, JPG/PNG/WebP images, Word, Excel, PowerPoint, ODT/ODS; at most 10 MB a file.",
        download: "Download %{name}",
        delete: "Delete file %{name}",
        delete_title: "Delete the evidence file?",
        delete_content: "Delete %{name} from this line? The deletion is recorded in the audit log.",
        deleted: "File deleted",
        save_first: "Evidence files (PDF, images, Word, Excel…): save the draft first, then attach them here.",
      },
    },
  },
};

export default messages;
