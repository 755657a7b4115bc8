"use client";
import L from "leaflet";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { MapContainer, useMap, ZoomControl } from "react-leaflet";
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

const LEAFLET_TITLE = "A JavaScript library for interactive maps";
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The words Leaflet writes into the map itself, in the page's language: the zoom buttons, the popups' close button, its own link's title. */
function LeafletWords() {
  const t = useTranslations("map.leaflet");
  const map = useMap();
  const closePopup = t("closePopup");
  const leaflet = t("leaflet");
  useEffect(() => {
    const prefix = L.Control.Attribution.prototype.options.prefix;
    if (typeof prefix === "string") map.attributionControl?.setPrefix(prefix.replace(LEAFLET_TITLE, escapeHtml(leaflet)));
    const onOpen = (e: L.PopupEvent) => e.popup.getElement()?.querySelector(".leaflet-popup-close-button")?.setAttribute("aria-label", closePopup);
    map.on("popupopen", onOpen);
    return () => {
      map.off("popupopen", onOpen);
    };
  }, [map, closePopup, leaflet]);
  return <ZoomControl zoomInTitle={t("zoomIn")} zoomOutTitle={t("zoomOut")} />;
}

/** The hubs on a Leaflet map, clustered. Loaded in the browser only (Leaflet needs `window`). */
export default function HubMap({ data, onView, focus, labels, linkTarget }: HubMapProps) {
  return (
    <MapContainer center={EUROPE_CENTER} zoom={EUROPE_ZOOM} minZoom={2} maxZoom={18} zoomControl={false} className="h-full w-full">
      <LeafletWords />
      <BaseLayers />
      {data ? <ClusterLayer points={data.points} index={data.index} onView={onView} focus={focus} labels={labels} linkTarget={linkTarget} /> : null}
    </MapContainer>
  );
}
