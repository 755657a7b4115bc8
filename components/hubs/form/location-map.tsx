"use client";
// The hub form's map: click to put the pin there, or drag it. Loaded only in the browser
// (Leaflet needs `window`); the coordinate fields beside it do the same job by keyboard.
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { MapContainer, Marker, useMap, useMapEvents } from "react-leaflet";
import { BaseLayers } from "@/components/map/base-layers";
import type { Point } from "@/lib/geo";
import { EUROPE_CENTER, EUROPE_ZOOM } from "@/lib/map/tiles";

/** Where to bring the view: set when a place is picked (with a zoom) or coordinates typed (without). */
export type Focus = Point & { zoom: number | null };

// A drawn pin instead of Leaflet's image icons, whose URLs a bundler breaks.
const pin = L.divIcon({
  className: "",
  html: '<svg width="30" height="42" viewBox="0 0 30 42" aria-hidden="true"><path d="M15 1C7.3 1 1 7.2 1 14.9 1 25.3 15 41 15 41s14-15.7 14-26.1C29 7.2 22.7 1 15 1z" fill="#0b5f59" stroke="#fff" stroke-width="2"/><circle cx="15" cy="15" r="5" fill="#fff"/></svg>',
  iconSize: [30, 42],
  iconAnchor: [15, 41],
});

function ClickToPlace({ onPlace }: { onPlace: (p: Point) => void }) {
  useMapEvents({ click: (e) => onPlace({ latitude: e.latlng.lat, longitude: e.latlng.lng }) });
  return null;
}

/** Brings a point chosen outside the map (the place list, the number fields) into view. */
function FollowFocus({ focus }: { focus: Focus | null }) {
  const map = useMap();
  useEffect(() => {
    if (!focus) return;
    const at: L.LatLngTuple = [focus.latitude, focus.longitude];
    if (focus.zoom) map.setView(at, focus.zoom);
    else if (!map.getBounds().contains(at)) map.panTo(at);
  }, [map, focus]);
  return null;
}

export default function LocationMap({ point, focus, onPlace }: { point: Point | null; focus: Focus | null; onPlace: (p: Point) => void }) {
  const t = useTranslations("hubForms.location");
  return (
    <MapContainer
      center={point ? [point.latitude, point.longitude] : EUROPE_CENTER}
      zoom={point ? 12 : EUROPE_ZOOM}
      scrollWheelZoom={false}
      className="h-80 w-full rounded-md border border-stone-400"
    >
      <BaseLayers />
      <ClickToPlace onPlace={onPlace} />
      <FollowFocus focus={focus} />
      {point ? (
        <Marker
          position={[point.latitude, point.longitude]}
          icon={pin}
          draggable
          keyboard={false}
          title={t("pinTitle")}
          eventHandlers={{
            dragend: (e) => {
              const at = (e.target as L.Marker).getLatLng();
              onPlace({ latitude: at.lat, longitude: at.lng });
            },
          }}
        />
      ) : null}
    </MapContainer>
  );
}
