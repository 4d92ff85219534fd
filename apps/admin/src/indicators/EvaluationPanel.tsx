// An indicator's evaluation: the status as a coloured chip, progress as a bar (0–100 %), the
// latest figure against the target in the indicator's unit, the API's explanation, and each
// part of a composite indicator the same way.
import { Box, Chip, Stack, Typography } from "@mui/material";
import { Labeled, useRecordContext, useTranslate } from "react-admin";
import type { WholeIndicatorRecord } from "../dataProvider/index.ts";
import { chipColour, useEnumLabel } from "../fields/EnumField.tsx";
import { ProgressBar } from "../fields/ProgressBar.tsx";
import type { TargetSpec } from "../targets/formatTarget.ts";
import { useFormatLocale } from "../useFormatLocale.ts";
import { type EvaluationLike, figure, progressPercent } from "./evaluationFigures.ts";

interface Evaluated extends EvaluationLike {
  status: string;
  message: string;
}

export function EvaluationChip({ status }: { status: string }) {
  const label = useEnumLabel("EvaluationStatus")(status);
  // A span, so that the chip may sit in a line of text (the cards of the list on a phone).
  return <Chip component="span" size="small" color={chipColour(status)} label={label} />;
}

function Figures({ evaluation, unit }: { evaluation: Evaluated; unit?: Pick<TargetSpec, "unit" | "measure"> }) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  return (
    <Stack spacing={0.5}>
      <Stack direction="row" spacing={2} sx={{ alignItems: "center", flexWrap: "wrap" }}>
        <EvaluationChip status={evaluation.status} />
        <Typography variant="body2">
          <Box component="span" sx={{ color: "text.secondary" }}>
            {translate("app.indicator.latest_value")}:
          </Box>{" "}
          <strong>{figure(evaluation.latestValue, unit, locale)}</strong>
        </Typography>
        {evaluation.expectedValue != null && (
          <Typography variant="body2">
            <Box component="span" sx={{ color: "text.secondary" }}>
              {translate("app.indicator.expected_value")}:
            </Box>{" "}
            <strong>{figure(evaluation.expectedValue, unit, locale)}</strong>
          </Typography>
        )}
      </Stack>
      <ProgressBar
        percent={progressPercent(evaluation)}
        label={translate("app.indicator.progress")}
        colour={chipColour(evaluation.status)}
      />
      <Typography variant="body2" color="text.secondary">
        {evaluation.message}
      </Typography>
    </Stack>
  );
}

export function EvaluationPanel(_props: { label?: string }) {
  const indicator = useRecordContext<WholeIndicatorRecord>();
  const translate = useTranslate();
  if (!indicator) return null;
  const evaluation = indicator.evaluation;
  const asOf = evaluation.yearClosed
    ? translate("app.indicator.year_closed")
    : translate("app.indicator.as_of", { month: evaluation.asOfMonth });
  return (
    <Labeled label="app.indicator.evaluation" fullWidth>
      <Stack spacing={1}>
        <Typography variant="caption" color="text.secondary">
          {asOf}
        </Typography>
        <Figures evaluation={evaluation} unit={indicator.targets[0]} />
        {evaluation.parts.length > 1 && (
          <Box>
            <Typography variant="subtitle2">{translate("app.indicator.parts")}</Typography>
            <Stack spacing={1} sx={{ pl: 2, borderLeft: 2, borderColor: "divider" }}>
              {evaluation.parts.map((part) => (
                <Box key={part.label}>
                  <Typography variant="body2" sx={{ fontWeight: 500 }}>
                    {part.label}
                  </Typography>
                  <Figures evaluation={part} />
                </Box>
              ))}
            </Stack>
          </Box>
        )}
      </Stack>
    </Labeled>
  );
}
