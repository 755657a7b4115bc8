"use client";
import { MapContainer } from "react-leaflet";
import { BaseLayers } from "@/components/map/base-layers";
import { ClusterLayer } from "@/components/map/cluster-layer";
import type { HubPoint } from "@/components/map/hub-points";
import type { HubLabels } from "@/lib/hubs/map-data";
import { EUROPE_CENTER, EUROPE_ZOOM } from "@/lib/map/tiles";

export type HubMapProps = {
  points: HubPoint[];
  onView: (inView: HubPoint[]) => void;
  focus: { slug: string; seq: number } | null;
  labels: HubLabels;
  linkTarget?: "_blank";
};

/** The hubs on a Leaflet map, clustered. Loaded in the browser only (Leaflet needs `window`). */
export default function HubMap({ points, onView, focus, labels, linkTarget }: HubMapProps) {
  return (
    <MapContainer center={EUROPE_CENTER} zoom={EUROPE_ZOOM} minZoom={2} maxZoom={18} className="h-full w-full">
      <BaseLayers />
      <ClusterLayer points={points} onView={onView} focus={focus} labels={labels} linkTarget={linkTarget} />
    </MapContainer>
  );
}
