// Places on the earth: where a pin may go, and how far apart two places are.
import { describe, expect, it } from "vitest";
import { boxAround, distanceKm, inEurope } from "@/lib/geo";

describe("places and distances", () => {
  it("knows Europe's bounds", () => {
    expect(inEurope(52.52, 13.405)).toBe(true); // Berlin
    expect(inEurope(64.13, -21.9)).toBe(true); // Reykjavík
    expect(inEurope(40.71, -74.0)).toBe(false); // New York
    expect(inEurope(-33.9, 18.4)).toBe(false); // Cape Town
  });

  it("measures great-circle distances", () => {
    const berlin = { latitude: 52.52, longitude: 13.405 };
    const madrid = { latitude: 40.4168, longitude: -3.7038 };
    expect(distanceKm(berlin, madrid)).toBeGreaterThan(1850);
    expect(distanceKm(berlin, madrid)).toBeLessThan(1890);
    expect(distanceKm(berlin, berlin)).toBe(0);
  });

  it("draws a box that holds every point within the distance", () => {
    const p = { latitude: 60, longitude: 10 };
    const box = boxAround(p, 5);
    const east = { latitude: 60, longitude: box.east };
    expect(distanceKm(p, east)).toBeGreaterThanOrEqual(4.9);
    expect(box.north - p.latitude).toBeCloseTo(5 / 111, 5);
  });
});
