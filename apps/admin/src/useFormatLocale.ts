// The language numbers, dates and targets are formatted in: the console's current language.
import type { Locale } from "@kehoach/domain";
import { useLocaleState } from "react-admin";

export function useFormatLocale(): Locale {
  const [locale] = useLocaleState();
  return locale === "en" ? "en" : "vi";
}
