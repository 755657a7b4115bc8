"use client";
import { useEffect, useState } from "react";
import { GeoJSON, Pane, TileLayer } from "react-leaflet";
import { TILE_ATTRIBUTION, TILE_URL } from "@/lib/map/tiles";

/**
 * What every map stands on: the configured tile server with its attribution, over an
 * offline outline of Europe's countries that shows wherever tiles fail to load.
 * Render inside a react-leaflet <MapContainer>.
 */
export function BaseLayers() {
  const [outline, setOutline] = useState<GeoJSON.FeatureCollection | null>(null);
  useEffect(() => {
    let live = true;
    fetch("/api/map/outline")
      .then((r) => (r.ok ? r.json() : null))
      .then((data) => live && setOutline(data))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  return (
    <>
      <Pane name="outline" style={{ zIndex: 150 }}>
        {outline ? <GeoJSON data={outline} interactive={false} style={{ color: "#78716c", weight: 1, fillColor: "#f5f5f4", fillOpacity: 1 }} /> : null}
      </Pane>
      <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />
    </>
  );
}
