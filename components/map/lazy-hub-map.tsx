"use client";
import dynamic from "next/dynamic";

// Leaflet needs `window`, so the map renders in the browser only. Its code starts downloading
// as soon as this module runs, with the page's own scripts, not once the page has hydrated.
const loadHubMap = () => import("@/components/map/hub-map");
if (typeof window !== "undefined") void loadHubMap();

export const LazyHubMap = dynamic(loadHubMap, { ssr: false, loading: () => null });
