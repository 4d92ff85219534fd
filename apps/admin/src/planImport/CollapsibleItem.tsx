// One indicator or task of the review form: a line saying what it is (as currently typed), with its
// source lines and confidence (ItemStatus), that opens the item's inputs. Opening it also shows its
// source lines. Items the parser was unsure of start open, and so do those added by hand.
import ExpandLess from "@mui/icons-material/ExpandLess";
import ExpandMore from "@mui/icons-material/ExpandMore";
import { Box, Button, Stack } from "@mui/material";
import type { ReactNode } from "react";
import { useSourceContext } from "react-admin";
import { useWatch } from "react-hook-form";
import { useShowEvidence } from "./evidenceContext.ts";
import { useExpandedItems } from "./expandedItems.ts";
import { ItemStatus, type Located, REVIEW_THRESHOLD } from "./ItemStatus.tsx";

export function CollapsibleItem<T extends object>({
  heading,
  children,
}: {
  heading: (item: T) => string;
  children: ReactNode;
}) {
  const key = useSourceContext().getSource("");
  // The item's current values, not the draft as read: removing an item moves those after it up,
  // and an added item was not in the draft.
  const item = useWatch({ name: key }) as (T & Located) | undefined;
  const show = useShowEvidence();
  const { isOpen, setOpen } = useExpandedItems();
  if (!item) return null;
  const startsOpen = !item.evidence || (item.confidence !== undefined && item.confidence < REVIEW_THRESHOLD);
  const open = isOpen(key, startsOpen);
  const toggle = () => {
    setOpen(key, !open);
    if (!open && item.evidence) show(item.evidence);
  };
  return (
    <Box sx={{ width: "100%" }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
        <Button
          onClick={toggle}
          aria-expanded={open}
          startIcon={open ? <ExpandLess /> : <ExpandMore />}
          sx={{ textTransform: "none", textAlign: "left", justifyContent: "flex-start", flex: 1 }}
        >
          {heading(item)}
        </Button>
        <ItemStatus item={item} />
      </Stack>
      {open ? <Box sx={{ pl: { sm: 4 } }}>{children}</Box> : null}
    </Box>
  );
}
