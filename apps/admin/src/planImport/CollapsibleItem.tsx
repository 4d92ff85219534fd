// One indicator or task of the review form: a line saying what it is, with its source lines and
// confidence (ItemStatus), that opens the item's inputs. Opening it also shows its source lines.
import ExpandLess from "@mui/icons-material/ExpandLess";
import ExpandMore from "@mui/icons-material/ExpandMore";
import { Box, Button, Stack } from "@mui/material";
import type { ReactNode } from "react";
import { useRecordContext, useSourceContext } from "react-admin";
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
  const record = useRecordContext<T & Located & { id: string }>();
  const key = useSourceContext().getSource("");
  const show = useShowEvidence();
  const { isOpen, setOpen } = useExpandedItems();
  if (!record) return null;
  const open = isOpen(key, record.confidence !== undefined && record.confidence < REVIEW_THRESHOLD);
  const toggle = () => {
    setOpen(key, !open);
    if (!open && record.evidence) show(record.evidence);
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
          {heading(record)}
        </Button>
        <ItemStatus />
      </Stack>
      {open ? <Box sx={{ pl: { sm: 4 } }}>{children}</Box> : null}
    </Box>
  );
}
