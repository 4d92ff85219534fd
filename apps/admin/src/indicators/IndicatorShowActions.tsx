// The indicator's actions: edit and archive — for ADMIN and OFFICE only.
import { EditButton, TopToolbar } from "react-admin";
import { ArchiveButton } from "../fields/ArchiveButton.tsx";
import { useCanEditPlan } from "../fields/useCanEditPlan.ts";
import { indicatorNumber } from "./indicatorNumber.ts";

const representation = (indicator: Record<string, unknown>) =>
  indicatorNumber(indicator as { number?: number | null; code: string });

export function IndicatorShowActions() {
  const canEdit = useCanEditPlan();
  if (!canEdit) return <TopToolbar />;
  return (
    <TopToolbar>
      <EditButton />
      <ArchiveButton representation={representation} />
    </TopToolbar>
  );
}
