// The i18n provider: Vietnamese by default, English switchable from the app bar's language
// menu (react-admin's LocalesMenuButton). Shared and plan messages are in vi.ts / en.ts (English
// loaded on demand, in its own chunk); each feature folder adds its own (features.ts).
import polyglotI18nProvider from "ra-i18n-polyglot";
import type { I18nProvider, TranslationMessages } from "react-admin";
import { FEATURE_MESSAGES } from "./features.ts";
import { deepMerge } from "./merge.ts";
import vietnameseMessages from "./vi.ts";

export type Locale = "vi" | "en";

export const DEFAULT_LOCALE: Locale = "vi";

export const LOCALES: { locale: Locale; name: string }[] = [
  { locale: "vi", name: "Tiếng Việt" },
  { locale: "en", name: "English" },
];

export const viMessages = FEATURE_MESSAGES.reduce<TranslationMessages>(
  (all, feature) => deepMerge(all, feature.vi),
  vietnameseMessages,
);

export async function loadEnglishMessages(): Promise<TranslationMessages> {
  const english = (await import("./en.ts")).default;
  return FEATURE_MESSAGES.reduce<TranslationMessages>((all, feature) => deepMerge(all, feature.en), english);
}

function getMessages(locale: string): TranslationMessages | Promise<TranslationMessages> {
  return locale === "en" ? loadEnglishMessages() : viMessages;
}

export function createI18nProvider(): I18nProvider {
  return polyglotI18nProvider(getMessages, DEFAULT_LOCALE, LOCALES);
}

export const i18nProvider = createI18nProvider();
