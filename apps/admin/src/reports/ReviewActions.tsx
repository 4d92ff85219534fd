// "Duyệt" and "Trả lại" for a submitted report (OFFICE; LEADER in the report's areas — the API
// refuses otherwise), and "Mở lại báo cáo" for an approved one (OFFICE), each only when
// packages/domain's report transition table allows the step in the report's period (never in a
// closed one). Returning and reopening ask for the reason in a dialog and refuse an empty one.
import { mayTransitionReport } from "@kehoach/domain";
import ApproveIcon from "@mui/icons-material/CheckCircle";
import ReopenIcon from "@mui/icons-material/LockOpen";
import ReturnIcon from "@mui/icons-material/Undo";
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from "@mui/material";
import { useState } from "react";
import { Confirm, type HttpError, useNotify, usePermissions, useTranslate, useUpdate } from "react-admin";
import { canDo, type Permissions } from "../auth/permissions.ts";
import type { ReportRecord } from "../dataProvider/progressReports.ts";

/** The API's minimum (ReturnReportInput.reason, ReopenReportInput.reason: 5–2.000 characters). */
const MIN_REASON = 5;

/** Which reason the dialog asks for: returning a submitted report or reopening an approved one. */
type SendBack = "return" | "reopen";

export function ReviewActions({ report, onDone }: { report: ReportRecord; onDone?: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const { permissions } = usePermissions<Permissions>();
  const [update, { isPending }] = useUpdate<ReportRecord>();
  const [approving, setApproving] = useState(false);
  const [sendingBack, setSendingBack] = useState<SendBack | null>(null);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const period = report.period.status;
  const mayReview = canDo(permissions, "report.review") && mayTransitionReport("APPROVE", report.status, period);
  const mayReopen = canDo(permissions, "report.reopen") && mayTransitionReport("REOPEN", report.status, period);
  if (!mayReview && !mayReopen) return null;

  const unit = report.unit.name;
  const closeReason = () => {
    setSendingBack(null);
    setReason("");
    setReasonError(null);
  };
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
  const submitReason = (kind: SendBack) => {
    if (reason.trim().length < MIN_REASON) {
      setReasonError(translate(`app.report.review.${kind}_reason_required`));
      return;
    }
    review({ status: "RETURNED", returnReason: reason.trim() }, `app.report.review.${kind}ed`, closeReason);
  };

  return (
    <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }}>
      {mayReview ? (
        <>
          <Button variant="contained" color="success" startIcon={<ApproveIcon />} onClick={() => setApproving(true)}>
            {translate("app.report.review.approve")}
          </Button>
          <Button
            variant="outlined"
            color="warning"
            startIcon={<ReturnIcon />}
            onClick={() => setSendingBack("return")}
          >
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
        </>
      ) : (
        <Button variant="outlined" color="warning" startIcon={<ReopenIcon />} onClick={() => setSendingBack("reopen")}>
          {translate("app.report.review.reopen")}
        </Button>
      )}
      {sendingBack ? (
        <Dialog open onClose={closeReason} fullWidth maxWidth="sm">
          <DialogTitle>{translate(`app.report.review.${sendingBack}_title`, { unit })}</DialogTitle>
          <DialogContent>
            {sendingBack === "reopen" ? (
              <Typography variant="body2" color="text.secondary">
                {translate("app.report.review.reopen_content")}
              </Typography>
            ) : null}
            <TextField
              autoFocus
              label={translate(`app.report.review.${sendingBack}_reason`)}
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
            <Button onClick={closeReason}>{translate("ra.action.cancel")}</Button>
            <Button variant="contained" color="warning" onClick={() => submitReason(sendingBack)} disabled={isPending}>
              {translate(`app.report.review.${sendingBack}`)}
            </Button>
          </DialogActions>
        </Dialog>
      ) : null}
    </Box>
  );
}
