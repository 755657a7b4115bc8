"use client";
import { MapContainer } from "react-leaflet";
import { BaseLayers } from "@/components/map/base-layers";
import { ClusterLayer } from "@/components/map/cluster-layer";
import type { HubMapData } from "@/components/map/hub-index";
import type { HubPoint } from "@/components/map/hub-points";
import type { HubLabels } from "@/lib/hubs/map-data";
import { EUROPE_CENTER, EUROPE_ZOOM } from "@/lib/map/tiles";

export type HubMapProps = {
  /** Null while the hubs load: the map shows Europe. */
  data: HubMapData | null;
  onView: (inView: HubPoint[]) => void;
  focus: { slug: string; seq: number } | null;
  labels: HubLabels;
  linkTarget?: "_blank";
};

/** The hubs on a Leaflet map, clustered. Loaded in the browser only (Leaflet needs `window`). */
export default function HubMap({ data, onView, focus, labels, linkTarget }: HubMapProps) {
  return (
    <MapContainer center={EUROPE_CENTER} zoom={EUROPE_ZOOM} minZoom={2} maxZoom={18} className="h-full w-full">
      <BaseLayers />
      {data ? <ClusterLayer points={data.points} index={data.index} onView={onView} focus={focus} labels={labels} linkTarget={linkTarget} /> : null}
    </MapContainer>
  );
}
