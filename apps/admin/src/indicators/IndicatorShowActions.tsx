// The indicator's actions: edit, archive and, on a main indicator, add a sub-indicator (chỉ tiêu
// thành phần) — for ADMIN and OFFICE only.
import AddIcon from "@mui/icons-material/Add";
import { CreateButton, EditButton, TopToolbar, useRecordContext } from "react-admin";
import type { IndicatorRecord } from "../dataProvider/index.ts";
import { isWhole } from "../dataProvider/partial.ts";
import { ArchiveButton } from "../fields/ArchiveButton.tsx";
import { useCanEditPlan } from "../fields/useCanEditPlan.ts";
import { indicatorNumber } from "./indicatorNumber.ts";

const representation = (indicator: Record<string, unknown>) =>
  indicatorNumber(indicator as { number?: number | null; code: string });

/** Opens the create form already in this indicator's plan, group and area, under it. */
function AddSubIndicatorButton() {
  const indicator = useRecordContext<IndicatorRecord>();
  // The list's copy does not say whether the indicator is itself a part.
  if (!isWhole(indicator) || indicator.parent) return null;
  const record = {
    planId: indicator.planId,
    groupId: indicator.groupId,
    areaId: indicator.areaId,
    parentId: indicator.id,
  };
  return (
    <CreateButton resource="indicators" label="resources.indicators.add_sub" icon={<AddIcon />} state={{ record }} />
  );
}

export function IndicatorShowActions() {
  const canEdit = useCanEditPlan();
  if (!canEdit) return <TopToolbar />;
  return (
    <TopToolbar>
      <AddSubIndicatorButton />
      <EditButton />
      <ArchiveButton representation={representation} />
    </TopToolbar>
  );
}
