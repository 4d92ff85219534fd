// Whether the screen is too narrow for a list's table (a phone, a tablet upright): the lists then
// show each record as a card of its key fields (react-admin's SimpleList), as react-admin's demo does.
import { type Theme, useMediaQuery } from "@mui/material";

export function useSmallScreen(): boolean {
  // noSsr: the console only renders in the browser, so the first render already has the right layout
  // (no table flashing before the cards).
  return useMediaQuery<Theme>((theme) => theme.breakpoints.down("md"), { noSsr: true });
}
