// Who reports what, and what a report line asks for.
export * from "./figureInput.ts";
export * from "./officialFigures.ts";
export * from "./reportTransitions.ts";
export * from "./whoReports.ts";
