// The console's app bar: react-admin's, with the reminders' bell, the language menu reduced to its
// icon on a phone so that the page's title keeps the room (the full "Tiếng Việt ▾" button took 145 of
// 390 px and the title ran into it), and a title too long for the bar cut with "…".
import LanguageIcon from "@mui/icons-material/Translate";
import { IconButton, Menu, MenuItem, type Theme, Tooltip, useMediaQuery } from "@mui/material";
import { type ReactNode, useState } from "react";
import {
  LoadingIndicator,
  LocalesMenuButton,
  AppBar as RaAppBar,
  useLocaleState,
  useLocales,
  useTranslate,
} from "react-admin";
import { NotificationBell } from "../notifications/NotificationBell.tsx";

function CompactLocalesMenu() {
  const translate = useTranslate();
  const languages = useLocales();
  const [locale, setLocale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const current = languages.find((language) => language.locale === locale)?.name ?? locale;
  const label = `${translate("app.language")}: ${current}`;
  return (
    <>
      <Tooltip title={label}>
        <IconButton color="inherit" aria-label={label} aria-haspopup="true" onClick={(e) => setAnchor(e.currentTarget)}>
          <LanguageIcon />
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {languages.map((language) => (
          <MenuItem
            key={language.locale}
            selected={language.locale === locale}
            onClick={() => {
              setLocale(language.locale);
              setAnchor(null);
            }}
          >
            {language.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}

function AppBarToolbar() {
  const isXSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down("sm"), { noSsr: true });
  return (
    <>
      <NotificationBell />
      {isXSmall ? <CompactLocalesMenu /> : <LocalesMenuButton />}
      <LoadingIndicator />
    </>
  );
}

export function AppBar({ userMenu }: { userMenu?: ReactNode }) {
  // The title sits in an inline-block wrapper, which would clip it without the "…".
  return (
    <RaAppBar
      toolbar={<AppBarToolbar />}
      userMenu={userMenu}
      sx={{ "& #react-admin-title > *": { display: "inline" } }}
    />
  );
}
