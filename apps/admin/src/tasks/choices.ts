// Choices of the task filters; react-admin translates the names (keys of vi.ts / en.ts).
export const taskKindChoices = [
  { id: "KEY", name: "enums.TaskKind.KEY" },
  { id: "SPECIFIC", name: "enums.TaskKind.SPECIFIC" },
];

export const taskStatusChoices = ["NOT_STARTED", "IN_PROGRESS", "DONE", "CANCELLED"].map((status) => ({
  id: status,
  name: `enums.TaskStatus.${status}`,
}));
