// "Lưu trữ": react-admin's delete with a confirmation, worded and drawn as what the API does
// (archive: the item leaves the lists, its history stays), so an archive icon in a neutral colour,
// not the red bin of a deletion. Pessimistic, so a refusal of the API is shown and nothing is
// removed from the screen.
import ArchiveIcon from "@mui/icons-material/ArchiveOutlined";
import { DeleteWithConfirmButton, useRecordContext, useResourceContext, useTranslate } from "react-admin";

interface ArchiveButtonProps {
  representation: (record: Record<string, unknown>) => string;
  /** The button's words, "Lưu trữ" unless a screen says otherwise ("Ngừng sử dụng"). */
  label?: string;
  /** The confirmation's title, given `name` (the record's representation). */
  titleKey?: string;
  /** The confirmation's text. */
  contentKey?: string;
  /** The notice once archived. */
  doneKey?: string;
}

export function ArchiveButton({
  representation,
  label = "app.action.archive",
  titleKey = "app.archive.title",
  contentKey = "app.archive.content",
  doneKey = "app.archive.done",
}: ArchiveButtonProps) {
  const record = useRecordContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <DeleteWithConfirmButton
      label={label}
      icon={<ArchiveIcon />}
      color="inherit"
      confirmColor="primary"
      mutationMode="pessimistic"
      confirmTitle={translate(titleKey, { name: representation(record) })}
      confirmContent={contentKey}
      successMessage={doneKey}
      redirect="list"
      resource={resource}
    />
  );
}
