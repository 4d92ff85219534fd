// The step a recommendation waits for, offered to whom may take it: "Giao đơn vị" to the office,
// "Trả lời" to the people of the unit it is assigned to, "Đánh giá" to the Front. Who may act is the
// access policy (canDo), which step the status allows is packages/domain's RECOMMENDATION_STEPS
// (mayTakeRecommendationStep); the API checks both again.
import { mayTakeRecommendationStep, type RecommendationStep } from "@kehoach/domain";
import AssignIcon from "@mui/icons-material/AssignmentInd";
import EvaluateIcon from "@mui/icons-material/FactCheck";
import AnswerIcon from "@mui/icons-material/Reply";
import {
  RadioButtonGroupInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  TopToolbar,
  usePermissions,
  useRecordContext,
  type Validator,
} from "react-admin";
import { canDo, type Permissions } from "../auth/permissions.ts";
import type { RecommendationRecord } from "../dataProvider/recommendations.ts";
import { StepDialog } from "./StepDialog.tsx";

/** The Front's word on an answer: resolved, or not (back to the unit, with a note). */
const EVALUATIONS: { step: Extract<RecommendationStep, "RESOLVE" | "REOPEN">; name: string }[] = [
  { step: "RESOLVE", name: "app.recommendation.resolve_choice" },
  { step: "REOPEN", name: "app.recommendation.reopen_choice" },
];

const noteWhenNotResolved: Validator = (value, values) =>
  values.step === "REOPEN" && !String(value ?? "").trim() ? "app.recommendation.note_required" : undefined;

function AssignButton({ recommendation }: { recommendation: RecommendationRecord }) {
  return (
    <StepDialog
      label="app.recommendation.assign"
      title="app.recommendation.assign_title"
      done="app.recommendation.assigned"
      icon={<AssignIcon />}
      initial={{ unitId: recommendation.unit?.id ?? null }}
      toData={(values) => ({ step: "ASSIGN", unitId: values.unitId })}
    >
      <ReferenceInput
        source="unitId"
        reference="units"
        filter={{ archived: false }}
        sort={{ field: "name", order: "ASC" }}
        perPage={200}
      >
        <SelectInput
          optionText="name"
          label="resources.recommendations.fields.unitId"
          validate={required("app.recommendation.unit_required")}
          helperText="app.recommendation.assign_help"
          fullWidth
        />
      </ReferenceInput>
    </StepDialog>
  );
}

function AnswerButton({ recommendation }: { recommendation: RecommendationRecord }) {
  return (
    <StepDialog
      label="app.recommendation.answer"
      title="app.recommendation.answer_title"
      done="app.recommendation.answered"
      icon={<AnswerIcon />}
      // After "Chưa giải quyết" the unit answers again from its earlier answer.
      initial={{ answer: recommendation.answer ?? "" }}
      toData={(values) => ({ step: "ANSWER", answer: String(values.answer).trim() })}
    >
      <TextInput
        source="answer"
        label="resources.recommendations.fields.answer"
        validate={required("app.recommendation.answer_required")}
        helperText="app.recommendation.answer_help"
        multiline
        minRows={4}
        fullWidth
      />
    </StepDialog>
  );
}

function EvaluateButton({ steps }: { steps: typeof EVALUATIONS }) {
  return (
    <StepDialog
      label="app.recommendation.evaluate"
      title="app.recommendation.evaluate_title"
      done={(data) => (data.step === "RESOLVE" ? "app.recommendation.resolved" : "app.recommendation.reopened")}
      icon={<EvaluateIcon />}
      initial={{ step: null, note: "" }}
      toData={(values) => ({ step: values.step, note: values.note })}
    >
      <RadioButtonGroupInput
        source="step"
        label="resources.recommendations.fields.step"
        choices={steps}
        optionValue="step"
        validate={required("app.recommendation.step_required")}
      />
      <TextInput
        source="note"
        label="resources.recommendations.fields.note"
        validate={noteWhenNotResolved}
        helperText="app.recommendation.note_help"
        multiline
        minRows={3}
        fullWidth
      />
    </StepDialog>
  );
}

export function RecommendationActions() {
  const recommendation = useRecordContext<RecommendationRecord>();
  const { permissions } = usePermissions<Permissions>();
  if (!recommendation) return <TopToolbar />;
  const may = (step: RecommendationStep) => mayTakeRecommendationStep(step, recommendation.status);
  const assigns = canDo(permissions, "recommendation.assign") && may("ASSIGN");
  // The API lets only the people of the unit it is assigned to answer.
  const ownUnit = !!permissions?.unitId && permissions.unitId === recommendation.unit?.id;
  const answers = canDo(permissions, "recommendation.answer") && ownUnit && may("ANSWER");
  const evaluations = canDo(permissions, "recommendation.close") ? EVALUATIONS.filter(({ step }) => may(step)) : [];
  return (
    <TopToolbar>
      {assigns ? <AssignButton recommendation={recommendation} /> : null}
      {answers ? <AnswerButton recommendation={recommendation} /> : null}
      {evaluations.length > 0 ? <EvaluateButton steps={evaluations} /> : null}
    </TopToolbar>
  );
}
