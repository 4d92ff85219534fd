// A new plan (a draft of the user's jurisdiction), ADMIN and OFFICE.
import { Create } from "react-admin";
import { PlanForm } from "./PlanForm.tsx";

export default function PlanCreate() {
  return (
    <Create redirect="show">
      <PlanForm />
    </Create>
  );
}
