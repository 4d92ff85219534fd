// Who carries out an indicator or task: lead unit, cooperating units and the leader in charge,
// with a "Suy luận" badge while the assignment is still the one inferred from the plan's text.
import { Box, Chip, Stack, Tooltip, Typography } from "@mui/material";
import { Labeled, useRecordContext, useTranslate } from "react-admin";
import { leaderName } from "./leaderName.ts";

interface AssignmentLike {
  inferred: boolean;
  inferenceNote?: string | null;
  leadUnit: { name: string };
  cooperatingUnits: readonly { id: string; name: string }[];
  leader: { displayName: string; title?: string | null } | null;
}

export function AssignmentField(_props: { label?: string }) {
  const record = useRecordContext<{ id: string; assignment?: AssignmentLike | null }>();
  const translate = useTranslate();
  if (!record) return null;
  const assignment = record.assignment;
  return (
    <Labeled label="app.assignment.title" fullWidth>
      {assignment ? (
        <Box>
          <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap" }}>
            <Typography variant="body2">
              <Box component="span" sx={{ color: "text.secondary" }}>
                {translate("app.assignment.leadUnit")}:
              </Box>{" "}
              <strong>{assignment.leadUnit.name}</strong>
            </Typography>
            {assignment.inferred && (
              <Tooltip title={assignment.inferenceNote || translate("app.assignment.inferred_hint")}>
                <Chip size="small" color="warning" variant="outlined" label={translate("app.assignment.inferred")} />
              </Tooltip>
            )}
          </Stack>
          {assignment.cooperatingUnits.length > 0 && (
            <Typography variant="body2">
              <Box component="span" sx={{ color: "text.secondary" }}>
                {translate("app.assignment.cooperatingUnits")}:
              </Box>{" "}
              {assignment.cooperatingUnits.map((unit) => unit.name).join("; ")}
            </Typography>
          )}
          {assignment.leader && (
            <Typography variant="body2">
              <Box component="span" sx={{ color: "text.secondary" }}>
                {translate("app.assignment.leader")}:
              </Box>{" "}
              {leaderName(assignment.leader)}
            </Typography>
          )}
        </Box>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate("app.assignment.none")}
        </Typography>
      )}
    </Labeled>
  );
}
