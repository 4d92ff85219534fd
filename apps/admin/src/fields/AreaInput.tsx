// Choosing an area (lĩnh vực) of the plan: by global ID for a form (`areaId`), by code for a
// list filter (`areaCode`, which the API filters on).
import { SelectInput, type SelectInputProps } from "react-admin";
import { usePlanAreas } from "./usePlanAreas.ts";

export function AreaInput({ planId, by = "id", ...props }: SelectInputProps & { planId?: string; by?: "id" | "code" }) {
  const { areas, isPending } = usePlanAreas(planId);
  return <SelectInput {...props} choices={areas} optionValue={by} optionText="label" isPending={isPending} />;
}
