// A step of a recommendation's workflow taken from its page: a button opening a dialog with the
// step's inputs, which sends the step with the version read. The API's field errors land under the
// dialog's inputs; any other refusal (a ConflictError: someone else changed it) is a notice. The
// callers decide who sees the button.
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from "@mui/material";
import { type ReactElement, type ReactNode, useId, useState } from "react";
import { Form, type HttpError, useNotify, useRecordContext, useTranslate, useUpdate } from "react-admin";
import type { FieldValues } from "react-hook-form";
import type {
  RecommendationRecord,
  RecommendationStepData,
  RecommendationWrite,
} from "../dataProvider/recommendations.ts";

export interface StepDialogProps {
  /** Translation keys: the button (also the dialog's send button), the dialog's title, the success notice. */
  label: string;
  title: string;
  done: string | ((data: RecommendationStepData) => string);
  icon: ReactElement;
  /** The dialog's inputs, named as the API's input fields. */
  children: ReactNode;
  /** The inputs' first values. */
  initial: FieldValues;
  toData(values: FieldValues): RecommendationStepData;
}

export function StepDialog({ label, title, done, icon, children, initial, toData }: StepDialogProps) {
  const recommendation = useRecordContext<RecommendationRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [update, { isPending }] = useUpdate<RecommendationWrite>();
  if (!recommendation) return null;

  const send = async (values: FieldValues) => {
    const data = toData(values);
    try {
      await update(
        "recommendations",
        { id: recommendation.id, data, previousData: recommendation },
        { returnPromise: true },
      );
    } catch (failure) {
      const fieldErrors = ((failure as HttpError).body?.errors ?? {}) as Record<string, string>;
      const here = Object.fromEntries(Object.entries(fieldErrors).filter(([field]) => field in initial));
      if (Object.keys(here).length > 0) return here;
      setOpen(false);
      notify((failure as Error).message, { type: "error" });
      return undefined;
    }
    setOpen(false);
    notify(typeof done === "function" ? done(data) : done, { type: "success" });
    return undefined;
  };

  return (
    <>
      <Button startIcon={icon} onClick={() => setOpen(true)}>
        {translate(label)}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-labelledby={titleId}>
        <Form record={initial} onSubmit={send}>
          <DialogTitle id={titleId}>{translate(title)}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate("ra.action.cancel")}</Button>
            <Button type="submit" variant="contained" startIcon={icon} disabled={isPending}>
              {translate(label)}
            </Button>
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
