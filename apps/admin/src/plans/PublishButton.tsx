// Publish the plan on the ward's portal, or take it down, after a confirmation (ADMIN, OFFICE).
// Sent as an update `{ publish }` at the version read, so a stale page gets the conflict message.
import PublishIcon from "@mui/icons-material/Public";
import UnpublishIcon from "@mui/icons-material/PublicOff";
import { useState } from "react";
import { Button, Confirm, useNotify, useRecordContext, useRefresh, useUpdate } from "react-admin";
import type { PlanRecord } from "../dataProvider/index.ts";

export function PublishButton() {
  const plan = useRecordContext<PlanRecord>();
  const [open, setOpen] = useState(false);
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!plan) return null;
  const publish = !plan.publishedAt;
  // Only a plan in force may be published (a draft or an archived plan is refused by the API).
  if (publish && plan.status !== "ACTIVE") return null;
  const confirm = () =>
    update(
      "plans",
      { id: plan.id, data: { publish }, previousData: plan },
      {
        mutationMode: "pessimistic",
        onSuccess: () => {
          setOpen(false);
          notify(publish ? "app.plan.published" : "app.plan.unpublished", { type: "success" });
          refresh();
        },
        onError: (error) => {
          setOpen(false);
          notify(error instanceof Error ? error.message : "ra.notification.http_error", { type: "error" });
        },
      },
    );
  return (
    <>
      <Button
        label={publish ? "app.action.publish" : "app.action.unpublish"}
        onClick={() => setOpen(true)}
        disabled={isPending}
      >
        {publish ? <PublishIcon /> : <UnpublishIcon />}
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title={publish ? "app.plan.publish_title" : "app.plan.unpublish_title"}
        content={publish ? "app.plan.publish_content" : "app.plan.unpublish_content"}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
