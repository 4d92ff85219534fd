// The console's theme: react-admin's default, in the red and gold of Vietnamese public bodies.
import { defaultTheme, type RaThemeOptions } from "react-admin";

export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: { main: "#b71c1c" },
    secondary: { main: "#8e1b1b" },
  },
  sidebar: { width: 220, closedWidth: 55 },
};
