// Reads through the GraphQL schema as a given viewer, outside an HTTP GraphQL request: the public
// page reads as an anonymous reader, a compiled report as the person downloading it. The access
// policy then decides what each sees, exactly as it does for the API's own answers.
import type { Prisma } from "@kehoach/db";
import type { Clock } from "@kehoach/domain";
import { graphql } from "graphql";
import type { LoginLimiter } from "../auth/rateLimit.ts";
import type { Viewer } from "../auth/viewer.ts";
import type { Context } from "../context.ts";
import { schema } from "./index.ts";

export interface ReadOptions {
  prisma: Prisma;
  clock: Clock;
  loginLimiter: LoginLimiter;
}

/** The data of a read-only GraphQL document as `viewer` sees it; its first error is thrown. */
export async function readAs<T>(
  o: ReadOptions,
  viewer: Viewer,
  request: { requestId: string; ip: string },
  source: string,
  variableValues: Record<string, unknown> = {},
): Promise<T> {
  const contextValue: Context = {
    prisma: o.prisma,
    viewer,
    requestId: request.requestId,
    ip: request.ip,
    userAgent: null,
    loginLimiter: o.loginLimiter,
    // A read never signs anyone in or out.
    sessionCookie: { set: () => {}, clear: () => {} },
    clock: o.clock,
  };
  const result = await graphql({ schema, source, contextValue, variableValues });
  if (result.errors?.length) throw result.errors[0];
  return result.data as T;
}
