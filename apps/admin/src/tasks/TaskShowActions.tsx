// The task's actions: edit and archive — for ADMIN and OFFICE only.
import { EditButton, TopToolbar } from "react-admin";
import { ArchiveButton } from "../fields/ArchiveButton.tsx";
import { useCanEditPlan } from "../fields/useCanEditPlan.ts";

const representation = (task: Record<string, unknown>) => `${String(task.code)}. ${String(task.title)}`;

export function TaskShowActions() {
  const canEdit = useCanEditPlan();
  if (!canEdit) return <TopToolbar />;
  return (
    <TopToolbar>
      <EditButton />
      <ArchiveButton representation={representation} />
    </TopToolbar>
  );
}
