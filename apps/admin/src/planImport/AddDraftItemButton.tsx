// The labelled "add" button of a review form's list: appends the item `newItem` makes from the form's
// current values (an added indicator takes the next free number), in place of react-admin's
// icon-only button, which adds an empty item.
import AddIcon from "@mui/icons-material/AddCircleOutlineOutlined";
import { Button, useSimpleFormIterator } from "react-admin";
import { useFormContext } from "react-hook-form";
import type { ReviewedDraft } from "./reviewedDraft.ts";

export function AddDraftItemButton({ label, newItem }: { label: string; newItem: (values: ReviewedDraft) => unknown }) {
  const { add } = useSimpleFormIterator();
  const { getValues } = useFormContext<ReviewedDraft>();
  return (
    <Button label={label} onClick={() => add(newItem(getValues()))}>
      <AddIcon />
    </Button>
  );
}
