// The console's theme: react-admin's default, in the red and gold of Vietnamese public bodies. Below
// the `lg` breakpoint a table wider than the screen scrolls inside its card instead of widening the
// whole page (react-admin's layout grows to fit its content); the lists that matter most show cards
// on small screens instead (useSmallScreen). From `lg` up the tables fit and keep their sticky header,
// which a scrolling wrapper would undo.
import type { Theme } from "@mui/material";
import { defaultTheme, type RaThemeOptions } from "react-admin";

const belowLarge = ({ theme }: { theme: Theme }) => theme.breakpoints.down("lg");

export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: { main: "#b71c1c" },
    secondary: { main: "#8e1b1b" },
  },
  sidebar: { width: 220, closedWidth: 55 },
  components: {
    ...defaultTheme.components,
    RaLayout: {
      styleOverrides: {
        root: (props: { theme: Theme }) => ({
          [belowLarge(props)]: {
            minWidth: 0,
            "& .RaLayout-appFrame, & .RaLayout-contentWithSidebar, & .RaLayout-content": { minWidth: 0 },
          },
        }),
      },
    },
    RaList: {
      styleOverrides: {
        root: (props: { theme: Theme }) => ({
          [belowLarge(props)]: { minWidth: 0, "& .RaList-main, & .RaList-content": { minWidth: 0 } },
        }),
      },
    },
    RaDataTable: {
      styleOverrides: {
        root: (props: { theme: Theme }) => ({
          [belowLarge(props)]: { "& .RaDataTable-tableWrapper": { overflowX: "auto" } },
        }),
      },
    },
  },
};
