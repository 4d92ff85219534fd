// Who reports what, what a report line asks for, and who is reminded of what.
export * from "./figureInput.ts";
export * from "./officialFigures.ts";
export * from "./reminders.ts";
export * from "./reportLineChanges.ts";
export * from "./reportTransitions.ts";
export * from "./samePeriod.ts";
export * from "./whoReports.ts";
