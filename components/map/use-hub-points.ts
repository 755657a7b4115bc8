"use client";
import { useEffect, useState } from "react";
import { buildHubMapData, unpackHubIndex, type HubMapData, type PackedHubIndex } from "@/components/map/hub-index";
import { hubMapDataUrl, type HubPoint } from "@/components/map/hub-points";

type HubPointsState = { status: "loading" } | { status: "failed" } | ({ status: "ready" } & HubMapData);

type WorkerAnswer = { points: HubPoint[]; index: PackedHubIndex } | { failed: true };

/**
 * Makes the map data's bytes into hubs and their clusters: in a worker, started at once so
 * that its code loads while the data downloads; on this thread where workers cannot run.
 */
function hubIndexBuilder(signal: AbortSignal): (bytes: ArrayBuffer) => Promise<HubMapData> {
  if (typeof Worker === "undefined") return async (bytes) => buildHubMapData(JSON.parse(new TextDecoder().decode(bytes)));
  const worker = new Worker(new URL("./hub-index.worker.ts", import.meta.url));
  signal.addEventListener("abort", () => worker.terminate());
  const answer = new Promise<HubMapData>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      worker.terminate();
      if ("failed" in event.data) reject(new Error("map data: unreadable"));
      else resolve({ points: event.data.points, index: unpackHubIndex(event.data.index) });
    };
    worker.onerror = () => {
      worker.terminate();
      reject(new Error("map data: the worker failed"));
    };
  });
  return (bytes) => {
    worker.postMessage(bytes, [bytes]);
    return answer;
  };
}

/** The hubs of the map data for these filters, with their clusters; fetched again when the filters change. */
export function useHubPoints(query: string): HubPointsState {
  const [state, setState] = useState<HubPointsState>({ status: "loading" });
  useEffect(() => {
    const abort = new AbortController();
    const build = hubIndexBuilder(abort.signal);
    fetch(hubMapDataUrl(query), { signal: abort.signal })
      .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`map data: ${r.status}`))))
      .then(build)
      .then((data) => abort.signal.aborted || setState({ status: "ready", ...data }))
      .catch(() => abort.signal.aborted || setState({ status: "failed" }));
    return () => abort.abort();
  }, [query]);
  return state;
}
