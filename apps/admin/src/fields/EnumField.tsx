// An enum value of the API (TaskKind, TaskStatus …) shown with its label from the messages
// (`enums.TaskStatus.IN_PROGRESS` → "Đang thực hiện"), optionally as a coloured chip.
import { Chip, Typography } from "@mui/material";
import { type FieldProps, useFieldValue, useTranslate } from "react-admin";

export type EnumName =
  | "PlanStatus"
  | "TaskKind"
  | "TaskStatus"
  | "TaskRecurrence"
  | "OutputKind"
  | "DocumentKind"
  | "EvaluationStatus"
  | "TargetKind"
  | "Comparator"
  | "MeasureKind"
  | "TargetDirection"
  | "TargetBasis"
  | "TargetPhasing"
  | "QualitativeKind"
  | "JurisdictionKind";

export type ChipColour = "default" | "primary" | "secondary" | "success" | "warning" | "info" | "error";

// Evaluation statuses read as traffic lights: achieved green, behind orange or red.
const CHIP_COLOURS: Record<string, ChipColour> = {
  KEY: "primary",
  ACTIVE: "success",
  DONE: "success",
  IN_PROGRESS: "info",
  CANCELLED: "default",
  ACHIEVED: "success",
  ON_TRACK: "info",
  AT_RISK: "warning",
  OFF_TRACK: "error",
  NOT_ACHIEVED: "error",
};

export function chipColour(value: string): ChipColour {
  return CHIP_COLOURS[value] ?? "default";
}

export function useEnumLabel(enumName: EnumName) {
  const translate = useTranslate();
  return (value: string | null | undefined) => (value ? translate(`enums.${enumName}.${value}`, { _: value }) : "");
}

export function EnumField({
  source,
  enumName,
  chip = false,
}: FieldProps & { source: string; enumName: EnumName; chip?: boolean }) {
  const value = useFieldValue({ source }) as string | null | undefined;
  const label = useEnumLabel(enumName)(value);
  if (!value) return null;
  if (chip) {
    return <Chip component="span" size="small" variant="outlined" color={chipColour(value)} label={label} />;
  }
  return (
    <Typography component="span" variant="body2">
      {label}
    </Typography>
  );
}
