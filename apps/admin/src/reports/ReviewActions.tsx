// "Duyệt" and "Trả lại" for a submitted report (OFFICE; LEADER in the report's areas — the API
// refuses otherwise). Returning asks for the reason in a dialog and refuses an empty one.
import ApproveIcon from "@mui/icons-material/CheckCircle";
import ReturnIcon from "@mui/icons-material/Undo";
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from "@mui/material";
import { useState } from "react";
import { Confirm, type HttpError, useNotify, usePermissions, useTranslate, useUpdate } from "react-admin";
import { hasRole, type Permissions } from "../auth/permissions.ts";
import type { ReportRecord } from "../dataProvider/progressReports.ts";

/** The API's minimum (ReturnReportInput.reason: 5–2.000 characters). */
const MIN_REASON = 5;

export function ReviewActions({ report, onDone }: { report: ReportRecord; onDone?: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const { permissions } = usePermissions<Permissions>();
  const [update, { isPending }] = useUpdate<ReportRecord>();
  const [approving, setApproving] = useState(false);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  if (report.status !== "SUBMITTED" || !hasRole(permissions, "OFFICE", "LEADER")) return null;

  const unit = report.unit.name;
  const review = (data: Partial<ReportRecord>, done: string, close: () => void) =>
    update(
      "progressReports",
      { id: report.id, data, previousData: report },
      {
        onSuccess: () => {
          close();
          notify(done, { type: "success" });
          onDone?.();
        },
        onError: (failure) => {
          const fieldError = (failure as HttpError).body?.errors?.reason;
          if (fieldError) setReasonError(fieldError);
          else {
            close();
            notify((failure as Error).message, { type: "error" });
          }
        },
      },
    );
  const submitReturn = () => {
    if (reason.trim().length < MIN_REASON) {
      setReasonError(translate("app.report.review.reason_required"));
      return;
    }
    review({ status: "RETURNED", returnReason: reason.trim() }, "app.report.review.returned", () => {
      setReturning(false);
      setReason("");
    });
  };

  return (
    <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }}>
      <Button variant="contained" color="success" startIcon={<ApproveIcon />} onClick={() => setApproving(true)}>
        {translate("app.report.review.approve")}
      </Button>
      <Button variant="outlined" color="warning" startIcon={<ReturnIcon />} onClick={() => setReturning(true)}>
        {translate("app.report.review.return")}
      </Button>
      <Confirm
        isOpen={approving}
        loading={isPending}
        title="app.report.review.approve_title"
        titleTranslateOptions={{ unit }}
        content="app.report.review.approve_content"
        onConfirm={() => review({ status: "APPROVED" }, "app.report.review.approved", () => setApproving(false))}
        onClose={() => setApproving(false)}
      />
      <Dialog open={returning} onClose={() => setReturning(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate("app.report.review.return_title", { unit })}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            label={translate("app.report.review.return_reason")}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              setReasonError(null);
            }}
            multiline
            minRows={3}
            required
            fullWidth
            error={!!reasonError}
            helperText={reasonError ?? " "}
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setReturning(false)}>{translate("ra.action.cancel")}</Button>
          <Button variant="contained" color="warning" onClick={submitReturn} disabled={isPending}>
            {translate("app.report.review.return")}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
