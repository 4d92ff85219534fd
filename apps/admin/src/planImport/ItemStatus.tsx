// Beside a draft item: the source lines it was read from (click to show them) and, when the parser
// was not sure of it, a "cần xem lại" chip. Items added by hand have neither.
import type { Evidence } from "@kehoach/domain";
import { Chip, Stack } from "@mui/material";
import { useSourceContext, useTranslate } from "react-admin";
import { useWatch } from "react-hook-form";
import { useShowEvidence } from "./evidenceContext.ts";

/** Below this confidence an item is marked for the user to check against the source. */
export const REVIEW_THRESHOLD = 0.8;

/** What the draft says of an item: where it was read and how sure the parser is. */
export interface Located {
  evidence?: Evidence;
  confidence?: number;
}

/** The status of the form iterator's current item (its values now: items move up when one is removed). */
function CurrentItemStatus() {
  const item = useWatch({ name: useSourceContext().getSource("") }) as Located | undefined;
  return <LocatedStatus item={item ?? {}} />;
}

function LocatedStatus({ item: { evidence, confidence } }: { item: Located }) {
  const translate = useTranslate();
  const show = useShowEvidence();
  if (!evidence) return null;
  const lines =
    evidence.fromLine === evidence.toLine
      ? translate("app.plan_import.review.line", { from: evidence.fromLine })
      : translate("app.plan_import.review.lines", { from: evidence.fromLine, to: evidence.toLine });
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexShrink: 0 }}>
      <Chip size="small" variant="outlined" label={lines} onClick={() => show(evidence)} />
      {confidence !== undefined && confidence < REVIEW_THRESHOLD ? (
        <Chip
          size="small"
          color="warning"
          label={translate("app.plan_import.review.needs_check")}
          title={translate("app.plan_import.review.confidence", { percent: Math.round(confidence * 100) })}
        />
      ) : null}
    </Stack>
  );
}

/** `item` defaults to the form iterator's current item. */
export function ItemStatus({ item }: { item?: Located }) {
  return item ? <LocatedStatus item={item} /> : <CurrentItemStatus />;
}
