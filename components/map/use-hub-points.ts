"use client";
import { useEffect, useState } from "react";
import { hubMapDataUrl, toHubPoints, type HubPoint } from "@/components/map/hub-points";

export type HubPointsState = { status: "loading" } | { status: "failed" } | { status: "ready"; points: HubPoint[] };

/** The hubs of the map data for these filters; fetched again when the filters change. */
export function useHubPoints(query: string): HubPointsState {
  const [state, setState] = useState<HubPointsState>({ status: "loading" });
  useEffect(() => {
    const abort = new AbortController();
    fetch(hubMapDataUrl(query), { signal: abort.signal })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`map data: ${r.status}`))))
      .then((data) => setState({ status: "ready", points: toHubPoints(data) }))
      .catch(() => abort.signal.aborted || setState({ status: "failed" }));
    return () => abort.abort();
  }, [query]);
  return state;
}
