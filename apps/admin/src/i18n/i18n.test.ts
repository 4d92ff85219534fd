// The console speaks Vietnamese by default, switches to English, and translates every
// message react-admin has in English.
import englishMessages from "ra-language-english";
import { describe, expect, it } from "vitest";
import { createI18nProvider, LOCALES, loadEnglishMessages, viMessages as vi } from "./index.ts";

function keyPaths(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keyPaths(value as object, `${prefix}${key}.`),
  );
}

describe("i18nProvider", () => {
  it("speaks Vietnamese by default", () => {
    const i18n = createI18nProvider();
    expect(i18n.getLocale()).toBe("vi");
    expect(i18n.translate("resources.indicators.name", { smart_count: 2 })).toBe("Chỉ tiêu");
    expect(i18n.translate("ra.action.export")).toBe("Xuất dữ liệu");
    expect(i18n.translate("ra.navigation.page_range_info", { offsetBegin: 1, offsetEnd: 18, total: 18 })).toBe(
      "1-18 trong tổng số 18",
    );
    expect(i18n.translate("enums.TaskKind.KEY")).toBe("Trọng tâm");
  });

  it("speaks English after switching", async () => {
    const i18n = createI18nProvider();
    await i18n.changeLocale("en");
    expect(i18n.getLocale()).toBe("en");
    expect(i18n.translate("resources.indicators.name", { smart_count: 2 })).toBe("Indicators");
    expect(i18n.translate("ra.action.export")).toBe("Export");
    expect(i18n.translate("enums.TaskKind.KEY")).toBe("Key");
    await i18n.changeLocale("vi");
    expect(i18n.translate("ra.action.export")).toBe("Xuất dữ liệu");
  });

  it("offers both languages to the language menu, Vietnamese first", () => {
    expect(createI18nProvider().getLocales?.()).toEqual(LOCALES);
    expect(LOCALES.map((l) => l.locale)).toEqual(["vi", "en"]);
  });

  it("translates every react-admin message", () => {
    const missing = keyPaths(englishMessages).filter((path) => !keyPaths(vi).includes(path));
    expect(missing).toEqual([]);
  });

  it("has the same keys of our own in Vietnamese and English", async () => {
    const en = await loadEnglishMessages();
    const ours = (messages: object) => keyPaths(messages).filter((path) => !path.startsWith("ra."));
    expect(ours(en).sort()).toEqual(ours(vi).sort());
  });
});
