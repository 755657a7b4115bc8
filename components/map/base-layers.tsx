"use client";
import { useEffect, useRef, useState } from "react";
import { GeoJSON, Pane, TileLayer } from "react-leaflet";
import { TILE_ATTRIBUTION, TILE_URL } from "@/lib/map/tiles";

/**
 * Russia's far east lies across the antimeridian: one ring holds points at +179° and at
 * -180°, which Leaflet joins with lines across the whole map. Moved east by 360°, they join up.
 */
function unwrapAntimeridian(data: GeoJSON.FeatureCollection): GeoJSON.FeatureCollection {
  const shift = (c: unknown): unknown =>
    Array.isArray(c) && typeof c[0] === "number" ? (c[0] < -150 ? [c[0] + 360, c[1]] : c) : Array.isArray(c) ? c.map(shift) : c;
  return {
    ...data,
    features: data.features.map((f) => (f.geometry && "coordinates" in f.geometry ? { ...f, geometry: { ...f.geometry, coordinates: shift(f.geometry.coordinates) } as GeoJSON.Geometry } : f)),
  };
}

/**
 * What every map stands on: the configured tile server with its attribution, over an
 * offline outline of Europe's countries that shows wherever tiles fail to load.
 * Render inside a react-leaflet <MapContainer>.
 */
export function BaseLayers() {
  const [outline, setOutline] = useState<GeoJSON.FeatureCollection | null>(null);
  // The outline (55 KB, 3,500 points to draw) is hidden under working tiles:
  // fetched only once a tile fails, or when none has come after a while.
  const [needed, setNeeded] = useState(false);
  const tileLoaded = useRef(false);
  useEffect(() => {
    const timer = window.setTimeout(() => tileLoaded.current || setNeeded(true), 5000);
    return () => window.clearTimeout(timer);
  }, []);
  useEffect(() => {
    if (!needed) return;
    let live = true;
    fetch("/api/map/outline")
      .then((r) => (r.ok ? r.json() : null))
      .then((data) => live && data && setOutline(unwrapAntimeridian(data)))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [needed]);
  return (
    <>
      <Pane name="outline" style={{ zIndex: 150 }}>
        {outline ? <GeoJSON data={outline} interactive={false} style={{ color: "#78716c", weight: 1, fillColor: "#f5f5f4", fillOpacity: 1 }} /> : null}
      </Pane>
      <TileLayer
        url={TILE_URL}
        attribution={TILE_ATTRIBUTION}
        eventHandlers={{
          tileerror: () => setNeeded(true),
          tileload: () => {
            tileLoaded.current = true;
          },
        }}
      />
    </>
  );
}
