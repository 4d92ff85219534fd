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
import { ATTACHMENT_PATH, attachmentRouter } from "../attachments/router.ts";
import { createLoginLimiter, type LoginLimiter } from "../auth/rateLimit.ts";
import { requestToken, sessionCookieOf } from "../auth/sessionCookie.ts";
import { resolveViewer } from "../auth/viewer.ts";
import type { Context } from "../context.ts";
import { MAX_DOCUMENT_BYTES } from "../planImport/readDocument.ts";
import { publicRouter } from "../public/router.ts";
import { schema } from "../schema/index.ts";
import { wardReportRouter } from "../wardReport/router.ts";
import { ADMISSION_LIMITS, type AdmissionLimits, admissionQueue } from "./admission.ts";
import { noStore, securityHeaders, trustProxySetting } from "./edge.ts";
import {
  classifyFailure,
  failurePlugin,
  formatFailure,
  INTERNAL_MESSAGE,
  MAX_JSON_DEPTH,
  nestsTooDeep,
  RETRY_AFTER_SECONDS,
  unavailableError,
} from "./failures.ts";
import { checkHealth } from "./healthz.ts";
import { QUERY_LIMITS, queryProtection } from "./protection.ts";
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
  /** Operations computed at once and waiting (default: the database's, ADMISSION_LIMITS). */
  admission?: AdmissionLimits;
}

export async function createApp(options: AppOptions) {
  const { db, logger } = options;
  const loginLimiter = options.loginLimiter ?? (await createLoginLimiter());
  const clock = options.clock ?? systemClock;
  const production = options.production ?? process.env.NODE_ENV === "production";
  const protection = queryProtection(production);
  const apollo = new ApolloServer<Context>({
    schema,
    // main.ts stops the server, Apollo and the database in order on SIGINT/SIGTERM; Apollo's own
    // handler would re-send the signal and end the process before the database is closed.
    stopOnTerminationSignals: false,
    introspection: options.introspection ?? !production,
    // No HTTP caching of answers (they depend on the viewer); its per-field hook costs every request.
    // No landing page: Apollo's loads its scripts from a CDN, which the console's CSP refuses.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      failurePlugin(logger),
      ...protection.plugins,
      responseCache(),
      admissionQueue(options.admission ?? ADMISSION_LIMITS[db.kind]),
    ],
    validationRules: protection.validationRules,
    // graphql-js counts tokens while parsing, so an overlong document is a syntax error (HTTP 400).
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
    // Never in an answer: every internal failure is logged with its stack and request id.
    includeStacktraceInErrorResponses: false,
    formatError: formatFailure(production),
    csrfPrevention: true,
  });
  await apollo.start();

  const uploads = graphqlUploadExpress({ maxFileSize: MAX_DOCUMENT_BYTES, maxFiles: 1 });
  const app = express();
  app.disable("x-powered-by");
  if (options.trustProxy) app.set("trust proxy", trustProxySetting(options.trustProxy));
  app.use(securityHeaders);
  // The request id is the server's own: logs and audit events can trust it. A client's (or a
  // proxy's) x-request-id is kept beside it, for matching their logs, never in its place.
  app.use((_req, res, next) => {
    res.locals.requestId = crypto.randomUUID();
    res.setHeader("x-request-id", res.locals.requestId);
    next();
  });

  app.get("/healthz", async (_req, res) => {
    const health = await checkHealth(db, loginLimiter.store());
    if (health.status !== "ok") res.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
    res.status(health.status === "ok" ? 200 : 503).json(health);
  });

  app.use(
    "/graphql",
    noStore,
    express.json({ limit: "1mb" }),
    (req: express.Request, _res: express.Response, next: express.NextFunction) =>
      next(nestsTooDeep(req.body) ? clientError(400, "JSON_TOO_DEEP") : undefined),
    // Plan documents (importPlanDocument): one file of at most 10 MB. Apollo's CSRF prevention
    // requires multipart requests to carry an `apollo-require-preflight` header.
    (req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (!req.is("multipart/form-data")) return next();
      // Without a boundary the multipart parser throws where no answer is ever sent.
      if (!/;\s*boundary=/i.test(req.get("content-type") ?? "")) return next(clientError(400, "multipart.invalid"));
      // The upload parser fails on a malformed body without saying it is the client's fault.
      uploads(req, res, (error?: unknown) => {
        if (!error) return next();
        const failure = error as { status?: number; type?: string };
        next(Object.assign(failure, { status: failure.status ?? 400, type: "multipart.invalid" }));
      });
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = res.locals.requestId as string;
        const clientRequestId = req.get("x-request-id")?.slice(0, 200) ?? null;
        let viewer: Context["viewer"];
        try {
          viewer = await resolveViewer(db.prisma, requestToken(req), clock.now());
        } catch (error) {
          // Apollo runs no plugin before the context exists: this failure is logged and sorted here.
          logger.error({ requestId, clientRequestId, err: error }, "Không xác định được người dùng của yêu cầu");
          throw classifyFailure(error).kind === "unavailable" ? unavailableError() : error;
        }
        return {
          prisma: db.prisma,
          ...(db.replica ? { readReplica: db.replica } : {}),
          viewer,
          requestId,
          clientRequestId,
          ip: req.ip ?? req.socket.remoteAddress ?? "unknown",
          userAgent: req.headers["user-agent"] ?? null,
          loginLimiter,
          sessionCookie: sessionCookieOf(req, res),
          clock,
          // The socket ended or was destroyed: an HTTP/1.1 client never half-closes and then reads.
          clientGone: () => req.socket.destroyed || req.socket.readableEnded,
        };
      },
    }),
  );

  app.use("/cong-khai", compression(), publicRouter({ prisma: db.prisma, clock, loginLimiter }));
  app.use("/bao-cao", wardReportRouter({ prisma: db.prisma, clock, loginLimiter }));
  app.use(ATTACHMENT_PATH, attachmentRouter({ prisma: db.prisma, clock, loginLimiter }));

  // Requests refused before GraphQL runs (body parser, uploads): a JSON answer that says what is
  // wrong, never an HTML page or a stack trace; anything else is logged and masked.
  app.use(
    (
      err: { status?: number; statusCode?: number; type?: string },
      _req: express.Request,
      res: express.Response,
      next: express.NextFunction,
    ) => {
      if (res.headersSent) return next(err);
      const status = err.status ?? err.statusCode ?? 500;
      if (status >= 400 && status < 500) {
        const [code, message] = REFUSED_REQUESTS[err.type ?? ""] ?? refusedRequest(status);
        res.status(status).json({ errors: [{ message, extensions: { code } }] });
        return;
      }
      logger.error({ requestId: res.locals.requestId, err }, "Lỗi máy chủ nội bộ");
      res.status(500).json({ errors: [{ message: INTERNAL_MESSAGE, extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
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

/** body-parser's refusals by type: [code, what to fix]. */
const REFUSED_REQUESTS: Record<string, [string, string]> = {
  "entity.too.large": ["PAYLOAD_TOO_LARGE", "Yêu cầu quá lớn: tối đa 1 MB."],
  "entity.parse.failed": ["BAD_REQUEST", "Nội dung yêu cầu không phải JSON hợp lệ."],
  "encoding.unsupported": ["BAD_REQUEST", "Mã hóa nội dung không được hỗ trợ: gửi JSON UTF-8, không nén."],
  "charset.unsupported": ["BAD_REQUEST", "Bảng mã không được hỗ trợ: gửi JSON UTF-8."],
  "request.aborted": ["BAD_REQUEST", "Yêu cầu bị ngắt giữa chừng: gửi lại."],
  "request.size.invalid": ["BAD_REQUEST", "Độ dài nội dung không khớp Content-Length."],
  JSON_TOO_DEEP: ["BAD_REQUEST", `JSON lồng quá sâu: tối đa ${MAX_JSON_DEPTH} mức.`],
  "multipart.invalid": [
    "BAD_REQUEST",
    "Yêu cầu multipart không hợp lệ: gửi theo GraphQL multipart request (operations, map, rồi các tệp) với boundary.",
  ],
};

function clientError(status: number, type: string) {
  return Object.assign(new Error(type), { status, type });
}

function refusedRequest(status: number): [string, string] {
  return status === 413
    ? ["PAYLOAD_TOO_LARGE", "Yêu cầu quá lớn: tối đa 1 MB, tệp tải lên tối đa 10 MB và một tệp."]
    : [
        "BAD_REQUEST",
        "Yêu cầu không hợp lệ: gửi POST JSON {query, variables} hoặc multipart theo GraphQL multipart request.",
      ];
}
