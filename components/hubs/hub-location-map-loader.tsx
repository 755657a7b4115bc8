"use client";
import dynamic from "next/dynamic";

/** The small map of components/hubs/hub-location-map.tsx, loaded in the browser only (Leaflet needs `window`). */
export const HubLocationMap = dynamic(() => import("@/components/hubs/hub-location-map"), {
  ssr: false,
  loading: () => <div className="h-64 w-full rounded-lg border border-stone-300 bg-stone-100" />,
});
