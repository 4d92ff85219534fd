// Creating a unit (administrators).
import { Create } from "react-admin";
import { UnitForm } from "./UnitForm.tsx";

export default function UnitCreate() {
  return (
    <Create redirect="show">
      <UnitForm />
    </Create>
  );
}
