// "Ghi nhận kiến nghị" (the Fatherland Front): the plan a voters' recommendation is about, what it
// says, where and when it was received, and, if it is about one, an indicator or a task of that plan.
// Inputs are named like the API's input fields, so its field errors land under them.
import {
  AutocompleteInput,
  Create,
  FormDataConsumer,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from "react-admin";
import type { IndicatorRecord, TaskRecord } from "../dataProvider/index.ts";
import type { RecommendationCreateData } from "../dataProvider/recommendations.ts";
import { DateTextInput } from "../fields/DateTextInput.tsx";
import { indicatorNumber } from "../indicators/indicatorNumber.ts";

/** The indicators and tasks of the plan chosen above, once there is one. */
function PlanItemInputs() {
  return (
    <FormDataConsumer<Partial<RecommendationCreateData>>>
      {({ formData }) =>
        formData.planId ? (
          <>
            <ReferenceInput
              source="indicatorId"
              reference="indicators"
              filter={{ planId: formData.planId }}
              perPage={500}
            >
              <AutocompleteInput
                optionText={(i: IndicatorRecord) => `${indicatorNumber(i)} ${i.name}`}
                helperText="app.recommendation.about_help"
                fullWidth
              />
            </ReferenceInput>
            <ReferenceInput source="taskId" reference="tasks" filter={{ planId: formData.planId }} perPage={500}>
              <AutocompleteInput optionText={(t: TaskRecord) => `${t.code}. ${t.title}`} fullWidth />
            </ReferenceInput>
          </>
        ) : null
      }
    </FormDataConsumer>
  );
}

export default function RecommendationCreate() {
  return (
    <Create redirect="show">
      <SimpleForm sx={{ maxWidth: 760 }}>
        <ReferenceInput source="planId" reference="plans">
          <SelectInput optionText="title" validate={required("app.recommendation.plan_required")} fullWidth />
        </ReferenceInput>
        <TextInput
          source="content"
          validate={required("app.recommendation.content_required")}
          multiline
          minRows={4}
          fullWidth
        />
        <TextInput
          source="source"
          validate={required("app.recommendation.source_required")}
          helperText="app.recommendation.source_help"
          fullWidth
        />
        <DateTextInput source="receivedOn" validate={required("app.recommendation.received_required")} />
        <PlanItemInputs />
      </SimpleForm>
    </Create>
  );
}
