// Why confirming was refused: every field issue with where it lies in the draft (clicking one
// moves to its input), or the API's message when the refusal names no field (not authorised).
import { Alert, AlertTitle, Link } from "@mui/material";
import { useEffect, useRef } from "react";
import { useTranslate } from "react-admin";
import { itemKeyOf, useExpandedItems } from "./expandedItems.ts";
import { focusField } from "./focusField.ts";
import { issueLocation } from "./issueLocation.ts";
import type { Refusal } from "./planImportApi.ts";
import type { ReviewedDraft } from "./reviewedDraft.ts";

export function RefusalSummary({ refusal, draft }: { refusal: Refusal; draft: ReviewedDraft }) {
  const translate = useTranslate();
  const { setOpen } = useExpandedItems();
  const alert = useRef<HTMLDivElement>(null);
  const goTo = (path: string[]) => {
    const item = itemKeyOf(path);
    if (item) setOpen(item, true);
    // After the item has opened.
    setTimeout(() => focusField(path.join(".")));
  };
  useEffect(() => {
    // jsdom has no scrollIntoView.
    alert.current?.scrollIntoView?.({ block: "nearest", behavior: "smooth" });
  }, []);
  return (
    <Alert ref={alert} severity="error" sx={{ mb: 2 }}>
      <AlertTitle>{translate("app.plan_import.review.refused_title")}</AlertTitle>
      {refusal.issues.length === 0 ? (
        refusal.message
      ) : (
        <>
          {translate("app.plan_import.review.refused_hint")}
          <ul>
            {refusal.issues.map((issue) => (
              <li key={issue.path.join(".")}>
                <Link
                  component="button"
                  type="button"
                  onClick={() => goTo(issue.path)}
                  sx={{ verticalAlign: "baseline" }}
                >
                  {issueLocation(issue.path, draft, translate)}
                </Link>
                : {issue.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </Alert>
  );
}
