import type { Metadata } from "next";
import { Suspense } from "react";
import { EmbeddedHubMap, EmbeddedMapLink, MapMessage } from "@/components/map/embedded-hub-map";
import { hubLabels } from "@/lib/hubs/map-data";

// The map for other sites to put in an iframe (proxy.ts and next.config.ts let any site frame
// /embed/). The root layout leaves out the site's header and footer here. One static page for
// every filter: the browser reads them from the address (the map needs JavaScript anyway).

export const metadata: Metadata = {
  title: "Map of creative hubs",
  description: "A map of creative hubs across Europe, from the European Creative Hubs Network.",
  robots: { index: false },
};

export default function EmbeddedMapPage() {
  return (
    <div className="flex h-dvh min-h-80 flex-col">
      <h1 className="bg-white px-3 pt-2 text-sm font-semibold text-stone-950">Creative hubs in Europe</h1>
      <Suspense
        fallback={
          <>
            <EmbeddedMapLink query="" />
            <div className="relative min-h-0 flex-1 bg-stone-100">
              <MapMessage text="Loading the map… It needs JavaScript." />
            </div>
          </>
        }
      >
        <EmbeddedHubMap labels={hubLabels()} />
      </Suspense>
    </div>
  );
}
