// "Lưu trữ": react-admin's delete with a confirmation, worded as what the API does (archive: the
// item leaves the lists, its history stays). Pessimistic, so a refusal of the API is shown and
// nothing is removed from the screen.
import { DeleteWithConfirmButton, useRecordContext, useResourceContext, useTranslate } from "react-admin";

export function ArchiveButton({ representation }: { representation: (record: Record<string, unknown>) => string }) {
  const record = useRecordContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <DeleteWithConfirmButton
      label="app.action.archive"
      mutationMode="pessimistic"
      confirmTitle={translate("app.archive.title", { name: representation(record) })}
      confirmContent="app.archive.content"
      successMessage="app.archive.done"
      redirect="list"
      resource={resource}
    />
  );
}
