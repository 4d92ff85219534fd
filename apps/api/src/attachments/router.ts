// Evidence files over plain HTTP, for the person signed in (session cookie or Bearer token):
//
// POST /tep-dinh-kem, multipart: `owner` (the global ID of a report line or a task output), then one
//   `file`. The file is read to at most 10 MB and no further (an oversize upload is cut off, never
//   held whole), its kind told by its bytes (packages/domain attachments/), stored with its SHA-256 in
//   one audited transaction. Answers 201 {data: {attachment}}, or {errors: [{message, extensions:
//   {code}}]} with 400, 401, 403, 404, 413 or 415. The request must carry `X-Requested-With`: a page
//   of another site cannot send that header without a preflight this server never grants.
// GET /tep-dinh-kem/<global ID>: the file, as an attachment of the content type its bytes showed, for
//   whoever reads its owner; anyone else gets the same answer as for an unknown file.
import { createHash } from "node:crypto";
import {
  ATTACHMENT_KINDS,
  attachmentCountRefusalMessage,
  attachmentFileName,
  type Clock,
  fileKindRefusalMessage,
  fileSizeRefusalMessage,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_OWNER,
  MAX_FILE_NAME_LENGTH,
  sniffFileKind,
} from "@kehoach/domain";
import { encodeGlobalID } from "@pothos/plugin-relay";
import busboy from "busboy";
import express from "express";
import { recordAudit } from "../audit/record.ts";
import { noSessionCookie, requestToken } from "../auth/sessionCookie.ts";
import { resolveViewer, type Viewer } from "../auth/viewer.ts";
import type { Context } from "../context.ts";
import { AppError, NotFoundError } from "../errors.ts";
import { decodeId } from "../schema/globalId.ts";
import type { ReadOptions } from "../schema/readAs.ts";
import { inTransaction } from "../write.ts";
import { ownerForChange, ownerKeyOf, ownerReadable } from "./owner.ts";

export const ATTACHMENT_PATH = "/tep-dinh-kem";

/** The download address of a file, as GraphQL gives it. */
export const downloadUrl = (id: string) => `${ATTACHMENT_PATH}/${encodeGlobalID("Attachment", id)}`;

/** Room for the multipart envelope around the file: a declared body larger than this is refused unread. */
const ENVELOPE_BYTES = 64 * 1024;

const refuse = (res: express.Response, status: number, code: string, message: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code } }] });

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface ReadForm {
  owner: string | null;
  file: { name: string; data: Buffer; truncated: boolean } | null;
  extraFiles: boolean;
}

/** The form's `owner` field and first `file`, that file read up to the limit plus one byte. */
function readForm(req: express.Request): Promise<ReadForm> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // File names are sent in UTF-8 by browsers (Vietnamese names), not Latin-1.
        defParamCharset: "utf8",
        limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5, fieldSize: 1024, parts: 8 },
      });
    } catch {
      reject(new Refusal(400, "BAD_REQUEST", "Yêu cầu multipart không hợp lệ: gửi multipart/form-data có boundary."));
      return;
    }
    const form: ReadForm = { owner: null, file: null, extraFiles: false };
    const chunks: Buffer[] = [];
    parser.on("field", (name, value) => {
      if (name === "owner") form.owner = value;
    });
    parser.on("file", (name, stream, info) => {
      if (name !== "file" || form.file) {
        stream.resume();
        return;
      }
      const file = { name: info.filename ?? "", data: Buffer.alloc(0), truncated: false };
      form.file = file;
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", () => {
        file.truncated = true;
      });
    });
    parser.on("filesLimit", () => {
      form.extraFiles = true;
    });
    parser.on("close", () => {
      if (form.file) form.file.data = Buffer.concat(chunks);
      resolve(form);
    });
    parser.on("error", () =>
      reject(new Refusal(400, "BAD_REQUEST", "Yêu cầu multipart bị hỏng hoặc bị ngắt giữa chừng: gửi lại.")),
    );
    // A client that goes away mid-upload: busboy would wait for the rest of the body forever.
    req.on("close", () => {
      if (!req.complete) reject(new Refusal(400, "BAD_REQUEST", "Yêu cầu bị ngắt giữa chừng: gửi lại tệp."));
    });
    req.pipe(parser);
  });
}

export function attachmentRouter(o: ReadOptions & { clock: Clock }): express.Router {
  const router = express.Router();
  const contextOf = (req: express.Request, res: express.Response, viewer: Viewer): Context => ({
    prisma: o.prisma,
    viewer,
    requestId: res.locals.requestId as string,
    ip: req.ip ?? "unknown",
    userAgent: req.headers["user-agent"] ?? null,
    loginLimiter: o.loginLimiter,
    sessionCookie: noSessionCookie,
    clock: o.clock,
  });

  router.post("/", async (req, res, next) => {
    try {
      if (!req.get("x-requested-with")) {
        throw new Refusal(
          400,
          "BAD_REQUEST",
          "Thiếu tiêu đề X-Requested-With: tải tệp lên từ giao diện hoặc kèm tiêu đề này.",
        );
      }
      if (!req.is("multipart/form-data")) {
        throw new Refusal(400, "BAD_REQUEST", "Gửi tệp dạng multipart/form-data: trường owner rồi trường file.");
      }
      const viewer = await resolveViewer(o.prisma, requestToken(req), o.clock.now());
      if (viewer.kind === "anonymous") throw new Refusal(401, "UNAUTHENTICATED", "Đăng nhập để đính kèm tệp.");
      const declared = Number(req.get("content-length"));
      if (declared > MAX_ATTACHMENT_BYTES + ENVELOPE_BYTES) {
        res.set("Connection", "close");
        throw new Refusal(413, "FILE_TOO_LARGE", fileSizeRefusalMessage("tải lên", null, "vi"));
      }
      const form = await readForm(req);
      if (!form.owner) {
        throw new Refusal(400, "BAD_REQUEST", "Thiếu trường owner: ID của dòng báo cáo hoặc sản phẩm đầu ra.");
      }
      if (!form.file) throw new Refusal(400, "BAD_REQUEST", "Chưa có tệp: gửi tệp trong trường file.");
      if (form.extraFiles) throw new Refusal(400, "BAD_REQUEST", "Mỗi lần tải lên một tệp.");
      const { file, owner } = form;
      const shownName = file.name.trim().slice(0, MAX_FILE_NAME_LENGTH) || "không tên";
      if (file.truncated) throw new Refusal(413, "FILE_TOO_LARGE", fileSizeRefusalMessage(shownName, null, "vi"));
      const sniffed = sniffFileKind(file.data);
      if (!sniffed.accepted) {
        throw new Refusal(415, "UNSUPPORTED_FILE_TYPE", fileKindRefusalMessage(shownName, sniffed.refused, "vi"));
      }

      const ctx = contextOf(req, res, viewer);
      const notFound = () => new NotFoundError("dòng báo cáo hoặc sản phẩm đầu ra", owner);
      const key = await ownerKeyOf(o.prisma, owner);
      const readable = key !== null && (await ownerReadable(ctx, key));
      if (!key) throw notFound();
      const { contentType } = ATTACHMENT_KINDS[sniffed.kind];
      const fileName = attachmentFileName(file.name, sniffed.kind);
      const sha256 = createHash("sha256").update(file.data).digest("hex");
      const created = await inTransaction(ctx, async (tx) => {
        const facts = await ownerForChange(tx, ctx, key, readable, notFound);
        const held = await tx.attachment.count({ where: { ...key, deletedAt: null } });
        if (held >= MAX_ATTACHMENTS_PER_OWNER) {
          throw new Refusal(400, "TOO_MANY_FILES", attachmentCountRefusalMessage("vi"));
        }
        const row = await tx.attachment.create({
          data: {
            ...key,
            fileName,
            contentType,
            size: file.data.length,
            sha256,
            content: new Uint8Array(file.data),
            uploadedById: viewer.userId,
            createdAt: o.clock.now(),
          },
          select: { id: true, createdAt: true },
        });
        await recordAudit(tx, ctx, {
          name: "attachment.added",
          entityId: row.id,
          jurisdictionId: facts.jurisdictionId,
          after: { ...key, fileName, contentType, size: file.data.length, sha256 },
        });
        return row;
      });
      res.status(201).json({
        data: {
          attachment: {
            id: encodeGlobalID("Attachment", created.id),
            fileName,
            contentType,
            size: file.data.length,
            createdAt: created.createdAt.toISOString(),
            downloadUrl: downloadUrl(created.id),
          },
        },
      });
    } catch (error) {
      if (error instanceof Refusal) return refuse(res, error.status, error.code, error.message);
      if (error instanceof NotFoundError) return refuse(res, 404, error.code, error.message);
      if (error instanceof AppError) return refuse(res, 403, error.code, error.message);
      next(error);
    }
  });

  router.get("/:id", async (req, res, next) => {
    try {
      const viewer = await resolveViewer(o.prisma, requestToken(req), o.clock.now());
      if (viewer.kind === "anonymous") return refuse(res, 401, "UNAUTHENTICATED", "Đăng nhập để tải tệp đính kèm.");
      const globalId = String(req.params.id);
      const id = globalId.length <= 200 ? decodeId(globalId, "Attachment") : null;
      const owner = id
        ? await o.prisma.attachment.findFirst({
            where: { id, deletedAt: null },
            select: { reportId: true, indicatorId: true, taskId: true, taskOutputId: true },
          })
        : null;
      if (!id || !owner || !(await ownerReadable(contextOf(req, res, viewer), owner))) {
        return refuse(
          res,
          404,
          "NOT_FOUND",
          `Không tìm thấy tệp đính kèm có ID ${globalId}, hoặc bạn không xem được tệp này.`,
        );
      }
      const file = await o.prisma.attachment.findUniqueOrThrow({
        where: { id },
        select: { fileName: true, contentType: true, content: true },
      });
      res
        .set({
          "Cache-Control": "private, no-store",
          "X-Content-Type-Options": "nosniff",
          // Opened in the browser's own viewer at most, never run as a page of this site.
          "Content-Security-Policy": "default-src 'none'; sandbox",
        })
        .type(file.contentType)
        .attachment(file.fileName)
        .send(Buffer.from(file.content));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
