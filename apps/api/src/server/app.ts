// The HTTP application: POST/GET /graphql (Apollo Server 5), GET /healthz, and the console at /.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { type Database, repoRoot } from "@kehoach/db";
import { type Clock, systemClock } from "@kehoach/domain";
import compression from "compression";
import express from "express";
import graphqlUploadExpress from "graphql-upload/graphqlUploadExpress.mjs";
import type { Logger } from "pino";
import { createLoginLimiter, type LoginLimiter } from "../auth/rateLimit.ts";
import { requestToken, sessionCookieOf } from "../auth/sessionCookie.ts";
import { resolveViewer } from "../auth/viewer.ts";
import type { Context } from "../context.ts";
import { MAX_DOCUMENT_BYTES } from "../planImport/readDocument.ts";
import { schema } from "../schema/index.ts";
import { noStore, securityHeaders, trustProxySetting } from "./edge.ts";
import { checkHealth } from "./healthz.ts";
import { maskInternalErrors, queryProtection } from "./protection.ts";
import { responseCache } from "./responseCache.ts";

export interface AppOptions {
  db: Database;
  logger: Logger;
  /** Built console to serve at `/` (default apps/admin/dist). */
  adminDist?: string;
  production?: boolean;
  introspection?: boolean;
  /** Login throttling; default in memory (REDIS_URL in main.ts shares it between processes). */
  loginLimiter?: LoginLimiter;
  /** "Now" of every request; default the system clock. */
  clock?: Clock;
  /** TRUST_PROXY: the reverse proxies whose X-Forwarded-For/-Proto are believed (none by default). */
  trustProxy?: string;
}

export async function createApp(options: AppOptions) {
  const { db, logger } = options;
  const loginLimiter = options.loginLimiter ?? createLoginLimiter();
  const clock = options.clock ?? systemClock;
  const production = options.production ?? process.env.NODE_ENV === "production";
  const protection = queryProtection(production);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: options.introspection ?? !production,
    // No HTTP caching of answers (they depend on the viewer); its per-field hook costs every request.
    // No landing page: Apollo's loads its scripts from a CDN, which the console's CSP refuses.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ...protection.plugins,
      responseCache(),
    ],
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !production,
    formatError: maskInternalErrors(production),
    csrfPrevention: true,
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  if (options.trustProxy) app.set("trust proxy", trustProxySetting(options.trustProxy));
  app.use(securityHeaders);

  app.get("/healthz", async (_req, res) => {
    const health = await checkHealth(db);
    res.status(health.status === "ok" ? 200 : 503).json(health);
  });

  app.use(
    "/graphql",
    noStore,
    express.json({ limit: "1mb" }),
    // Plan documents (importPlanDocument): one file of at most 10 MB. Apollo's CSRF prevention
    // requires multipart requests to carry an `apollo-require-preflight` header.
    graphqlUploadExpress({ maxFileSize: MAX_DOCUMENT_BYTES, maxFiles: 1 }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        prisma: db.prisma,
        viewer: await resolveViewer(db.prisma, requestToken(req), clock.now()),
        requestId: (req.headers["x-request-id"] as string | undefined) ?? crypto.randomUUID(),
        ip: req.ip ?? req.socket.remoteAddress ?? "unknown",
        userAgent: req.headers["user-agent"] ?? null,
        loginLimiter,
        sessionCookie: sessionCookieOf(req, res),
        clock,
      }),
    }),
  );

  // Oversized or malformed request bodies: a JSON answer that says what is wrong, not an HTML page.
  app.use(
    (
      err: { status?: number; type?: string },
      _req: express.Request,
      res: express.Response,
      next: express.NextFunction,
    ) => {
      if (err.type === "entity.too.large") {
        res
          .status(413)
          .json({ errors: [{ message: "Yêu cầu quá lớn: tối đa 1 MB.", extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
      } else if (err.type === "entity.parse.failed") {
        res.status(400).json({
          errors: [{ message: "Nội dung yêu cầu không phải JSON hợp lệ.", extensions: { code: "BAD_REQUEST" } }],
        });
      } else {
        next(err);
      }
    },
  );

  const adminDist = options.adminDist ?? path.join(repoRoot, "apps", "admin", "dist");
  if (fs.existsSync(path.join(adminDist, "index.html"))) {
    // Gzipped: the console's first screen is ≈1.2 MB of JavaScript, ≈0.3 MB compressed. GraphQL
    // answers are left as they are (small, and compressing them would cost the API's CPU).
    app.use(compression());
    // Hashed assets never change; index.html must be re-read after every build.
    app.use("/assets", express.static(path.join(adminDist, "assets"), { immutable: true, maxAge: "1y" }));
    app.use(
      express.static(adminDist, {
        index: "index.html",
        setHeaders: (res) => res.setHeader("Cache-Control", "no-cache"),
      }),
    );
  } else {
    logger.warn({ adminDist }, "Giao diện quản trị chưa được build (pnpm build); chỉ phục vụ API.");
    app.get("/", (_req, res) => {
      res
        .status(503)
        .type("text/plain; charset=utf-8")
        .send("Giao diện quản trị chưa được build. Chạy: pnpm build\nThe console is not built. Run: pnpm build");
    });
  }

  return { app, apollo, loginLimiter };
}
