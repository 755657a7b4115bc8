import { feature } from "topojson-client";
import type { Topology, GeometryObject } from "topojson-specification";
import countries from "world-atlas/countries-110m.json";

// The outline of Europe's countries (Natural Earth, via world-atlas), drawn under the tiles so
// the map stays legible when the tile server cannot be reached. Built once per process from
// the package: the same bytes on every instance. The 1:110m scale: 3,500 points, where the
// 1:50m one had 33,000, which a phone took over 100 ms to project each time the map moved;
// coarse up close, but only a stand-in for the tiles.

const BOX = { south: 20, north: 75, west: -40, east: 60 };

let body: string | undefined;

function outline(): string {
  const topology = countries as unknown as Topology<{ countries: GeometryObject }>;
  const all = feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection;
  const round = (c: unknown): unknown => (typeof c === "number" ? Math.round(c * 100) / 100 : Array.isArray(c) ? c.map(round) : c);
  const inBox = (c: unknown): boolean =>
    Array.isArray(c) && typeof c[0] === "number"
      ? c[1] >= BOX.south && c[1] <= BOX.north && c[0] >= BOX.west && c[0] <= BOX.east
      : Array.isArray(c) && c.some(inBox);
  const features = all.features
    .filter((f) => f.geometry && "coordinates" in f.geometry && inBox(f.geometry.coordinates))
    .map((f) => ({ type: "Feature", properties: { name: f.properties?.name ?? "" }, geometry: { ...f.geometry, coordinates: round((f.geometry as GeoJSON.Polygon).coordinates) } }));
  return JSON.stringify({ type: "FeatureCollection", features });
}

export function GET() {
  body ??= outline();
  return new Response(body, {
    headers: { "Content-Type": "application/geo+json", "Cache-Control": "public, max-age=86400, stale-while-revalidate=604800" },
  });
}
