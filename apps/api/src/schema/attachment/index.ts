// Evidence files (tệp minh chứng): the Attachment type, the files of report lines and task outputs,
// and their removal. Uploads and downloads are plain HTTP (src/attachments/router.ts).
import "./types.ts";
import "./deleteAttachment.ts";
