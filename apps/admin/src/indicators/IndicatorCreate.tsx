// A new indicator of a plan with its targets (ADMIN, OFFICE).
import { Create } from "react-admin";
import { IndicatorForm } from "./IndicatorForm.tsx";

export default function IndicatorCreate() {
  return (
    <Create redirect="show">
      <IndicatorForm creating />
    </Create>
  );
}
