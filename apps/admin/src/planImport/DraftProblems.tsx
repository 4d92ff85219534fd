// What the parser could not do, shown first so the user knows what to check: the plan's parts it
// did not find and the lines it could not read (each opens its lines in the source column).
import type { PlanDraftJson } from "@kehoach/domain";
import { Alert, AlertTitle, Link, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { useShowEvidence } from "./evidenceContext.ts";

export function DraftProblems({ draft }: { draft: PlanDraftJson }) {
  const translate = useTranslate();
  const show = useShowEvidence();
  if (draft.missing.length === 0 && draft.unparsed.length === 0) {
    return (
      <Alert severity="success" sx={{ mb: 2 }}>
        {translate("app.plan_import.review.all_read")}
      </Alert>
    );
  }
  return (
    <Alert severity="warning" sx={{ mb: 2 }} role="region" aria-label={translate("app.plan_import.review.check_title")}>
      <AlertTitle>{translate("app.plan_import.review.check_title")}</AlertTitle>
      {draft.missing.length > 0 ? (
        <>
          <Typography variant="subtitle2">{translate("app.plan_import.review.missing")}</Typography>
          <ul>
            {draft.missing.map((missing) => (
              <li key={missing.part}>{missing.message}</li>
            ))}
          </ul>
        </>
      ) : null}
      {draft.unparsed.length > 0 ? (
        <>
          <Typography variant="subtitle2">{translate("app.plan_import.review.unparsed")}</Typography>
          <ul>
            {draft.unparsed.map((item) => (
              <li key={`${item.fromLine}-${item.toLine}`}>
                <Link component="button" type="button" onClick={() => show(item)} sx={{ verticalAlign: "baseline" }}>
                  {item.fromLine === item.toLine
                    ? translate("app.plan_import.review.line", { from: item.fromLine })
                    : translate("app.plan_import.review.lines", { from: item.fromLine, to: item.toLine })}
                </Link>
                : “{item.text}” — {item.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Alert>
  );
}
