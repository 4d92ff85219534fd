// The address of a react-admin list filtered to some records (the lists accept an `id` array), with
// the name of the dashboard figure they make up (`selection`), which the list shows above its rows.
export type ListResource = "indicators" | "tasks" | "progressReports" | "units";

export function filteredListPath(resource: ListResource, ids: readonly string[], selection?: string): string {
  const filter = selection ? { id: ids, selection } : { id: ids };
  return `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}
