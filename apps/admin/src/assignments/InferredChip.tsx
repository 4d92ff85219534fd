// "Suy luận" (inferred from the plan's text, awaiting confirmation) or "Đã xác nhận".
import { Chip } from "@mui/material";
import { useRecordContext, useTranslate } from "react-admin";
import type { AssignmentRecord } from "../dataProvider/assignments.ts";

export function InferredChip() {
  const assignment = useRecordContext<AssignmentRecord>();
  const translate = useTranslate();
  if (!assignment) return null;
  return assignment.inferred ? (
    <Chip size="small" color="warning" variant="outlined" label={translate("resources.assignments.status.inferred")} />
  ) : (
    <Chip size="small" color="success" variant="outlined" label={translate("resources.assignments.status.confirmed")} />
  );
}
