// The i18n provider: Vietnamese by default, English switchable from the app bar's language
// menu (react-admin's LocalesMenuButton). English is loaded on demand, in its own chunk.
import polyglotI18nProvider from "ra-i18n-polyglot";
import type { I18nProvider, TranslationMessages } from "react-admin";
import vietnameseMessages from "./vi.ts";

export type Locale = "vi" | "en";

export const DEFAULT_LOCALE: Locale = "vi";

export const LOCALES: { locale: Locale; name: string }[] = [
  { locale: "vi", name: "Tiếng Việt" },
  { locale: "en", name: "English" },
];

function getMessages(locale: string): TranslationMessages | Promise<TranslationMessages> {
  if (locale === "en") {
    return import("./en.ts").then((module) => module.default);
  }
  return vietnameseMessages;
}

export function createI18nProvider(): I18nProvider {
  return polyglotI18nProvider(getMessages, DEFAULT_LOCALE, LOCALES);
}

export const i18nProvider = createI18nProvider();
