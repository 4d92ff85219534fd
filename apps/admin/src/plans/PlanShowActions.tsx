// The plan's actions: edit, publish or unpublish, archive — for ADMIN and OFFICE only.
import { EditButton, TopToolbar } from "react-admin";
import type { PlanRecord } from "../dataProvider/index.ts";
import { ArchiveButton } from "../fields/ArchiveButton.tsx";
import { useCanEditPlan } from "../fields/useCanEditPlan.ts";
import { PublishButton } from "./PublishButton.tsx";

const representation = (plan: Record<string, unknown>) =>
  String((plan as PlanRecord).number ?? (plan as PlanRecord).title);

export function PlanShowActions() {
  const canEdit = useCanEditPlan();
  if (!canEdit) return <TopToolbar />;
  return (
    <TopToolbar>
      <EditButton />
      <PublishButton />
      <ArchiveButton representation={representation} />
    </TopToolbar>
  );
}
