// Table styling shared by the lists: headers on one line, cells aligned to the top so that
// wrapped names and several targets read row by row.
import type { SxProps, Theme } from "@mui/material";

export const tableSx: SxProps<Theme> = {
  "& .MuiTableCell-head": { whiteSpace: "nowrap" },
  "& .MuiTableCell-body": { verticalAlign: "top" },
};
