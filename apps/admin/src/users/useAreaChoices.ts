// The areas a leader may be put in charge of: every area, in display order.
import { AreaChoicesDocument, type AreaChoicesQuery } from "@kehoach/schema";
import { useEffect, useState } from "react";
import { runQuery } from "../dataProvider/query.ts";
import { graphqlClient } from "../graphqlClient.ts";
import { useFormatLocale } from "../useFormatLocale.ts";

type Area = AreaChoicesQuery["areas"][number];

export interface AreaChoices {
  choices: { id: string; name: string }[];
  loading: boolean;
  error: Error | null;
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
    runQuery(graphqlClient, AreaChoicesDocument, {})
      .then((data) => current && setState({ areas: data.areas, loading: false, error: null }))
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
