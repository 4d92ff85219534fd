// The per-request GraphQL context shared by every schema module.
import type { Prisma } from "@kehoach/db";

export interface Context {
  prisma: Prisma;
  requestId: string;
}
