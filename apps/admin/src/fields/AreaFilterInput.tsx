// A list's area filter (by code, which the API filters on): the areas of the plan the list is
// filtered on, else of the first plan.
import { type SelectInputProps, useListContext } from "react-admin";
import { AreaInput } from "./AreaInput.tsx";

export function AreaFilterInput(props: SelectInputProps) {
  const { filterValues } = useListContext();
  return <AreaInput {...props} by="code" planId={filterValues.planId || undefined} />;
}
