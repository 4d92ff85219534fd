// The `attachments` resource (tệp minh chứng): the files of one owner — a report line or a task
// output, `filter.owner` its global ID — with `meta.mayAttach`, whether the viewer may add and
// remove files there. Create uploads one file (`data.owner`, `data.file`) to POST /tep-dinh-kem, the
// API's multipart route (files do not travel through GraphQL); delete removes one.
import { type AttachmentFieldsFragment, AttachmentsOfDocument, DeleteAttachmentDocument } from "@kehoach/schema";
import { HttpError, type Identifier } from "react-admin";
import { readMethods } from "./connection.ts";
import { runMutation } from "./mutation.ts";
import { notFound, runQuery } from "./query.ts";
import type { GraphqlClient, ResourceHandler } from "./types.ts";

export type AttachmentRecord = AttachmentFieldsFragment;

export const UPLOAD_URL = "/tep-dinh-kem";

/** The upload answer: the new file, or the API's errors (message says what to fix). */
interface UploadAnswer {
  data?: { attachment: { id: string } };
  errors?: { message: string; extensions?: { code?: string } }[];
}

export function createAttachmentsHandler(
  client: GraphqlClient,
  upload: typeof fetch = (...args) => fetch(...args),
): ResourceHandler<AttachmentRecord> {
  const getList: ResourceHandler<AttachmentRecord>["getList"] = async (params) => {
    const owner = params.filter?.owner;
    if (typeof owner !== "string") return { data: [], total: 0, meta: { mayAttach: false } };
    const { attachmentsOf } = await runQuery(client, AttachmentsOfDocument, { owner });
    const files = attachmentsOf?.files ?? [];
    return { data: files, total: files.length, meta: { mayAttach: attachmentsOf?.mayAttach ?? false } };
  };

  // A file is read in its owner's list; it has no page of its own.
  const getOne = async (id: Identifier): Promise<AttachmentRecord> => {
    throw notFound("attachments", id);
  };

  return {
    ...readMethods(getList, getOne),
    async create(params) {
      const { owner, file } = params.data as { owner: string; file: File };
      const form = new FormData();
      form.append("owner", owner);
      form.append("file", file, file.name);
      const res = await upload(UPLOAD_URL, {
        method: "POST",
        body: form,
        credentials: "same-origin",
        // The API refuses uploads without it: another site's page cannot send it.
        headers: { "x-requested-with": "kehoach-admin" },
      });
      const answer = (await res.json().catch(() => ({}))) as UploadAnswer;
      const created = answer.data?.attachment;
      if (!res.ok || !created) {
        const error = answer.errors?.[0];
        throw new HttpError(error?.message ?? "ra.notification.http_error", res.status, {
          code: error?.extensions?.code,
        });
      }
      return { data: created as AttachmentRecord };
    },
    async delete(params) {
      await runMutation(
        client,
        DeleteAttachmentDocument,
        { input: { id: String(params.id) } },
        (data) => data.deleteAttachment,
      );
      return { data: params.previousData as AttachmentRecord };
    },
  };
}
