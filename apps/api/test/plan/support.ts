// Helpers of the plan-content tests: extra plans and API tokens written straight through Prisma.
import type { Prisma } from "@kehoach/db";
import { API_TOKEN_PREFIX, newToken } from "../../src/auth/tokens.ts";

export const TAN_HUNG = "10537";

export const toGlobalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

/** An API_CLIENT account of Tân Hưng with a token carrying `scopes`; returns the Bearer token. */
export async function apiToken(prisma: Prisma, name: string, scopes: string[]): Promise<string> {
  const jurisdiction = await prisma.jurisdiction.findUniqueOrThrow({ where: { code: TAN_HUNG } });
  const user = await prisma.user.create({
    data: {
      username: `app.${name}`,
      displayName: `Ứng dụng ${name}`,
      jurisdictionId: jurisdiction.id,
      roleGrants: { create: { role: "API_CLIENT", jurisdictionId: jurisdiction.id } },
    },
  });
  const { token, hash } = newToken(API_TOKEN_PREFIX);
  await prisma.apiToken.create({
    data: { userId: user.id, name, prefix: token.slice(0, 8), tokenHash: hash, scopes },
  });
  return token;
}

/** A plan written directly (not through the API), with one indicator group, indicator and task. */
export async function extraPlan(
  prisma: Prisma,
  options: { year: number; status: "DRAFT" | "ACTIVE" | "ARCHIVED"; published?: boolean; jurisdictionCode?: string },
) {
  const jurisdiction = await prisma.jurisdiction.findFirstOrThrow({
    where: options.jurisdictionCode ? { code: options.jurisdictionCode } : { code: TAN_HUNG },
  });
  const area = await prisma.area.findUniqueOrThrow({ where: { code: "ECONOMY" } });
  const plan = await prisma.plan.create({
    data: {
      jurisdictionId: jurisdiction.id,
      year: options.year,
      issuer: "UBND phường",
      title: `Kế hoạch thử ${options.year} ${options.status}`,
      status: options.status,
      publishedAt: options.published ? new Date() : null,
      purposes: [],
      requirements: [],
    },
  });
  const group = await prisma.indicatorGroup.create({
    data: { planId: plan.id, code: "a", title: "Kinh tế", areaId: area.id, position: 1 },
  });
  const indicator = await prisma.indicator.create({
    data: {
      planId: plan.id,
      groupId: group.id,
      areaId: area.id,
      number: 1,
      code: "1",
      name: "Chỉ tiêu thử",
      sourceText: "Chỉ tiêu thử",
      position: 1,
    },
  });
  const task = await prisma.task.create({
    data: {
      planId: plan.id,
      areaId: area.id,
      kind: "KEY",
      section: "III.1",
      code: "TT.1",
      title: "Nhiệm vụ thử",
      content: "Nội dung",
      position: 1,
    },
  });
  return { plan, group, indicator, task };
}

/** The value, or a failed test naming what was missing. */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Thiếu ${what} trong dữ liệu thử`);
  return value;
}
