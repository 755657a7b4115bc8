"use client";
import "leaflet/dist/leaflet.css";
import { useSearchParams } from "next/navigation";
import { filterQueryOf, hubMapDataUrl } from "@/components/map/hub-points";
import { LazyHubMap as HubMap } from "@/components/map/lazy-hub-map";
import { useHubPoints } from "@/components/map/use-hub-points";
import type { HubLabels } from "@/lib/hubs/map-data";
import { SITE_NAME } from "@/lib/site";

const ignoreView = () => {};

/**
 * The map alone, for other sites' iframes: its links open this site in a new tab. The page is
 * the same for every address (it is served from the cache); the filters are read here.
 */
export function EmbeddedHubMap({ labels }: { labels: HubLabels }) {
  const query = filterQueryOf(useSearchParams());
  const data = useHubPoints(query);
  return (
    <>
      <link rel="preload" href={hubMapDataUrl(query)} as="fetch" crossOrigin="anonymous" />
      <EmbeddedMapLink query={query} />
      <div role="region" aria-label="Map of the hubs" className="relative min-h-0 flex-1">
        <HubMap data={data.status === "ready" ? data : null} onView={ignoreView} focus={null} labels={labels} linkTarget="_blank" />
        {data.status === "ready" ? null : <MapMessage text={data.status === "failed" ? "The map could not load the hubs." : "Loading the map…"} />}
      </div>
    </>
  );
}

/** The way to the full map; relative, which inside the frame means this site. */
export function EmbeddedMapLink({ query }: { query: string }) {
  return (
    <p className="border-b border-stone-200 bg-white px-3 py-2 text-sm">
      <a href={query ? `/map?${query}` : "/map"} target="_blank" rel="noopener">
        Open on the {SITE_NAME} site<span className="sr-only"> (opens in a new tab)</span>
      </a>
    </p>
  );
}

export function MapMessage({ text }: { text: string }) {
  return <p className="absolute inset-x-4 top-4 z-[1000] rounded-md bg-white/95 px-4 py-2 text-center text-stone-800 shadow">{text}</p>;
}
