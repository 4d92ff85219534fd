// Loads the dashboard (loadDashboard, or the given `load`) for the chosen period and keeps it in
// React state: the console has no react-query of its own to reach and no urql Provider. While
// another period loads, the previous figures stay on screen; a failure can be retried.
import { useCallback, useEffect, useState } from "react";
import { useLogoutIfAccessDenied } from "react-admin";
import type { GraphqlClient } from "../dataProvider/types.ts";
import { type DashboardData, loadDashboard } from "./loadDashboard.ts";

export type OverviewState =
  | { status: "loading"; previous: DashboardData | null }
  | { status: "error"; error: Error }
  | { status: "ready"; data: DashboardData };

export interface UseOverview {
  state: OverviewState;
  /** Shows another of the plan's periods. */
  choosePeriod(periodId: string): void;
  retry(): void;
}

/** A new object on every retry, so that the effect runs again for the same period. */
interface Request {
  periodId?: string;
}

export function useOverview(
  client: GraphqlClient,
  load: (client: GraphqlClient, periodId?: string) => Promise<DashboardData> = loadDashboard,
): UseOverview {
  const [request, setRequest] = useState<Request>({});
  const [state, setState] = useState<OverviewState>({ status: "loading", previous: null });
  const logoutIfAccessDenied = useLogoutIfAccessDenied();

  useEffect(() => {
    let current = true;
    setState((before) => ({ status: "loading", previous: before.status === "ready" ? before.data : null }));
    load(client, request.periodId).then(
      (data) => {
        if (current) setState({ status: "ready", data });
      },
      (error: Error) => {
        if (!current) return;
        // A lapsed session signs the user out, as on react-admin's own screens.
        void logoutIfAccessDenied(error);
        setState({ status: "error", error });
      },
    );
    return () => {
      current = false;
    };
  }, [client, load, request, logoutIfAccessDenied]);

  const choosePeriod = useCallback((periodId: string) => setRequest({ periodId }), []);
  const retry = useCallback(() => setRequest((before) => ({ ...before })), []);
  return { state, choosePeriod, retry };
}
