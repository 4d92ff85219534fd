// The plan's content as the office edits it: header (title, year, number, place and date, issuer),
// theme, general objective, purposes and requirements (one paragraph per line of the list), signer.
import { ArrayInput, NumberInput, required, SelectInput, SimpleForm, SimpleFormIterator, TextInput } from "react-admin";
import { DateTextInput } from "../fields/DateTextInput.tsx";
import { enumChoices } from "../fields/enumChoices.ts";

// Archiving is its own action (archivePlan); the form moves a plan between draft and in force.
const statusChoices = enumChoices("PlanStatus", ["DRAFT", "ACTIVE"]);

function ParagraphsInput({ source }: { source: "purposes" | "requirements" }) {
  return (
    <ArrayInput source={source}>
      <SimpleFormIterator inline disableReordering={false}>
        <TextInput source="" label="app.plan.paragraph" multiline fullWidth helperText={false} />
      </SimpleFormIterator>
    </ArrayInput>
  );
}

export function PlanForm({ withStatus = false }: { withStatus?: boolean }) {
  return (
    <SimpleForm>
      <TextInput source="title" validate={required()} multiline fullWidth />
      <NumberInput source="year" validate={required()} min={2000} max={2100} step={1} />
      <TextInput source="number" />
      <TextInput source="placeAndDate" fullWidth />
      <DateTextInput source="issuedOn" />
      <TextInput source="issuer" validate={required()} fullWidth />
      {withStatus && <SelectInput source="status" choices={statusChoices} />}
      <TextInput source="theme" multiline fullWidth />
      <TextInput source="objective" multiline fullWidth minRows={3} />
      <ParagraphsInput source="purposes" />
      <ParagraphsInput source="requirements" />
      <TextInput source="signerName" />
      <TextInput source="signerTitle" fullWidth />
    </SimpleForm>
  );
}
