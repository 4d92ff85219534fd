// The rules of evidence files (tệp minh chứng): how large, how many per owner, what a stored file is
// called, who may attach and remove them, and what each refusal tells the person to do. Read by the
// API (upload route, deleteAttachment) and by the console (checks before uploading, buttons shown).
import { type Actor, mayDo, reachOf } from "../access/policy.ts";
import { formatNumber, type Locale } from "../format.ts";
import type { PeriodStatus } from "../periods.ts";
import { type ReportStatus, reportTransitionRefusal } from "../reporting/reportTransitions.ts";
import { mayReportFor, type UnitKind } from "../reporting/whoReports.ts";
import { ATTACHMENT_KINDS, type AttachmentKind, REFUSED_FILE_KINDS, type RefusedFileKind } from "./fileKind.ts";

/** 10 MB a file: a scanned decision or a photo of a site, not a video. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Files a report line or a task output may hold. */
export const MAX_ATTACHMENTS_PER_OWNER = 20;
/** Characters of a stored file name, extension included. */
export const MAX_FILE_NAME_LENGTH = 150;

const MB = 1024 * 1024;

/** "1,2 MB", "850 KB", "312 byte" (binary units, as file managers show them). */
export function formatFileSize(bytes: number, locale: Locale): string {
  if (bytes >= MB) return `${formatNumber(bytes / MB, locale, { maximumFractionDigits: 1 })} MB`;
  if (bytes >= 1024) return `${formatNumber(Math.round(bytes / 1024), locale)} KB`;
  return `${formatNumber(bytes, locale)} ${locale === "vi" ? "byte" : bytes === 1 ? "byte" : "bytes"}`;
}

const ACCEPTED: Record<Locale, string> = {
  vi: "Chỉ nhận PDF, ảnh JPG/PNG/WebP, Word, Excel, PowerPoint, ODT/ODS.",
  en: "Only PDF, JPG/PNG/WebP images, Word, Excel, PowerPoint and ODT/ODS files are accepted.",
};

/** What to do instead, for refused files that have a remedy. */
const REMEDY: Partial<Record<RefusedFileKind, Record<Locale, string>>> = {
  HEIC: { vi: "Hãy xuất ảnh dạng JPG rồi tải lên lại.", en: "Export the photo as JPG and upload it again." },
  MACRO: {
    vi: "Hãy lưu lại dạng .docx/.xlsx/.pptx thường (không có macro).",
    en: "Save it again as a plain .docx/.xlsx/.pptx (without macros).",
  },
  ENCRYPTED: { vi: "Hãy gỡ mật khẩu rồi tải lên lại.", en: "Remove the password and upload it again." },
  LEGACY_PPT: { vi: "Hãy mở và lưu lại dạng .pptx hoặc PDF.", en: "Open it and save it as .pptx or PDF." },
};

/** Why a file's content is refused, naming the file and what is accepted. */
export function fileKindRefusalMessage(fileName: string, refused: RefusedFileKind, locale: Locale): string {
  const what = REFUSED_FILE_KINDS[refused][locale];
  const remedy = REMEDY[refused]?.[locale];
  if (locale === "vi") {
    if (refused === "EMPTY") return `Tệp ${fileName} rỗng: không có nội dung để đính kèm.`;
    if (refused === "UNKNOWN") return `Tệp ${fileName} không phải loại tệp được nhận. ${ACCEPTED.vi}`;
    if (refused === "ZIP") return `Tệp ${fileName} là tệp ZIP, không phải văn bản Word/Excel. ${ACCEPTED.vi}`;
    return `Tệp ${fileName} là ${what}, không nhận được. ${remedy ?? ACCEPTED.vi}`;
  }
  if (refused === "EMPTY") return `File ${fileName} is empty: there is nothing to attach.`;
  if (refused === "UNKNOWN") return `File ${fileName} is not a kind of file that is accepted. ${ACCEPTED.en}`;
  if (refused === "ZIP") return `File ${fileName} is a ZIP archive, not a Word/Excel document. ${ACCEPTED.en}`;
  return `File ${fileName} is ${what} and cannot be attached. ${remedy ?? ACCEPTED.en}`;
}

/**
 * Why a file is too large: its size when known (the console knows it; the server stops reading at
 * the limit and knows only that it is over).
 */
export function fileSizeRefusalMessage(fileName: string, size: number | null, locale: Locale): string {
  const limit = formatFileSize(MAX_ATTACHMENT_BYTES, locale);
  if (locale === "vi") {
    return size === null
      ? `Tệp ${fileName} nặng hơn giới hạn ${limit}. Hãy nén ảnh, chia nhỏ hoặc xuất PDF nhẹ hơn.`
      : `Tệp ${fileName} nặng ${formatFileSize(size, locale)}, quá giới hạn ${limit}.`;
  }
  return size === null
    ? `File ${fileName} is larger than the ${limit} limit. Compress the image, split it or export a lighter PDF.`
    : `File ${fileName} is ${formatFileSize(size, locale)}, over the ${limit} limit.`;
}

export function attachmentCountRefusalMessage(locale: Locale): string {
  return locale === "vi"
    ? `Mỗi dòng báo cáo hoặc sản phẩm đầu ra có tối đa ${MAX_ATTACHMENTS_PER_OWNER} tệp: xóa bớt tệp cũ trước khi tải thêm.`
    : `A report line or a task output holds at most ${MAX_ATTACHMENTS_PER_OWNER} files: delete some before adding more.`;
}

/** Why a file may not be attached, before its content is read: too large, or too many already. */
export function attachmentSizeProblem(file: { name: string; size: number }, existing: number, locale: Locale) {
  if (file.size > MAX_ATTACHMENT_BYTES) return fileSizeRefusalMessage(file.name, file.size, locale);
  if (existing >= MAX_ATTACHMENTS_PER_OWNER) return attachmentCountRefusalMessage(locale);
  return null;
}

const UNSAFE_CHARACTERS = /[\p{Cc}\p{Cf}<>:"/\\|?*]/gu;

/**
 * The name a file is stored and downloaded under: no folder, no control or reserved characters,
 * Vietnamese letters kept (NFC), at most MAX_FILE_NAME_LENGTH characters, and the extension of
 * what the content is (a PDF sent as "bao-cao.docx" is kept as "bao-cao.pdf").
 */
export function attachmentFileName(sentName: string, kind: AttachmentKind): string {
  const base = sentName.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const { extensions } = ATTACHMENT_KINDS[kind];
  let stem = base
    .replace(UNSAFE_CHARACTERS, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, "");
  const extension = /\.([a-z][a-z0-9]{0,4})$/i.exec(stem);
  const own = extension && (extensions as readonly string[]).includes((extension[1] as string).toLowerCase());
  if (extension) stem = stem.slice(0, extension.index).replace(/[.\s]+$/, "");
  const suffix = own ? (extension[1] as string).toLowerCase() : extensions[0];
  const room = MAX_FILE_NAME_LENGTH - suffix.length - 1;
  stem = [...(stem || "tep-dinh-kem")].slice(0, room).join("").trim();
  return `${stem}.${suffix}`;
}

/** What the rule is tested against: the owner of the files. */
export type AttachmentOwnerFacts =
  | {
      kind: "REPORT_LINE";
      jurisdictionId: string;
      unit: { id: string; kind: UnitKind; name: string };
      reportStatus: ReportStatus;
      periodStatus: PeriodStatus;
    }
  | { kind: "TASK_OUTPUT"; jurisdictionId: string; leadUnitId: string | null };

export type AttachmentRefusal =
  /** The person may not change this owner's files at all: answered as for an unknown owner when it may not read it either. */
  | { reason: "NOT_ALLOWED"; message: string }
  /** The report has been sent or its period closed: the files are kept as they were sent. */
  | { reason: "LOCKED"; message: string };

/**
 * Why the person may not attach files to this owner, or remove them; null when it may. A report
 * line: whoever may save the report's draft now (whoReports.ts, reportTransitions.ts) — the unit's
 * staff and head while the report is a draft or returned and its period not closed. A task output:
 * the "taskOutput.attach" rule of the access policy.
 */
export function attachmentRefusal(actor: Actor, owner: AttachmentOwnerFacts): AttachmentRefusal | null {
  if (owner.kind === "TASK_OUTPUT") {
    return mayDo(actor, "taskOutput.attach", { jurisdictionId: owner.jurisdictionId, unitId: owner.leadUnitId })
      ? null
      : {
          reason: "NOT_ALLOWED",
          message: "Chỉ Văn phòng và cán bộ của đơn vị chủ trì nhiệm vụ đính kèm hoặc xóa tệp của sản phẩm đầu ra.",
        };
  }
  if (
    actor.kind !== "user" ||
    reachOf(actor, owner.jurisdictionId) !== "OWN" ||
    !mayReportFor(actor, owner.unit, "DRAFT")
  ) {
    return {
      reason: "NOT_ALLOWED",
      message: `Chỉ cán bộ của ${owner.unit.name} đính kèm hoặc xóa tệp trong báo cáo của đơn vị.`,
    };
  }
  const refusal = reportTransitionRefusal("SAVE", owner.reportStatus, owner.periodStatus);
  if (refusal === "PERIOD_CLOSED") {
    return { reason: "LOCKED", message: "Kỳ báo cáo đã khóa sổ: không đính kèm hay xóa tệp được nữa." };
  }
  if (refusal !== null) {
    return {
      reason: "LOCKED",
      message:
        "Báo cáo đã gửi: tệp minh chứng giữ nguyên như khi gửi. Chỉ đính kèm, xóa tệp khi báo cáo còn là nháp hoặc bị trả lại.",
    };
  }
  return null;
}
