// Creates the Pothos schema builder and its plugins; defines no types (those live in schema/).
// Plugin order: scope-auth first (authorization before anything else runs), errors before prisma
// (typed error unions on prisma fields), then prisma, relay, validation.

import { getDatamodel, type PrismaClient, type PrismaTypes, type Role } from "@kehoach/db";
import SchemaBuilder from "@pothos/core";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin, { type AuthFailure } from "@pothos/plugin-scope-auth";
import ValidationPlugin from "@pothos/plugin-validation";
import { type GraphQLSchema, isObjectType } from "graphql";
import type { FileUpload } from "graphql-upload/processRequest.mjs";
import { authScopesFor } from "./auth/scopes.ts";
import type { Context } from "./context.ts";
import { NotAuthorizedError, ValidationError } from "./errors.ts";
import { isDatabaseUnavailable } from "./server/failures.ts";

/** The error of a scope check that failed because the database did not answer, if one did. */
function unavailableIn(failure: AuthFailure): Error | null {
  if ("error" in failure && failure.error && isDatabaseUnavailable(failure.error)) return failure.error;
  if ("failures" in failure) {
    for (const inner of failure.failures) {
      const error = unavailableIn(inner);
      if (error) return error;
    }
  }
  return null;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  AuthScopes: {
    /** Anyone, signed in or not. */
    public: boolean;
    /** A signed-in user or an API token. */
    authenticated: boolean;
    /** A user signed in with a password (a session), not an API token. */
    signedIn: boolean;
    /** The viewer holds one of these roles. */
    roles: Role[];
    /** The viewer belongs to this unit (UNIT_HEAD, UNIT_STAFF). */
    unitMember: string;
    /** The viewer is a leader in charge of this area. */
    areaLeader: string;
    /** The API token carries this read scope. */
    apiScope: string;
  };
  Scalars: {
    ID: { Input: string; Output: string };
    Decimal: { Input: string; Output: { toString(): string } | string | number };
    Date: { Input: Date; Output: Date };
    DateTime: { Input: Date; Output: Date };
    Upload: { Input: Promise<FileUpload>; Output: never };
    PlanDraftJson: { Input: unknown; Output: unknown };
  };
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, PrismaPlugin, RelayPlugin, ValidationPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => authScopesFor(ctx.viewer),
    // A denied field or mutation becomes the typed NotAuthorized error where the field lists it; a
    // check the database could not answer is that failure (retryable, HTTP 503), not a denial.
    unauthorizedError: (_parent, _ctx, _info, result) => unavailableIn(result.failure) ?? new NotAuthorizedError(),
    treatErrorsAsUnauthorized: true,
  },
  // Validation failures become the typed ValidationError; authorization still runs first because
  // scope-auth wraps every resolver before the validation plugin does (see test/auth.test.ts).
  errors: { defaultTypes: [NotAuthorizedError, ValidationError], unsafelyHandleInputErrors: true },
  validation: {
    validationError: (result) =>
      new ValidationError(
        result.issues.map((issue) => ({
          path: (issue.path ?? []).map((p) => String(typeof p === "object" ? p.key : p)),
          message: issue.message,
        })),
      ),
  },
  prisma: {
    // The client comes from the request context (tests and processes each open their own).
    client: (ctx) => ctx.prisma as unknown as PrismaClient,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    // Descriptions of the Relay machinery, so the published contract documents every field.
    idFieldOptions: { description: "ID toàn cục (Relay), dùng với node(id) và các đối số ID." },
    nodeTypeOptions: { description: "Đối tượng có ID toàn cục, lấy lại được bằng node(id)." },
    nodeQueryOptions: {
      description: "Lấy một đối tượng bất kỳ theo ID toàn cục; null nếu không có hoặc không được xem.",
      args: { id: { description: "ID toàn cục." } },
      // An ID naming a type that is not a Node (an audit event's Session, a made-up name), or a row
      // that does not exist (or could not: not a UUID), finds nothing: the same null as an object the viewer may not see.
      resolve: async (_root, { id }, _ctx, info, resolveNode) => {
        if (!isNodeType(info.schema, id.typename)) return null;
        try {
          return await resolveNode(id);
        } catch (error) {
          if (isNoSuchRow(error)) return null;
          throw error;
        }
      },
    },
    nodesQueryOptions: false,
    pageInfoTypeOptions: { description: "Thông tin phân trang theo con trỏ." },
    hasNextPageFieldOptions: { description: "Còn trang sau." },
    hasPreviousPageFieldOptions: { description: "Còn trang trước." },
    startCursorFieldOptions: { description: "Con trỏ của phần tử đầu trang." },
    endCursorFieldOptions: { description: "Con trỏ của phần tử cuối trang; truyền vào after để lấy trang sau." },
    pageInfoFieldOptions: { description: "Thông tin phân trang." },
    cursorFieldOptions: { description: "Con trỏ của phần tử này." },
    edgesFieldOptions: { nullable: false, description: "Các phần tử của trang." },
    nodeFieldOptions: { nullable: false, description: "Phần tử." },
    firstArgOptions: { description: "Số phần tử tối đa từ đầu (sau con trỏ after)." },
    lastArgOptions: { description: "Số phần tử tối đa từ cuối (trước con trỏ before)." },
    afterArgOptions: { description: "Lấy các phần tử sau con trỏ này." },
    beforeArgOptions: { description: "Lấy các phần tử trước con trỏ này." },
    defaultConnectionTypeOptions: { description: "Danh sách có phân trang (Relay connection)." },
    defaultEdgeTypeOptions: { description: "Một phần tử của danh sách có phân trang." },
    defaultPayloadTypeOptions: { description: "Kết quả của thao tác ghi." },
    defaultMutationInputTypeOptions: { description: "Dữ liệu vào của thao tác ghi." },
  },
});

/** The row is not there (P2025), or the ID inside the global ID is not a UUID at all (P2023, 22P02). */
function isNoSuchRow(error: unknown): boolean {
  const { code, meta } = error as {
    code?: unknown;
    meta?: { driverAdapterError?: { cause?: { originalCode?: string } } };
  };
  return code === "P2025" || code === "P2023" || meta?.driverAdapterError?.cause?.originalCode === "22P02";
}

function isNodeType(schema: GraphQLSchema, typename: string): boolean {
  const type = schema.getType(typename);
  return isObjectType(type) && type.getInterfaces().some((face) => face.name === "Node");
}

builder.queryType({ description: "Truy vấn (đọc dữ liệu kế hoạch)." });
builder.mutationType({ description: "Thao tác ghi: mỗi thao tác nhận một input và trả về kết quả hoặc lỗi có kiểu." });
