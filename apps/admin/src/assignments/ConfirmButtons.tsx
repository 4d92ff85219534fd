// "Xác nhận": accepts inferred assignments as they stand (ADMIN and OFFICE), one from its page
// or several selected in the list. The data provider turns `{ inferred: false }` into
// confirmAssignment at the version read.
import CheckCircleIcon from "@mui/icons-material/CheckCircle";
import { useState } from "react";
import {
  Button,
  Confirm,
  useListContext,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useUnselectAll,
  useUpdate,
  useUpdateMany,
} from "react-admin";
import { canEditPlan, type Permissions } from "../auth/permissions.ts";
import type { AssignmentRecord } from "../dataProvider/assignments.ts";

const CONFIRMATION = { inferred: false };

export function ConfirmAssignmentButton() {
  const assignment = useRecordContext<AssignmentRecord>();
  const { permissions } = usePermissions<Permissions>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [update, { isPending }] = useUpdate<AssignmentRecord>();
  if (!assignment?.inferred || !canEditPlan(permissions)) return null;

  const confirm = () =>
    update(
      "assignments",
      { id: assignment.id, data: CONFIRMATION, previousData: assignment },
      {
        mutationMode: "pessimistic",
        onSuccess: () => {
          setOpen(false);
          notify("resources.assignments.confirmed", { type: "success", messageArgs: { smart_count: 1 } });
          refresh();
        },
        onError: (error) => {
          setOpen(false);
          notify((error as Error).message, { type: "error" });
        },
      },
    );

  return (
    <>
      <Button label="resources.assignments.confirm" onClick={() => setOpen(true)} disabled={isPending}>
        <CheckCircleIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title="resources.assignments.confirm_title"
        content="resources.assignments.confirm_content"
        translateOptions={{ smart_count: 1 }}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

export function BulkConfirmButton() {
  const { selectedIds } = useListContext<AssignmentRecord>();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll("assignments");
  const [open, setOpen] = useState(false);
  const [updateMany, { isPending }] = useUpdateMany<AssignmentRecord>();

  const confirm = () =>
    updateMany(
      "assignments",
      { ids: selectedIds, data: CONFIRMATION },
      {
        mutationMode: "pessimistic",
        onSuccess: () => {
          setOpen(false);
          notify("resources.assignments.confirmed", {
            type: "success",
            messageArgs: { smart_count: selectedIds.length },
          });
          unselectAll();
          refresh();
        },
        onError: (error) => {
          setOpen(false);
          notify((error as Error).message, { type: "error" });
          refresh();
        },
      },
    );

  return (
    <>
      <Button label="resources.assignments.confirm" onClick={() => setOpen(true)} disabled={isPending}>
        <CheckCircleIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title="resources.assignments.confirm_title"
        content="resources.assignments.confirm_content"
        translateOptions={{ smart_count: selectedIds.length }}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
