// The languages the API words its explanations in (an evaluation's message): Vietnamese first, English second.
import type { Locale } from "@kehoach/domain";
import { builder } from "../builder.ts";

export const LocaleEnum = builder.enumType("Locale", {
  description: "Ngôn ngữ của lời giải thích (mặc định tiếng Việt). Language of explanations (Vietnamese by default).",
  values: {
    VI: { value: "vi", description: "Tiếng Việt (số viết 84,9)." },
    EN: { value: "en", description: "Tiếng Anh — English (numbers written 84.9)." },
  } as const satisfies Record<string, { value: Locale; description: string }>,
});
