// Editing an indicator and its targets (ADMIN, OFFICE). Pessimistic, so a target the API refuses
// is shown under its input and nothing typed is lost.
import { Edit } from "react-admin";
import { WholeRecord } from "../layout/WholeRecord.tsx";
import { IndicatorForm } from "./IndicatorForm.tsx";

export default function IndicatorEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <WholeRecord>
        <IndicatorForm />
      </WholeRecord>
    </Edit>
  );
}
