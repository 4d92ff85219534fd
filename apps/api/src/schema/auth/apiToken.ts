// API tokens (token API) for other teams' applications: the ApiToken type, the fixed list of read
// scopes (ApiScope), and the `apiTokens` list (ADMIN). The token itself is shown once, at creation.
import { readGuard } from "../../access/guards.ts";
import { readableApiTokens } from "../../access/readable.ts";
import { builder } from "../../builder.ts";
import { NO_SUCH_ID } from "../globalId.ts";
import { deniedListError } from "../organisation/shared.ts";

/** Read scopes an API token may carry (checked by `{ apiScope: "…" }` beside types and fields). */
export const API_SCOPES = {
  PLAN_READ: { value: "plan:read", description: "Đọc kế hoạch, chỉ tiêu, nhiệm vụ, đơn vị và phân công (plan:read)." },
  REPORT_READ: { value: "report:read", description: "Đọc kỳ báo cáo, báo cáo tiến độ và số liệu (report:read)." },
  OVERVIEW_READ: { value: "overview:read", description: "Đọc các bảng tổng hợp cho lãnh đạo (overview:read)." },
} as const;

export type ApiScopeValue = (typeof API_SCOPES)[keyof typeof API_SCOPES]["value"];
const SCOPE_VALUES = new Set<string>(Object.values(API_SCOPES).map((s) => s.value));

export const ApiScopeEnum = builder.enumType("ApiScope", {
  description: "Phạm vi đọc được cấp cho token API.",
  values: API_SCOPES,
});

export const ApiTokenRef = builder.prismaNode("ApiToken", {
  id: { field: "id" },
  findUnique: (id, ctx) => ({ id, AND: [readableApiTokens(ctx.viewer)] }),
  authScopes: readGuard.ApiToken,
  fields: (t) => ({
    name: t.exposeString("name", { description: "Tên gợi nhớ (ứng dụng, nhóm sử dụng)." }),
    prefix: t.exposeString("prefix"),
    scopes: t.field({
      type: [ApiScopeEnum],
      description: "Phạm vi đọc được cấp.",
      resolve: (token) => token.scopes.filter((s): s is ApiScopeValue => SCOPE_VALUES.has(s)),
    }),
    expiresAt: t.expose("expiresAt", {
      type: "DateTime",
      nullable: true,
      description: "Hết hạn lúc (null: không hạn).",
    }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true, description: "Đã thu hồi lúc." }),
    lastUsedAt: t.expose("lastUsedAt", { type: "DateTime", nullable: true, description: "Lần dùng gần nhất." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "Tạo lúc." }),
    createdBy: t.relation("createdBy", { nullable: true, description: "Người tạo." }),
    user: t.relation("user", { description: "Tài khoản ứng dụng (API_CLIENT) mà token đại diện." }),
  }),
});

builder.queryField("apiTokens", (t) =>
  t.prismaConnection({
    type: "ApiToken",
    cursor: "id",
    nullable: true,
    description: "Token API của đơn vị hành chính, mới nhất trước (chỉ quản trị; người khác nhận lỗi NOT_AUTHORIZED).",
    authScopes: { roles: ["ADMIN"] },
    unauthorizedError: () => deniedListError("danh sách token API"),
    args: {
      includeRevoked: t.arg.boolean({
        required: false,
        defaultValue: false,
        description: "Gồm cả token đã thu hồi.",
      }),
    },
    totalCount: (_root, args, ctx) =>
      ctx.prisma.apiToken.count({ where: tokensFilter(args, ctx.viewer.jurisdictionId) }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.apiToken.findMany({
        ...query,
        where: tokensFilter(args, ctx.viewer.jurisdictionId),
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      }),
  }),
);

function tokensFilter(args: { includeRevoked?: boolean | null }, jurisdictionId: string | null) {
  return {
    user: { jurisdictionId: jurisdictionId ?? NO_SUCH_ID },
    ...(args.includeRevoked ? {} : { revokedAt: null }),
  };
}
