// How a failed request is answered and logged. Every error is sorted into one of three kinds:
// the client's mistake (a stable code and a message that says what to fix, HTTP 400 where the
// request as a whole is wrong), the database being unreachable (HTTP 503, Retry-After, retryable),
// or an internal failure (logged with the server's request id; its details never leave the server).
import { type ApolloServerPlugin, HeaderMap } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { PothosValidationError } from "@pothos/core";
import { type DocumentNode, GraphQLError, type GraphQLFormattedError, visit } from "graphql";
import type { Logger } from "pino";
import type { Context } from "../context.ts";
import { AppError, ValidationError } from "../errors.ts";
import { isUniqueViolation } from "../write.ts";

/** Seconds a client should wait before retrying while the database does not answer. */
export const RETRY_AFTER_SECONDS = 5;

export const UNAVAILABLE_MESSAGE = "Cơ sở dữ liệu tạm thời không trả lời. Vui lòng thử lại sau ít giây.";
export const INTERNAL_MESSAGE = "Lỗi máy chủ nội bộ. Vui lòng thử lại hoặc báo quản trị hệ thống.";

/** Codes of GraphQL errors raised for the client (Apollo's and ours); anything else is internal. */
const CLIENT_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_AUTHORIZED",
  "SERVICE_UNAVAILABLE",
]);

// Prisma's codes for "cannot reach / lost / exhausted the database", and the driver adapter's kinds.
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1003", "P1008", "P1010", "P1011", "P1017", "P2024"]);
const UNAVAILABLE_DRIVER_KINDS = new Set([
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "DatabaseAccessDenied",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
  "AuthenticationFailed",
]);
// PostgreSQL SQLSTATE classes: 08 connection exception, 57P admin shutdown / cannot connect now, 53300 too many connections.
const UNAVAILABLE_SQLSTATE = /^(08|57P|53300)/;
const UNAVAILABLE_NODE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EPIPE",
]);
// node-postgres's own errors, without a code, for a connection that broke or could not be made in
// time; the driver adapter passes them on as they are (a transaction's ROLLBACK on a broken connection).
const UNAVAILABLE_PG_MESSAGES =
  /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect)/;

/** The database did not answer (down, restarting, unreachable, out of connections): worth retrying. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const { name, code, message, meta, cause } = e as {
      name?: string;
      code?: unknown;
      message?: unknown;
      meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } };
      cause?: unknown;
    };
    if (name === "PrismaClientInitializationError") return true;
    if (code === undefined && typeof message === "string" && UNAVAILABLE_PG_MESSAGES.test(message)) return true;
    if (typeof code === "string" && (UNAVAILABLE_PRISMA_CODES.has(code) || UNAVAILABLE_NODE_CODES.has(code))) {
      return true;
    }
    const driver = meta?.driverAdapterError?.cause;
    if (driver?.kind && UNAVAILABLE_DRIVER_KINDS.has(driver.kind)) return true;
    if (driver?.originalCode && UNAVAILABLE_SQLSTATE.test(driver.originalCode)) return true;
    e = cause;
  }
  return false;
}

// Pothos refuses connection and ID arguments with English messages; each becomes what to fix.
const POTHOS_ARGUMENT_MESSAGES: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^Argument "(first|last)" must be a non-negative integer/, (m) => `${m[1]} phải là số nguyên không âm (0 trở lên).`],
  [/^Argument "last" can only be used/, () => "last chỉ dùng cùng before hoặc first."],
  [
    /are not supported at the same time/,
    () => "Không dùng cùng lúc before với after, before với first, after với last.",
  ],
  [/^Invalid global ID|^Invalid base64/, () => "ID không hợp lệ: dùng ID toàn cục mà API đã trả về."],
  [/is not of type/, () => "ID thuộc loại đối tượng khác với loại đối số cần: dùng đúng ID của đối tượng đó."],
  [
    /cursor|^Invalid id received for/i,
    () => "Con trỏ phân trang (after/before) không hợp lệ: dùng đúng giá trị cursor hoặc endCursor mà API đã trả về.",
  ],
];

export interface Failure {
  kind: "client" | "unavailable" | "internal";
  code: string;
  message: string;
  extensions?: Record<string, unknown>;
}

/** Sorts one error (as thrown, or as a resolver's error wrapped by graphql-js). */
export function classifyFailure(error: unknown): Failure {
  const original = unwrapResolverError(error);
  if (isDatabaseUnavailable(original)) {
    return { kind: "unavailable", code: "SERVICE_UNAVAILABLE", message: UNAVAILABLE_MESSAGE };
  }
  if (original instanceof ValidationError) {
    return {
      kind: "client",
      code: "BAD_USER_INPUT",
      message: original.message,
      extensions: { issues: original.issues },
    };
  }
  if (original instanceof AppError) return { kind: "client", code: original.code, message: original.message };
  if (original instanceof PothosValidationError) {
    for (const [pattern, message] of POTHOS_ARGUMENT_MESSAGES) {
      const match = original.message.match(pattern);
      if (match) return { kind: "client", code: "BAD_USER_INPUT", message: message(match) };
    }
  }
  if (original instanceof GraphQLError || error instanceof GraphQLError) {
    const graphqlError = (original instanceof GraphQLError ? original : error) as GraphQLError;
    const code = String(graphqlError.extensions?.code ?? "");
    if (code === "SERVICE_UNAVAILABLE") return { kind: "unavailable", code, message: UNAVAILABLE_MESSAGE };
    if (CLIENT_CODES.has(code)) return { kind: "client", code, message: graphqlError.message };
    // graphql-js's own coercion and validation errors carry no code and no original error.
    if (!code && !graphqlError.originalError)
      return { kind: "client", code: "BAD_USER_INPUT", message: graphqlError.message };
  }
  if (isUniqueViolation(original)) {
    return {
      kind: "client",
      code: "CONFLICT",
      message: "Dữ liệu này vừa được người khác tạo hoặc sửa cùng lúc. Tải lại rồi thử lại.",
    };
  }
  return { kind: "internal", code: "INTERNAL_SERVER_ERROR", message: INTERNAL_MESSAGE };
}

/**
 * Apollo's formatError: a stable code for every error; an internal failure keeps its message only
 * in development (the log has it either way); an unavailable database says when to retry.
 */
export function formatFailure(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const failure = classifyFailure(error);
    const path = formatted.path ? { path: formatted.path } : {};
    const locations = formatted.locations ? { locations: formatted.locations } : {};
    if (failure.kind === "unavailable") {
      return { message: failure.message, ...path, extensions: { code: failure.code, retryable: true } };
    }
    if (failure.kind === "internal") {
      return { message: production ? failure.message : formatted.message, ...path, extensions: { code: failure.code } };
    }
    // Apollo's own client errors keep their message; ours and Pothos's get the Vietnamese one.
    const message = failure.code === formatted.extensions?.code ? formatted.message : failure.message;
    return { message, ...locations, ...path, extensions: { ...failure.extensions, code: failure.code } };
  };
}

/** The error a request gets when the database is down before GraphQL runs (signing the viewer in). */
export function unavailableError(): GraphQLError {
  return new GraphQLError(UNAVAILABLE_MESSAGE, {
    extensions: {
      code: "SERVICE_UNAVAILABLE",
      retryable: true,
      http: { status: 503, headers: new HeaderMap([["retry-after", String(RETRY_AFTER_SECONDS)]]) },
    },
  });
}

/** Every value inside parsed JSON with its depth, without recursion (the nesting is the client's). */
function* walkJson(value: unknown): Generator<[unknown, number]> {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop() as [unknown, number];
    yield [item, depth];
    if (item && typeof item === "object") for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
}

/** True when parsed JSON (variables) holds a string with a NUL character, at any depth. */
function holdsNul(value: unknown): boolean {
  for (const [item] of walkJson(value)) if (typeof item === "string" && item.includes("\u0000")) return true;
  return false;
}

/** How deep a request's JSON may nest: far beyond any input of the schema, far below the stack's limit. */
export const MAX_JSON_DEPTH = 64;

export function nestsTooDeep(value: unknown): boolean {
  for (const [, depth] of walkJson(value)) if (depth > MAX_JSON_DEPTH) return true;
  return false;
}

function literalsHoldNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes("\u0000")) found = true;
    },
  });
  return found;
}

/**
 * Apollo plugin: refuses a document whose operation cannot be chosen, and text with NUL characters (PostgreSQL cannot store them) before anything
 * runs; logs every internal failure with the server's request id; answers 503 with Retry-After
 * while the database does not answer.
 */
export function failurePlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) {
            const name = request.operationName;
            throw new GraphQLError(
              name
                ? `Tài liệu không có thao tác tên "${name}": sửa operationName cho khớp.`
                : "Tài liệu có nhiều thao tác: gửi operationName để chọn thao tác cần chạy.",
              { extensions: { code: "OPERATION_RESOLUTION_FAILURE", http: { status: 400 } } },
            );
          }
          if (holdsNul(request.variables) || literalsHoldNul(document)) {
            throw new GraphQLError("Văn bản gửi lên chứa ký tự NUL (\\u0000): hãy bỏ ký tự đó rồi gửi lại.", {
              extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
            });
          }
        },
        async didEncounterErrors({ errors, contextValue, request, response }) {
          let unavailable = false;
          for (const error of errors) {
            const failure = classifyFailure(error);
            const where = {
              requestId: contextValue.requestId,
              clientRequestId: contextValue.clientRequestId,
              operationName: request.operationName ?? null,
              path: error.path,
            };
            if (failure.kind === "internal") {
              logger.error({ ...where, err: unwrapResolverError(error) }, "Lỗi máy chủ nội bộ");
            } else if (failure.kind === "unavailable" && !unavailable) {
              unavailable = true;
              logger.error({ ...where, err: unwrapResolverError(error) }, "Cơ sở dữ liệu không trả lời");
            }
          }
          if (unavailable) {
            response.http.status = 503;
            response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
          }
        },
      };
    },
  };
}
