// Typed, expected failures of the API. Each becomes a GraphQL object type (schema/errors.ts) that
// mutations return in their result union, with a message that says what to fix.

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type PasswordWeakness } from "@kehoach/domain";
import { encodeGlobalID } from "@pothos/plugin-relay";

export abstract class AppError extends Error {
  abstract readonly code: string;
}

export class NotAuthorizedError extends AppError {
  readonly code = "NOT_AUTHORIZED";
  constructor(message = "Bạn không có quyền thực hiện thao tác này.") {
    super(message);
  }
}

export class NotFoundError extends AppError {
  readonly code = "NOT_FOUND";
  /** The ID as the client sent it: the global ID of `typename` when the row's id is given with it. */
  readonly id: string;
  constructor(
    readonly entity: string,
    id: string,
    typename?: string,
  ) {
    const sent = typename ? encodeGlobalID(typename, id) : id;
    super(`Không tìm thấy ${entity} có ID ${sent}.`);
    this.id = sent;
  }
}

export interface FieldIssue {
  /** Path of the input field, e.g. ["input", "name"]. */
  path: string[];
  message: string;
}

export class ValidationError extends AppError {
  readonly code = "VALIDATION_FAILED";
  constructor(readonly issues: FieldIssue[]) {
    super(`Dữ liệu không hợp lệ: ${issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ")}`);
  }
}

export class ConflictError extends AppError {
  readonly code = "CONFLICT";
  constructor(
    readonly entity: string,
    readonly currentVersion: number,
  ) {
    super(`${entity} đã được người khác sửa (phiên bản hiện tại ${currentVersion}). Tải lại rồi sửa tiếp.`);
  }
}

export class PeriodClosedError extends AppError {
  readonly code = "PERIOD_CLOSED";
  constructor(readonly periodLabel: string) {
    super(`Kỳ báo cáo ${periodLabel} đã khóa sổ: không nhận, duyệt hay trả lại báo cáo. Văn phòng mở lại kỳ nếu cần.`);
  }
}

export class InvalidCredentialsError extends AppError {
  readonly code = "INVALID_CREDENTIALS";
  constructor() {
    super("Tên đăng nhập hoặc mật khẩu không đúng.");
  }
}

export class TooManyAttemptsError extends AppError {
  readonly code = "TOO_MANY_ATTEMPTS";
  constructor(readonly retryAfterSeconds: number) {
    super(`Đăng nhập sai quá nhiều lần. Thử lại sau ${Math.ceil(retryAfterSeconds / 60)} phút.`);
  }
}

export class WrongCurrentPasswordError extends AppError {
  readonly code = "WRONG_CURRENT_PASSWORD";
  constructor() {
    super("Mật khẩu hiện tại không đúng: nhập lại mật khẩu đang dùng.");
  }
}

const WEAK_PASSWORD_MESSAGES: Record<PasswordWeakness, string> = {
  TOO_SHORT: `Mật khẩu tối thiểu ${PASSWORD_MIN_LENGTH} ký tự.`,
  TOO_LONG: `Mật khẩu dài tối đa ${PASSWORD_MAX_LENGTH} ký tự.`,
  SAME_AS_CURRENT: "Mật khẩu mới phải khác mật khẩu hiện tại.",
};

/** What to fix in a password the rule (@kehoach/domain passwordWeakness) refuses. */
export function weakPasswordMessage(reason: PasswordWeakness): string {
  return WEAK_PASSWORD_MESSAGES[reason];
}

export class WeakPasswordError extends AppError {
  readonly code = "WEAK_PASSWORD";
  constructor(readonly reason: PasswordWeakness) {
    super(weakPasswordMessage(reason));
  }
}

/** Why an uploaded plan document cannot be read; nothing was created. */
export type UnreadableDocumentReason =
  | "EMPTY"
  | "TOO_LARGE"
  | "IMAGE"
  | "NOT_A_DOCX"
  | "ENCRYPTED_PDF"
  | "SCANNED_PDF"
  | "BROKEN_PDF"
  | "BINARY";

export class UnreadableDocumentError extends AppError {
  readonly code = "UNREADABLE_DOCUMENT";
  constructor(
    readonly reason: UnreadableDocumentReason,
    message: string,
  ) {
    super(message);
  }
}
