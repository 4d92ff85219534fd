// Editing a plan (ADMIN, OFFICE). Pessimistic: the API's answer (saved, a field to fix, or someone
// else's newer version) is shown before leaving the form, so nothing typed is lost.
import { Edit } from "react-admin";
import { WholeRecord } from "../layout/WholeRecord.tsx";
import { PlanForm } from "./PlanForm.tsx";

export default function PlanEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <WholeRecord>
        <PlanForm withStatus />
      </WholeRecord>
    </Edit>
  );
}
