// A period page's action as a button with its icon and its words, on a phone too: react-admin's
// <Button> shrinks to a bare icon below `sm`, and the icons alone (finalize, publish, the downloads)
// do not say what they do. A long label wraps instead of widening the page.
import { Button } from "@mui/material";
import type { ReactElement } from "react";
import { useTranslate } from "react-admin";

export interface PeriodActionButtonProps {
  /** Translation key of the words on the button. */
  label: string;
  icon: ReactElement;
  onClick?: () => void;
  disabled?: boolean;
  /** A download link instead of a button. */
  href?: string;
}

export function PeriodActionButton({ label, icon, onClick, disabled, href }: PeriodActionButtonProps) {
  const translate = useTranslate();
  const sx = { whiteSpace: "normal", textAlign: "left", lineHeight: 1.3 } as const;
  return href ? (
    <Button size="small" startIcon={icon} href={href} download sx={sx}>
      {translate(label)}
    </Button>
  ) : (
    <Button size="small" startIcon={icon} onClick={onClick} disabled={disabled} sx={sx}>
      {translate(label)}
    </Button>
  );
}
