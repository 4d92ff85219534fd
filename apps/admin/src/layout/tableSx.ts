// Table styling shared by the lists: headers on one line, cells aligned to the top so that
// wrapped names and several targets read row by row.
import type { SxProps, Theme } from "@mui/material";

export const tableSx: SxProps<Theme> = {
  "& .MuiTableCell-head": { whiteSpace: "nowrap" },
  "& .MuiTableCell-body": { verticalAlign: "top" },
};

/**
 * A box that scrolls sideways inside itself: with no width of its own (width 0, at least its
 * parent's), a wide table inside never widens the page, so a phone shows the page at its width and
 * the table scrolls within.
 */
export const scrollBoxSx: SxProps<Theme> = { width: 0, minWidth: "100%", overflowX: "auto" };
