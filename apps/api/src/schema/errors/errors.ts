// GraphQL types of the typed errors that mutations return in their result unions.
import { builder } from "../../builder.ts";
import {
  type AppError,
  ConflictError,
  type FieldIssue,
  InvalidCredentialsError,
  NotAuthorizedError,
  NotFoundError,
  PeriodClosedError,
  TooManyAttemptsError,
  ValidationError,
} from "../../errors.ts";

export const ErrorInterface = builder.interfaceRef<AppError>("Error").implement({
  description: "Lỗi có kiểu: code ổn định để máy đọc, message tiếng Việt nói cách sửa.",
  fields: (t) => ({
    code: t.exposeString("code", { description: "Mã lỗi ổn định (NOT_AUTHORIZED, CONFLICT…)." }),
    message: t.exposeString("message", { description: "Thông báo cho người dùng, nói điều cần sửa." }),
  }),
});

builder.objectType(NotAuthorizedError, {
  name: "NotAuthorized",
  description: "Không có quyền: không có gì bị thay đổi.",
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof NotAuthorizedError,
});

builder.objectType(NotFoundError, {
  name: "NotFound",
  description: "Không tìm thấy đối tượng theo ID đã gửi.",
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof NotFoundError,
  fields: (t) => ({
    entity: t.exposeString("entity", { description: "Loại đối tượng." }),
    id: t.exposeString("id", { description: "ID đã gửi." }),
  }),
});

const FieldIssueRef = builder.objectRef<FieldIssue>("FieldIssue").implement({
  description: "Một lỗi ở một trường dữ liệu vào.",
  fields: (t) => ({
    path: t.exposeStringList("path", { description: 'Đường dẫn tới trường, ví dụ ["input", "name"].' }),
    message: t.exposeString("message", { description: "Vì sao giá trị không hợp lệ." }),
  }),
});

builder.objectType(ValidationError, {
  name: "ValidationError",
  description: "Dữ liệu vào không hợp lệ: không có gì bị thay đổi.",
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof ValidationError,
  fields: (t) => ({
    issues: t.field({ type: [FieldIssueRef], description: "Các trường không hợp lệ.", resolve: (e) => e.issues }),
  }),
});

builder.objectType(ConflictError, {
  name: "ConflictError",
  description: "Người khác đã sửa đối tượng này sau khi bạn mở: tải lại rồi sửa tiếp.",
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof ConflictError,
  fields: (t) => ({
    entity: t.exposeString("entity", { description: "Loại đối tượng." }),
    currentVersion: t.exposeInt("currentVersion", { description: "Phiên bản hiện tại trong cơ sở dữ liệu." }),
  }),
});

builder.objectType(PeriodClosedError, {
  name: "PeriodClosed",
  description: "Kỳ báo cáo đã khóa sổ.",
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof PeriodClosedError,
  fields: (t) => ({ periodLabel: t.exposeString("periodLabel", { description: "Tên kỳ báo cáo." }) }),
});

builder.objectType(InvalidCredentialsError, {
  name: "InvalidCredentials",
  description: "Sai tên đăng nhập hoặc mật khẩu (cùng một câu trả lời cho cả hai trường hợp).",
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof InvalidCredentialsError,
});

builder.objectType(TooManyAttemptsError, {
  name: "TooManyAttempts",
  description: "Đăng nhập sai quá 10 lần trong 15 phút.",
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof TooManyAttemptsError,
  fields: (t) => ({
    retryAfterSeconds: t.exposeInt("retryAfterSeconds", { description: "Số giây phải chờ." }),
  }),
});
