// Places on the earth, as hubs, events and the map use them: where a pin may go, how far
// apart two places are. Client-safe (no imports).

export type Point = { latitude: number; longitude: number };

/** Where a pin may go: Europe from the Azores and the Canaries to the Caucasus, up to the North Cape. */
export const EUROPE_BOUNDS = { south: 27, north: 72, west: -32, east: 51 } as const;

export const inEurope = (lat: number, lng: number): boolean =>
  lat >= EUROPE_BOUNDS.south && lat <= EUROPE_BOUNDS.north && lng >= EUROPE_BOUNDS.west && lng <= EUROPE_BOUNDS.east;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLng = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A box around a point, `km` each way: a cheap pre-filter before `distanceKm`. */
export function boxAround(p: Point, km: number) {
  const dLat = km / 111;
  const dLng = km / (111 * Math.max(0.1, Math.cos((p.latitude * Math.PI) / 180)));
  return { south: p.latitude - dLat, north: p.latitude + dLat, west: p.longitude - dLng, east: p.longitude + dLng };
}
