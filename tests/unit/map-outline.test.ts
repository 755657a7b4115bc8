import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/map/outline/route";

const points = (c: unknown): number => (Array.isArray(c) && typeof c[0] === "number" ? 1 : Array.isArray(c) ? c.reduce((n: number, x) => n + points(x), 0) : 0);

describe("the offline outline under the map", () => {
  it("outlines Europe's countries in few enough points for a phone to draw on every move", async () => {
    const body = await GET().text();
    const data = JSON.parse(body) as GeoJSON.FeatureCollection;
    const names = data.features.map((f) => f.properties?.name);
    for (const country of ["Slovenia", "Portugal", "Norway", "Greece", "Ukraine", "Ireland"]) expect(names).toContain(country);
    expect(data.features.reduce((n, f) => n + points((f.geometry as GeoJSON.Polygon).coordinates), 0)).toBeLessThan(6_000);
    expect(body.length).toBeLessThan(80_000);
  });
});
