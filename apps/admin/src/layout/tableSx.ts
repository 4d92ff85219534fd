// Table styling shared by the lists: headers on one line, cells aligned to the top so that
// wrapped names and several targets read row by row.
import type { SxProps, Theme } from "@mui/material";

export const tableSx: SxProps<Theme> = {
  "& .MuiTableCell-head": { whiteSpace: "nowrap" },
  "& .MuiTableCell-body": { verticalAlign: "top" },
};

/**
 * tableSx for a table of many columns with long headers: the headers wrap (aligned to the bottom)
 * rather than widen their columns, so that every column fits a laptop's screen.
 */
export const wrappedHeadTableSx: SxProps<Theme> = {
  "& .MuiTableCell-head": { verticalAlign: "bottom" },
  "& .MuiTableCell-body": { verticalAlign: "top" },
};

/**
 * A box that scrolls sideways inside itself: with no width of its own (width 0, at least its
 * parent's), a wide table inside never widens the page, so a phone shows the page at its width and
 * the table scrolls within.
 */
export const scrollBoxSx: SxProps<Theme> = { width: 0, minWidth: "100%", overflowX: "auto" };

/**
 * A table that scrolls sideways within its box on a wide screen (scrollBoxSx) and, below 600 px,
 * has no header row: each row a block, each cell a line led by its `data-label`.
 */
export const stackedOnPhoneSx: SxProps<Theme> = (theme) => ({
  width: 0,
  minWidth: "100%",
  overflowX: "auto",
  [theme.breakpoints.down("sm")]: {
    "& thead": { display: "none" },
    "& tbody tr": { display: "block", borderBottom: 1, borderColor: "divider", py: 1 },
    "& tbody td": { display: "block", border: 0, py: 0.25, px: 0, minWidth: 0, width: "auto", textAlign: "left" },
    "& tbody td[data-label]::before": {
      content: "attr(data-label)",
      display: "block",
      color: "text.secondary",
      typography: "caption",
    },
  },
});
