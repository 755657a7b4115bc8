"use client";
import "leaflet/dist/leaflet.css";
import { CircleMarker, MapContainer } from "react-leaflet";
import { BaseLayers } from "@/components/map/base-layers";

/** A small map with one marker where the hub is. Loaded in the browser only (Leaflet needs `window`). */
export default function HubLocationMap({ latitude, longitude }: { latitude: number; longitude: number }) {
  return (
    <MapContainer center={[latitude, longitude]} zoom={13} scrollWheelZoom={false} className="h-64 w-full rounded-lg border border-stone-300">
      <BaseLayers />
      <CircleMarker center={[latitude, longitude]} radius={10} pathOptions={{ color: "#0a4d49", weight: 3, fillColor: "#f59e0b", fillOpacity: 0.9 }} />
    </MapContainer>
  );
}
