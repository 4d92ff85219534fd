// An area's name in the console's language (the API gives both).
import type { Locale } from "@kehoach/domain";
import type { Overview } from "./loadDashboard.ts";

export function areaName(area: Overview["areas"][number]["area"], locale: Locale): string {
  return locale === "en" ? area.nameEn : area.name;
}
