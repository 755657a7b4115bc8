import type { Metadata } from "next";
import { EmbeddedHubMap } from "@/components/map/embedded-hub-map";
import { hubLabels } from "@/lib/hubs/map-data";
import { hubFilterQuery, parseHubFilters } from "@/lib/hubs/schema";
import { SITE_NAME, siteUrl } from "@/lib/site";

// The map for other sites to put in an iframe (proxy.ts and next.config.ts let any site frame
// /embed/). The root layout leaves out the site's header and footer here.

export const metadata: Metadata = {
  title: "Map of creative hubs",
  description: "A map of creative hubs across Europe, from the European Creative Hubs Network.",
  robots: { index: false },
};

export default async function EmbeddedMapPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = hubFilterQuery(parseHubFilters(await searchParams));
  return (
    <div className="flex h-dvh min-h-80 flex-col">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-stone-200 bg-white px-3 py-2 text-sm">
        <h1 className="font-semibold text-stone-950">Creative hubs in Europe</h1>
        <a href={siteUrl(query ? `/map?${query}` : "/map")} target="_blank" rel="noopener">
          Open on the {SITE_NAME} site<span className="sr-only"> (opens in a new tab)</span>
        </a>
      </div>
      <div role="region" aria-label="Map of the hubs" className="relative min-h-0 flex-1">
        <EmbeddedHubMap query={query} labels={hubLabels()} />
      </div>
    </div>
  );
}
