import { describe, expect, it } from "vitest";
import { buildHubMapData, packHubIndex, unpackHubIndex } from "@/components/map/hub-index";
import { filterQueryOf, HUB_FILTER_KEYS } from "@/components/map/hub-points";
import type { HubPointCollection } from "@/lib/hubs/map-data";
import { hubFilterQuery, hubFilterSchema, parseHubFilters } from "@/lib/hubs/schema";

/** Hubs in a few towns, several at one spot, as the map data sends them. */
function mapData(count: number): HubPointCollection {
  const towns = [
    [14.5058, 46.0569],
    [16.3738, 48.2082],
    [2.3522, 48.8566],
    [-3.7038, 40.4168],
    [24.9384, 60.1699],
  ] as const;
  return {
    type: "FeatureCollection",
    features: Array.from({ length: count }, (_, n) => {
      const [lng, lat] = towns[n % towns.length]!;
      const spread = n % 7 === 0 ? 0 : (n % 97) / 1000;
      return { type: "Feature", properties: { n: `Hub ${count - n}`, k: "lab", c: "Town", cc: "SI" }, geometry: { type: "Point", coordinates: [lng + spread, lat - spread] } };
    }),
  };
}

describe("the map's index, built in a worker and copied to the page", () => {
  const built = buildHubMapData(mapData(600));
  // What postMessage does to it: a structured clone.
  const copy = unpackHubIndex(structuredClone(packHubIndex(built.index)));

  it("answers every question the map asks as the original does", () => {
    for (const zoom of [2, 4, 6, 9, 12, 16, 17]) {
      const clusters = built.index.getClusters([-30, 30, 40, 70], zoom);
      expect(copy.getClusters([-30, 30, 40, 70], zoom)).toEqual(clusters);
      for (const c of clusters.filter((c) => "cluster" in c.properties && c.properties.cluster).slice(0, 5)) {
        const id = (c.properties as { cluster_id: number }).cluster_id;
        expect(copy.getClusterExpansionZoom(id)).toBe(built.index.getClusterExpansionZoom(id));
        expect(copy.getLeaves(id, Infinity)).toEqual(built.index.getLeaves(id, Infinity));
      }
    }
  });

  it("lists the hubs by name, each with its slug, and a leaf's `i` is its place in that list", () => {
    const names = built.points.map((p) => p.name);
    expect(names.slice(0, 3)).toEqual(["Hub 1", "Hub 10", "Hub 100"]);
    expect(built.points[0]!.slug).toBe("hub-1");
    const leaf = copy.getClusters([-180, -85, 180, 85], 17)[0]!;
    const p = built.points[(leaf.properties as { i: number }).i]!;
    expect(p.lng).toBeCloseTo(leaf.geometry.coordinates[0]!, 9);
    expect(p.lat).toBeCloseTo(leaf.geometry.coordinates[1]!, 9);
  });
});

describe("filterQueryOf", () => {
  it("knows the schema's filters", () => {
    expect([...HUB_FILTER_KEYS]).toEqual(Object.keys(hubFilterSchema.shape).sort());
  });

  it("writes an address's filters as the server does", () => {
    for (const search of ["", "kind=lab&q=foundry", "q=+x+&country=SI&open=1&stale=1&page=3&sort=recent", "service=desks&format=static&discipline=design&country="]) {
      const params = new URLSearchParams(search);
      expect(filterQueryOf(params), search).toBe(hubFilterQuery(parseHubFilters(params)));
    }
  });
});
