// The evidence files of a report line or a task output: each file's name (a download link) and size,
// and — where the API says the viewer may (`mayAttach`) — a button to attach one more and one to
// delete each. The size is checked before uploading by the API's own rule; when the API refuses a
// file (its content, the report already sent…) its reason is shown under the files.
import { ATTACHMENT_ACCEPT, attachmentSizeProblem, formatFileSize } from "@kehoach/domain";
import AttachFileIcon from "@mui/icons-material/AttachFile";
import DeleteIcon from "@mui/icons-material/DeleteOutline";
import { Alert, Box, Button, IconButton, Link, Typography } from "@mui/material";
import { type ChangeEvent, useState } from "react";
import { Confirm, useCreate, useDelete, useGetList, useNotify, useTranslate } from "react-admin";
import type { AttachmentRecord } from "../dataProvider/attachments.ts";
import { useFormatLocale } from "../useFormatLocale.ts";

/** The global ID of a report line or task output, from its type and the internal ID its fragment holds. */
export const ownerId = (
  typename: "ProgressReportIndicatorLine" | "ProgressReportTaskLine" | "TaskOutput",
  id: string,
) => btoa(`${typename}:${id}`);

/** `owner`: the global ID of the report line (ProgressReportIndicatorLine, ProgressReportTaskLine) or TaskOutput. */
export function EvidenceFiles({ owner }: { owner: string }) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const notify = useNotify();
  const {
    data: files = [],
    meta,
    isPending,
    error,
  } = useGetList<AttachmentRecord>("attachments", { filter: { owner }, pagination: { page: 1, perPage: 100 } });
  const [create, { isPending: uploading }] = useCreate();
  const [remove, { isPending: removing }] = useDelete();
  const [problem, setProblem] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<AttachmentRecord | null>(null);
  const mayAttach = meta?.mayAttach === true;
  const refused = (failure: unknown) => {
    const message = (failure as Error).message;
    setProblem(translate(message, { _: message }));
  };

  // A line without files, or whose files cannot be read now, shows nothing rather than a notice per row.
  if (isPending || error || (files.length === 0 && !mayAttach)) return null;

  const attach = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so that the same file can be chosen again once fixed.
    event.target.value = "";
    if (!file) return;
    const tooMuch = attachmentSizeProblem(file, files.length, locale);
    setProblem(tooMuch);
    if (tooMuch) return;
    create(
      "attachments",
      { data: { owner, file } },
      {
        onSuccess: () => {
          notify("app.attachments.uploaded", { type: "success", messageArgs: { name: file.name } });
        },
        onError: refused,
      },
    );
  };
  const confirmDelete = () => {
    if (!toDelete) return;
    remove(
      "attachments",
      { id: toDelete.id, previousData: toDelete },
      {
        mutationMode: "pessimistic",
        onSuccess: () => {
          setToDelete(null);
          notify("app.attachments.deleted", { type: "info" });
        },
        onError: (failure) => {
          setToDelete(null);
          refused(failure);
        },
      },
    );
  };

  return (
    <Box sx={{ mt: 0.5 }}>
      {files.length > 0 ? (
        <Box component="ul" aria-label={translate("app.attachments.title")} sx={{ listStyle: "none", p: 0, m: 0 }}>
          {files.map((file) => (
            <Box component="li" key={file.id} sx={{ display: "flex", alignItems: "center", gap: 0.5 }}>
              <AttachFileIcon fontSize="small" color="action" />
              <Link
                href={file.downloadUrl}
                download={file.fileName}
                title={translate("app.attachments.download", { name: file.fileName })}
                sx={{ overflowWrap: "break-word", minWidth: 0 }}
              >
                {file.fileName}
              </Link>
              <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: "nowrap" }}>
                {formatFileSize(file.size, locale)}
              </Typography>
              {mayAttach ? (
                <IconButton
                  size="small"
                  aria-label={translate("app.attachments.delete", { name: file.fileName })}
                  onClick={() => setToDelete(file)}
                >
                  <DeleteIcon fontSize="small" />
                </IconButton>
              ) : null}
            </Box>
          ))}
        </Box>
      ) : null}
      {mayAttach ? (
        <Button
          component="label"
          size="small"
          startIcon={<AttachFileIcon />}
          disabled={uploading}
          title={translate("app.attachments.hint")}
          sx={{ whiteSpace: "nowrap" }}
        >
          {translate(uploading ? "app.attachments.uploading" : "app.attachments.upload")}
          <input hidden type="file" accept={ATTACHMENT_ACCEPT} onChange={attach} />
        </Button>
      ) : null}
      {problem ? (
        <Alert severity="error" onClose={() => setProblem(null)} sx={{ mt: 0.5 }}>
          {problem}
        </Alert>
      ) : null}
      <Confirm
        isOpen={toDelete !== null}
        loading={removing}
        title="app.attachments.delete_title"
        content="app.attachments.delete_content"
        translateOptions={{ name: toDelete?.fileName ?? "" }}
        onConfirm={confirmDelete}
        onClose={() => setToDelete(null)}
      />
    </Box>
  );
}
