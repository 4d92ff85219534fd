// The audit events (nhật ký) the API records, in one list read by the API (what it stores, what
// its filters mean) and the console (labels, choices, text search): each event names the kind of
// item it is about and how a person reads it, in Vietnamese and English.
import type { Locale } from "./format.ts";

/** The kinds of item an audit event can be about, as a person reads them. */
export const AUDIT_ENTITY_TYPES = {
  Session: { vi: "Phiên đăng nhập", en: "Session" },
  Jurisdiction: { vi: "Đơn vị hành chính", en: "Jurisdiction" },
  ApiToken: { vi: "Token API", en: "API token" },
  Unit: { vi: "Đơn vị", en: "Unit" },
  User: { vi: "Người dùng", en: "User" },
  Assignment: { vi: "Phân công", en: "Assignment" },
  Plan: { vi: "Kế hoạch", en: "Plan" },
  Indicator: { vi: "Chỉ tiêu", en: "Indicator" },
  Task: { vi: "Nhiệm vụ", en: "Task" },
  ReportingPeriod: { vi: "Kỳ báo cáo", en: "Reporting period" },
  ProgressReport: { vi: "Báo cáo tiến độ", en: "Progress report" },
  Comment: { vi: "Góp ý", en: "Comment" },
  Recommendation: { vi: "Kiến nghị của cử tri", en: "Voters' recommendation" },
  Attachment: { vi: "Tệp minh chứng", en: "Evidence file" },
} as const satisfies Record<string, Record<Locale, string>>;

export type AuditEntityType = keyof typeof AUDIT_ENTITY_TYPES;

export interface AuditEventSpec {
  entityType: AuditEntityType;
  label: Record<Locale, string>;
}

export const AUDIT_EVENTS = {
  "session.created": { entityType: "Session", label: { vi: "Đăng nhập", en: "Signed in" } },
  "session.revoked": { entityType: "Session", label: { vi: "Đăng xuất", en: "Signed out" } },
  "apiToken.created": { entityType: "ApiToken", label: { vi: "Tạo token API", en: "Created an API token" } },
  "apiToken.revoked": { entityType: "ApiToken", label: { vi: "Thu hồi token API", en: "Revoked an API token" } },
  "jurisdiction.created": {
    entityType: "Jurisdiction",
    label: { vi: "Thêm đơn vị hành chính", en: "Added a jurisdiction" },
  },
  "jurisdiction.calendarChanged": {
    entityType: "Jurisdiction",
    label: { vi: "Sửa lịch báo cáo", en: "Changed the reporting calendar" },
  },
  "unit.created": { entityType: "Unit", label: { vi: "Tạo đơn vị", en: "Created a unit" } },
  "unit.updated": { entityType: "Unit", label: { vi: "Sửa đơn vị", en: "Changed a unit" } },
  "unit.archived": { entityType: "Unit", label: { vi: "Ngừng sử dụng đơn vị", en: "Archived a unit" } },
  "user.created": { entityType: "User", label: { vi: "Tạo người dùng", en: "Created a user" } },
  "user.updated": { entityType: "User", label: { vi: "Sửa người dùng", en: "Changed a user" } },
  "user.archived": { entityType: "User", label: { vi: "Ngừng sử dụng tài khoản", en: "Archived an account" } },
  "user.passwordSet": { entityType: "User", label: { vi: "Đặt mật khẩu", en: "Set a password" } },
  "user.passwordChanged": {
    entityType: "User",
    label: { vi: "Tự đổi mật khẩu", en: "Changed own password" },
  },
  "assignment.updated": { entityType: "Assignment", label: { vi: "Sửa phân công", en: "Changed an assignment" } },
  "assignment.confirmed": {
    entityType: "Assignment",
    label: { vi: "Xác nhận phân công", en: "Confirmed an assignment" },
  },
  "plan.created": { entityType: "Plan", label: { vi: "Tạo kế hoạch", en: "Created a plan" } },
  "plan.imported": {
    entityType: "Plan",
    label: { vi: "Nhập kế hoạch từ văn bản", en: "Imported a plan from its document" },
  },
  "plan.updated": { entityType: "Plan", label: { vi: "Sửa kế hoạch", en: "Changed a plan" } },
  "plan.published": { entityType: "Plan", label: { vi: "Công bố kế hoạch", en: "Published a plan" } },
  "plan.unpublished": { entityType: "Plan", label: { vi: "Gỡ công bố kế hoạch", en: "Unpublished a plan" } },
  "plan.archived": { entityType: "Plan", label: { vi: "Lưu trữ kế hoạch", en: "Archived a plan" } },
  "indicator.created": { entityType: "Indicator", label: { vi: "Thêm chỉ tiêu", en: "Added an indicator" } },
  "indicator.updated": { entityType: "Indicator", label: { vi: "Sửa chỉ tiêu", en: "Changed an indicator" } },
  "indicator.archived": { entityType: "Indicator", label: { vi: "Lưu trữ chỉ tiêu", en: "Archived an indicator" } },
  "indicator.targetsSet": {
    entityType: "Indicator",
    label: { vi: "Đặt mức chỉ tiêu", en: "Set an indicator's targets" },
  },
  "indicator.contributionSet": {
    entityType: "Indicator",
    label: { vi: "Đặt chỉ tiêu thành phố mà chỉ tiêu góp vào", en: "Linked an indicator to its city's" },
  },
  "task.created": { entityType: "Task", label: { vi: "Thêm nhiệm vụ", en: "Added a task" } },
  "task.updated": { entityType: "Task", label: { vi: "Sửa nhiệm vụ", en: "Changed a task" } },
  "task.archived": { entityType: "Task", label: { vi: "Lưu trữ nhiệm vụ", en: "Archived a task" } },
  "wardReport.finalized": {
    entityType: "ReportingPeriod",
    label: { vi: "Chốt báo cáo tổng hợp tháng", en: "Finalised the monthly ward report" },
  },
  "recommendation.recorded": {
    entityType: "Recommendation",
    label: { vi: "Ghi nhận kiến nghị của cử tri", en: "Recorded a voters' recommendation" },
  },
  "recommendation.assigned": {
    entityType: "Recommendation",
    label: { vi: "Giao kiến nghị cho đơn vị", en: "Assigned a recommendation to a unit" },
  },
  "recommendation.answered": {
    entityType: "Recommendation",
    label: { vi: "Trả lời kiến nghị", en: "Answered a recommendation" },
  },
  "recommendation.resolved": {
    entityType: "Recommendation",
    label: { vi: "Xác nhận kiến nghị đã giải quyết", en: "Confirmed a recommendation resolved" },
  },
  "recommendation.reopened": {
    entityType: "Recommendation",
    label: { vi: "Kiến nghị chưa được giải quyết, giao lại", en: "Sent a recommendation back as unresolved" },
  },
  "wardReport.published": {
    entityType: "ReportingPeriod",
    label: { vi: "Công bố báo cáo tổng hợp tháng", en: "Published the monthly ward report" },
  },
  "reportingPeriod.opened": {
    entityType: "ReportingPeriod",
    label: { vi: "Mở kỳ báo cáo", en: "Opened a reporting period" },
  },
  "reportingPeriod.closed": {
    entityType: "ReportingPeriod",
    label: { vi: "Khóa sổ kỳ báo cáo", en: "Closed a reporting period" },
  },
  "reportingPeriod.scheduled": {
    entityType: "ReportingPeriod",
    label: { vi: "Mở, khóa kỳ báo cáo theo lịch", en: "Opened or closed a reporting period on schedule" },
  },
  "report.draftCreated": {
    entityType: "ProgressReport",
    label: { vi: "Lập báo cáo nháp", en: "Started a report draft" },
  },
  "report.draftSaved": { entityType: "ProgressReport", label: { vi: "Lưu nháp báo cáo", en: "Saved a report draft" } },
  "report.submitted": { entityType: "ProgressReport", label: { vi: "Gửi báo cáo", en: "Submitted a report" } },
  "report.approved": { entityType: "ProgressReport", label: { vi: "Duyệt báo cáo", en: "Approved a report" } },
  "report.returned": { entityType: "ProgressReport", label: { vi: "Trả lại báo cáo", en: "Returned a report" } },
  "report.reopened": {
    entityType: "ProgressReport",
    label: { vi: "Mở lại báo cáo đã duyệt", en: "Reopened an approved report" },
  },
  "report.commented": { entityType: "Comment", label: { vi: "Góp ý báo cáo", en: "Commented on a report" } },
  "attachment.added": {
    entityType: "Attachment",
    label: { vi: "Đính kèm tệp minh chứng", en: "Attached an evidence file" },
  },
  "attachment.deleted": {
    entityType: "Attachment",
    label: { vi: "Xóa tệp minh chứng", en: "Deleted an evidence file" },
  },
} as const satisfies Record<string, AuditEventSpec>;

export type AuditEventName = keyof typeof AUDIT_EVENTS;

export const AUDIT_EVENT_NAMES = Object.keys(AUDIT_EVENTS) as AuditEventName[];

function isAuditEventName(name: string): name is AuditEventName {
  return Object.hasOwn(AUDIT_EVENTS, name);
}

/**
 * Signing in and out: many a day, telling nothing about the plan, so lists of changes leave them
 * out unless asked.
 */
export const SIGN_IN_EVENT_NAMES: readonly AuditEventName[] = AUDIT_EVENT_NAMES.filter(
  (name) => AUDIT_EVENTS[name].entityType === "Session",
);

/** "Sửa đơn vị" for "unit.updated"; the name itself for an event this list does not know (older rows). */
export function auditEventLabel(name: string, locale: Locale): string {
  return isAuditEventName(name) ? AUDIT_EVENTS[name].label[locale] : name;
}

/** "Đơn vị" for "Unit"; the type itself when unknown. */
export function auditEntityTypeLabel(entityType: string, locale: Locale): string {
  return Object.hasOwn(AUDIT_ENTITY_TYPES, entityType)
    ? AUDIT_ENTITY_TYPES[entityType as AuditEntityType][locale]
    : entityType;
}
