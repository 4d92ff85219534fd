// An indicator's targets as the office edits them (saved with a new indicator, later with
// setIndicatorTargets): each target is quantitative (a comparison and a value, or a range) or
// qualitative (a kind), with its unit, measure, direction, basis, its phasing over the year (where
// the domain's rule allows one) and the plan's words, and reads back in words as it is typed.

import { phaseable } from "@kehoach/domain";
import { Typography } from "@mui/material";
import {
  ArrayInput,
  FormDataConsumer,
  NumberInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useTranslate,
} from "react-admin";
import { enumChoices } from "../fields/enumChoices.ts";
import { formatTarget, type TargetSpec } from "../targets/formatTarget.ts";
import { useFormatLocale } from "../useFormatLocale.ts";

const kindChoices = enumChoices("TargetKind", ["QUANTITATIVE", "QUALITATIVE"]);
const comparatorChoices = enumChoices("Comparator", ["GT", "GTE", "EQ", "LTE", "LT", "APPROX", "RANGE"]);
const measureChoices = enumChoices("MeasureKind", ["PERCENT", "PERCENTAGE_POINT", "MONEY", "COUNT", "RATE", "OTHER"]);
const directionChoices = enumChoices("TargetDirection", ["INCREASE", "DECREASE", "MAINTAIN"]);
const basisChoices = enumChoices("TargetBasis", ["LEVEL", "CHANGE", "AVERAGE_ANNUAL_CHANGE", "ADDITIONAL"]);
const qualitativeChoices = enumChoices("QualitativeKind", ["ACHIEVED", "ZERO_EVENTS", "COMPLETE_ASSIGNED"]);
const phasingChoices = enumChoices("TargetPhasing", ["LINEAR", "QUARTERLY", "NONE"]);

type TargetDraft = Partial<Record<keyof TargetSpec, unknown>>;

/** The target in words as typed so far; nothing until it says enough to be read. */
function TargetPreview({ target }: { target: TargetDraft | undefined }) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const incomplete =
    !target?.kind ||
    (target.kind === "QUANTITATIVE" && !target.comparator) ||
    (target.kind === "QUALITATIVE" && !target.qualitativeKind);
  if (!target || incomplete) return null;
  const phrase = formatTarget(
    {
      kind: target.kind,
      comparator: target.comparator ?? null,
      value: numberOrNull(target.value),
      minValue: numberOrNull(target.minValue),
      maxValue: numberOrNull(target.maxValue),
      unit: (target.unit as string | null) ?? null,
      measure: target.measure ?? null,
      direction: target.direction ?? "INCREASE",
      basis: target.basis ?? "LEVEL",
      qualitativeKind: target.qualitativeKind ?? null,
      text: (target.text as string | null) ?? "",
    } as TargetSpec,
    locale,
  );
  return (
    <Typography variant="body2" sx={{ alignSelf: "center", minWidth: 200 }} aria-live="polite">
      {translate("app.indicator.target_preview")}: <strong>{phrase}</strong>
    </Typography>
  );
}

function numberOrNull(value: unknown): string | null {
  return value === null || value === undefined || value === "" ? null : String(value);
}

/** The API's Decimal strings ("84.900000") shown as the number they are (84.9). */
const decimalText = (value: unknown) =>
  value === null || value === undefined || value === "" ? "" : String(Number(value));

export function TargetsInput() {
  return (
    <ArrayInput source="targets" helperText="app.indicator.targets_help">
      <SimpleFormIterator inline>
        <SelectInput source="kind" label="app.target.kind" choices={kindChoices} validate={required()} />
        <FormDataConsumer<Record<string, unknown>>>
          {({ scopedFormData }) => {
            const target = scopedFormData as TargetDraft | undefined;
            const quantitative = target?.kind === "QUANTITATIVE";
            const range = target?.comparator === "RANGE";
            return (
              <>
                {quantitative && (
                  <SelectInput
                    source="comparator"
                    label="app.target.comparator"
                    choices={comparatorChoices}
                    validate={required()}
                  />
                )}
                {quantitative && !range && <NumberInput source="value" label="app.target.value" format={decimalText} />}
                {quantitative && range && (
                  <NumberInput source="minValue" label="app.target.minValue" format={decimalText} />
                )}
                {quantitative && range && (
                  <NumberInput source="maxValue" label="app.target.maxValue" format={decimalText} />
                )}
                {target?.kind === "QUALITATIVE" && (
                  <SelectInput
                    source="qualitativeKind"
                    label="app.target.qualitativeKind"
                    choices={qualitativeChoices}
                    validate={required()}
                  />
                )}
                {quantitative && <TextInput source="unit" label="app.target.unit" sx={{ width: 120 }} />}
                {quantitative && <SelectInput source="measure" label="app.target.measure" choices={measureChoices} />}
                <SelectInput source="direction" label="app.target.direction" choices={directionChoices} />
                <SelectInput source="basis" label="app.target.basis" choices={basisChoices} />
                {target?.kind && phaseable({ kind: String(target.kind), comparator: target.comparator as string }) && (
                  <SelectInput
                    source="phasing"
                    label="app.target.phasing"
                    choices={phasingChoices}
                    emptyText="app.target.phasing_default"
                    sx={{ minWidth: 220 }}
                  />
                )}
                <TextInput source="text" label="app.target.text" validate={required()} sx={{ minWidth: 240 }} />
                <TargetPreview target={target} />
              </>
            );
          }}
        </FormDataConsumer>
      </SimpleFormIterator>
    </ArrayInput>
  );
}
