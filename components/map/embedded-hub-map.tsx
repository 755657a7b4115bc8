"use client";
import "leaflet/dist/leaflet.css";
import { hubMapDataUrl } from "@/components/map/hub-points";
import { LazyHubMap as HubMap } from "@/components/map/lazy-hub-map";
import { useHubPoints } from "@/components/map/use-hub-points";
import type { HubLabels } from "@/lib/hubs/map-data";

const ignoreView = () => {};

/** The map alone, for other sites' iframes: its links open this site in a new tab. */
export function EmbeddedHubMap({ query, labels }: { query: string; labels: HubLabels }) {
  const data = useHubPoints(query);
  return (
    <>
      {/* React puts it in the head: the map data downloads with the page, before any script runs. */}
      <link rel="preload" href={hubMapDataUrl(query)} as="fetch" crossOrigin="anonymous" />
      <HubMap points={data.status === "ready" ? data.points : []} onView={ignoreView} focus={null} labels={labels} linkTarget="_blank" />
      {data.status === "ready" ? null : (
        <p className="absolute inset-x-4 top-4 z-[1000] rounded-md bg-white/95 px-4 py-2 text-center text-stone-800 shadow">
          {data.status === "failed" ? "The map could not load the hubs." : "Loading the map…"}
        </p>
      )}
    </>
  );
}
