// The tasks as a CSV a user reads: labels in the console's language, dates day first, % done as
// a number, the lead unit's name.
import { formatDate, formatNumber, type Locale } from "@kehoach/domain";
import type { TranslateFunction } from "react-admin";
import type { TaskRecord } from "../dataProvider/index.ts";
import { downloadRows } from "../fields/csv.ts";

export function exportTasks(tasks: readonly TaskRecord[], translate: TranslateFunction, locale: Locale): void {
  const label = (field: string) => translate(`resources.tasks.fields.${field}`);
  downloadRows(
    tasks.map((task) => ({
      [label("code")]: task.code,
      [label("title")]: task.title,
      [label("kind")]: translate(`enums.TaskKind.${task.kind}`),
      [label("area")]: locale === "en" ? task.area.nameEn : task.area.name,
      [label("status")]: translate(`enums.TaskStatus.${task.status}`),
      [label("percentDone")]: formatNumber(task.percentDone, locale),
      [label("deadline")]: task.deadline ? formatDate(task.deadline, locale) : "",
      [label("overdue")]: task.overdue ? translate("ra.boolean.true") : "",
      [label("leadUnit")]: task.assignment?.leadUnit.name ?? "",
    })),
    translate("resources.tasks.name", { smart_count: 2 }),
  );
}
