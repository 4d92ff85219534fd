// Choices of the task inputs and filters; react-admin translates the names (keys of vi.ts / en.ts).
import { enumChoices } from "../fields/enumChoices.ts";

export const taskKindChoices = enumChoices("TaskKind", ["KEY", "SPECIFIC"]);

export const taskStatusChoices = enumChoices("TaskStatus", ["NOT_STARTED", "IN_PROGRESS", "DONE", "CANCELLED"]);

export const taskRecurrenceChoices = enumChoices("TaskRecurrence", [
  "ONCE",
  "ONGOING",
  "MONTHLY",
  "QUARTERLY",
  "YEARLY",
]);

export const outputKindChoices = enumChoices("OutputKind", ["SCHEME", "PLAN", "PROGRAM", "MODEL", "REPORT", "OTHER"]);
