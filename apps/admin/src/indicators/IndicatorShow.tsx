// One indicator: its text in the plan, group, area, targets, evaluation (status, progress, latest
// figure against the target, explained in the console's language), monthly figures as a chart and,
// for a composite, month by month for each part, component indicators with their own evaluation,
// and who carries it out; edit and archive for the office.
import { Box, Stack, Typography } from "@mui/material";
import {
  ArrayField,
  DataTable,
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
  useTranslate,
} from "react-admin";
import type { IndicatorRecord, WholeIndicatorRecord } from "../dataProvider/index.ts";
import { AreaField } from "../fields/AreaField.tsx";
import { AssignmentField } from "../fields/AssignmentField.tsx";
import { chipColour } from "../fields/EnumField.tsx";
import { ProgressBar } from "../fields/ProgressBar.tsx";
import { scrollBoxSx, tableSx } from "../layout/tableSx.ts";
import { WholeRecord } from "../layout/WholeRecord.tsx";
import { formatTarget } from "../targets/formatTarget.ts";
import { keepSignWithValue, TargetsField } from "../targets/TargetsField.tsx";
import { useFormatLocale } from "../useFormatLocale.ts";
import { CityContribution } from "./CityContribution.tsx";
import { EvaluationChip, EvaluationPanel } from "./EvaluationPanel.tsx";
import { progressPercent } from "./evaluationFigures.ts";
import { IndicatorShowActions } from "./IndicatorShowActions.tsx";
import { indicatorNumber } from "./indicatorNumber.ts";
import { MeasurementTrend } from "./MeasurementTrend.tsx";
import { PartFigures } from "./PartFigures.tsx";

type SubIndicator = WholeIndicatorRecord["subIndicators"][number];

const sameWords = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Each target in words, with the plan's own words beside it when they say more. */
function TargetLines() {
  const indicator = useRecordContext<IndicatorRecord>();
  const locale = useFormatLocale();
  if (!indicator || indicator.targets.length === 0) return null;
  return (
    <Labeled label="resources.indicators.fields.targets">
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {indicator.targets.map((target) => {
          const phrase = formatTarget(target, locale);
          return (
            <li key={target.id}>
              <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
                {keepSignWithValue(phrase)}
              </Typography>
              {target.text && !sameWords(target.text, phrase) && (
                <Typography variant="body2" component="span" color="text.secondary">
                  {" "}
                  — “{target.text}”
                </Typography>
              )}
            </li>
          );
        })}
      </Box>
    </Labeled>
  );
}

function Title() {
  const indicator = useRecordContext<IndicatorRecord>();
  if (!indicator) return null;
  return (
    <Labeled label="resources.indicators.fields.name">
      <Typography variant="h6" component="span">
        {indicatorNumber(indicator)} {indicator.name}
      </Typography>
    </Labeled>
  );
}

function ApplicableFrom() {
  const indicator = useRecordContext<IndicatorRecord>();
  const translate = useTranslate();
  if (!indicator?.applicableFromYear) return null;
  return (
    <Labeled label="resources.indicators.fields.applicableFromYear">
      <Typography variant="body2">
        {translate("app.indicator.applicable_from", { year: indicator.applicableFromYear })}
      </Typography>
    </Labeled>
  );
}

function Note() {
  const indicator = useRecordContext<IndicatorRecord>();
  if (!indicator?.note) return null;
  return <TextField source="note" />;
}

/** The component indicators, each with its targets and its own evaluation. */
function SubIndicators() {
  const indicator = useRecordContext<WholeIndicatorRecord>();
  const translate = useTranslate();
  if (!indicator?.subIndicators.length) return null;
  return (
    <Labeled label="resources.indicators.fields.subIndicators" fullWidth>
      <Box sx={scrollBoxSx}>
        <ArrayField source="subIndicators">
          <DataTable sx={tableSx} bulkActionButtons={false} size="small" rowClick={false}>
            <DataTable.Col source="code" />
            <DataTable.Col source="name" />
            <DataTable.Col source="targets" disableSort render={() => <TargetsField showSubIndicators={false} />} />
            <DataTable.Col<SubIndicator>
              source="evaluation"
              label="resources.indicators.fields.evaluation"
              disableSort
              render={(sub) =>
                sub.evaluation ? (
                  <Stack spacing={0.5}>
                    <EvaluationChip status={sub.evaluation.status} />
                    <ProgressBar
                      percent={progressPercent(sub.evaluation)}
                      label={translate("app.indicator.progress")}
                      colour={chipColour(sub.evaluation.status)}
                    />
                  </Stack>
                ) : null
              }
            />
          </DataTable>
        </ArrayField>
      </Box>
    </Labeled>
  );
}

export default function IndicatorShow() {
  // The evaluation's explanation comes in the console's language, asked for again after a switch.
  const locale = useFormatLocale();
  return (
    <Show actions={<IndicatorShowActions />} queryOptions={{ meta: { locale } }}>
      <WholeRecord>
        <SimpleShowLayout>
          <Title />
          <TextField source="sourceText" />
          <TextField source="group.title" label="resources.indicators.fields.group" />
          <AreaField source="area" label="resources.indicators.fields.area" />
          <TargetLines />
          <ApplicableFrom />
          <EvaluationPanel />
          <MeasurementTrend />
          <PartFigures />
          <SubIndicators />
          <AssignmentField />
          <CityContribution />
          <Note />
        </SimpleShowLayout>
      </WholeRecord>
    </Show>
  );
}
