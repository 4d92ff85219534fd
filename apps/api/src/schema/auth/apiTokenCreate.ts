// mutation createApiToken (ADMIN): a read-only token for another team's application. Each token
// gets its own API_CLIENT account (so the audit log tells clients apart); the token is returned
// once, only its SHA-256 hash and a short prefix are stored.

import crypto from "node:crypto";
import { rolesFor } from "@kehoach/domain";
import { z } from "zod";
import { recordAudit } from "../../audit/record.ts";
import { API_TOKEN_PREFIX, newToken } from "../../auth/tokens.ts";
import { builder } from "../../builder.ts";
import { ValidationError } from "../../errors.ts";
import { inTransaction } from "../../write.ts";
import { viewerJurisdiction } from "../organisation/shared.ts";
import { requiredText } from "../validators.ts";
import { ApiScopeEnum, ApiTokenRef } from "./apiToken.ts";

const CreateApiTokenInput = builder.inputType("CreateApiTokenInput", {
  description: "Token API mới.",
  fields: (t) => ({
    name: t.string({
      required: true,
      description: "Tên gợi nhớ: ứng dụng hoặc nhóm sử dụng (tối đa 100 ký tự).",
      validate: requiredText("tên token", 100),
    }),
    scopes: t.field({
      type: [ApiScopeEnum],
      required: true,
      description: "Phạm vi đọc được cấp (ít nhất một).",
      validate: z.array(z.string()).min(1, "Chọn ít nhất một phạm vi đọc (ví dụ PLAN_READ)."),
    }),
    expiresAt: t.field({
      type: "DateTime",
      required: false,
      description: "Hết hạn lúc (bỏ trống: không hạn).",
      validate: z.date().nullish(),
    }),
  }),
});

interface CreatedToken {
  token: string;
  apiTokenId: string;
}

const CreateApiTokenPayload = builder.objectRef<CreatedToken>("CreateApiTokenPayload").implement({
  description: "Token API đã tạo. Token chỉ hiển thị MỘT lần: lưu lại ngay.",
  fields: (t) => ({
    token: t.exposeString("token", {
      description: "Token (kht_…) gửi kèm mỗi yêu cầu: Authorization: Bearer <token>. Không xem lại được.",
    }),
    apiToken: t.prismaField({
      type: ApiTokenRef,
      description: "Thông tin token (không gồm token).",
      resolve: (query, p, _args, ctx) =>
        ctx.prisma.apiToken.findUniqueOrThrow({ ...query, where: { id: p.apiTokenId } }),
    }),
  }),
});

builder.mutationField("createApiToken", (t) =>
  t.field({
    type: CreateApiTokenPayload,
    description: "Tạo token API chỉ đọc cho ứng dụng khác (chỉ quản trị). Token chỉ trả về một lần.",
    authScopes: { roles: rolesFor("token.manage") },
    errors: {
      types: [],
      directResult: true,
      union: { name: "CreateApiTokenResult", description: "Kết quả tạo token API: token hoặc lỗi." },
    },
    args: { input: t.arg({ type: CreateApiTokenInput, required: true, description: "Tên, phạm vi, hạn dùng." }) },
    resolve: async (_root, { input }, ctx) => {
      const jurisdictionId = viewerJurisdiction(ctx.viewer);
      // Checked here, not in the input's schema: "the future" is the request's clock.
      if (input.expiresAt && input.expiresAt.getTime() <= ctx.clock.now().getTime()) {
        throw new ValidationError([{ path: ["input", "expiresAt"], message: "Thời điểm hết hạn phải ở tương lai." }]);
      }
      const { token, hash, display } = newToken(API_TOKEN_PREFIX);
      const name = input.name.trim();
      const scopes = [...new Set(input.scopes)];
      const apiToken = await inTransaction(ctx, async (tx) => {
        const client = await tx.user.create({
          data: {
            jurisdictionId,
            username: `api.${crypto.randomBytes(6).toString("hex")}`,
            displayName: `Ứng dụng: ${name}`,
            title: "Tài khoản ứng dụng (token API)",
            passwordHash: null,
            roleGrants: { create: { role: "API_CLIENT", jurisdictionId } },
          },
        });
        const created = await tx.apiToken.create({
          data: {
            userId: client.id,
            createdById: ctx.viewer.userId,
            name,
            prefix: display,
            tokenHash: hash,
            scopes,
            expiresAt: input.expiresAt ?? null,
          },
        });
        await recordAudit(tx, ctx, {
          name: "apiToken.created",
          entityId: created.id,
          after: { name, prefix: display, scopes, expiresAt: created.expiresAt, clientUsername: client.username },
        });
        return created;
      });
      return { token, apiTokenId: apiToken.id };
    },
  }),
);
