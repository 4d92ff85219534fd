// The areas a leader may be put in charge of. The API has no list of areas, so they are taken
// from the first plan: its indicator groups' and tasks' areas, with their sub-areas.
import { PlanAreasDocument, type PlanAreasQuery } from "@kehoach/schema";
import { useEffect, useState } from "react";
import { runQuery } from "../dataProvider/query.ts";
import { graphqlClient } from "../graphqlClient.ts";
import { useFormatLocale } from "../useFormatLocale.ts";

type Area = NonNullable<PlanAreasQuery["plans"]["edges"][number]["node"]["indicatorGroups"][number]["area"]>;

export interface AreaChoices {
  choices: { id: string; name: string }[];
  loading: boolean;
  error: Error | null;
}

export function areasOfPlan(data: PlanAreasQuery): Area[] {
  const plan = data.plans.edges[0]?.node;
  if (!plan) return [];
  const top = [...plan.indicatorGroups.map((group) => group.area), ...plan.tasks.edges.map((edge) => edge.node.area)];
  const all = new Map<string, Omit<Area, "children">>();
  for (const area of top) {
    all.set(area.id, area);
    for (const child of area.children) all.set(child.id, child);
  }
  return [...all.values()].map((area) => ({ ...area, children: [] }));
}

export function useAreaChoices(): AreaChoices {
  const locale = useFormatLocale();
  const [state, setState] = useState<{ areas: Area[]; loading: boolean; error: Error | null }>({
    areas: [],
    loading: true,
    error: null,
  });
  useEffect(() => {
    let current = true;
    runQuery(graphqlClient, PlanAreasDocument, {})
      .then((data) => current && setState({ areas: areasOfPlan(data), loading: false, error: null }))
      .catch((error: Error) => current && setState({ areas: [], loading: false, error }));
    return () => {
      current = false;
    };
  }, []);
  return {
    choices: state.areas.map((area) => ({ id: area.id, name: locale === "en" ? area.nameEn : area.name })),
    loading: state.loading,
    error: state.error,
  };
}
