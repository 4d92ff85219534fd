// Sends a comment on a report (supervisors, leaders, the office, admins, and the report's own unit;
// the API checks). The text stays in the box when the API refuses it.
import { Box, Button, TextField } from "@mui/material";
import { useState } from "react";
import { type HttpError, useNotify, useTranslate, useUpdate } from "react-admin";
import type { ReportRecord } from "../dataProvider/progressReports.ts";

export function CommentForm({ report }: { report: ReportRecord }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [update, { isPending }] = useUpdate<ReportRecord & { comment?: string }>();
  const send = () =>
    update(
      "progressReports",
      { id: report.id, data: { comment: body.trim() }, previousData: report },
      {
        onSuccess: () => {
          setBody("");
          setError(null);
          notify("app.report.comment.sent", { type: "success" });
        },
        onError: (failure) => {
          const message = (failure as HttpError).body?.errors?.body ?? (failure as Error).message;
          setError(translate(message, { _: message }));
        },
      },
    );
  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 1, mt: 1 }}>
      <TextField
        label={translate("app.report.comment.label")}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        multiline
        minRows={2}
        error={!!error}
        helperText={error ?? " "}
        fullWidth
      />
      <Box>
        <Button variant="outlined" onClick={send} disabled={isPending || body.trim() === ""}>
          {translate("app.report.comment.send")}
        </Button>
      </Box>
    </Box>
  );
}
