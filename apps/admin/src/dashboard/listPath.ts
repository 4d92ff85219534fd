// The address of a react-admin list filtered to some records (the lists accept an `id` array).
export type ListResource = "indicators" | "tasks" | "progressReports" | "units";

export function filteredListPath(resource: ListResource, ids: readonly string[]): string {
  return `/${resource}?filter=${encodeURIComponent(JSON.stringify({ id: ids }))}`;
}
