// Matching typed text against place names: plain functions, tested alone.

/** Folds a name for matching: accents and case dropped, "ß" → "ss", "Łódź" → "lodz". */
export function foldName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[łŀ]/g, "l")
    .replace(/ø/g, "o")
    .replace(/æ/g, "ae")
    .replace(/œ/g, "oe")
    .replace(/đ/g, "d")
    .replace(/ı/g, "i")
    .replace(/þ/g, "th")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export type Place = { name: string; countryCode: string; latitude: number; longitude: number; population: number };
export type IndexedPlace = Place & { folded: string };

/**
 * Places whose name starts with the query (best), or has a word that does, each group by
 * population, largest first: "ljub" finds Ljubljana before Ljubljana's suburbs.
 * `places` must already be sorted by population, largest first.
 */
export function searchPlaces(places: readonly IndexedPlace[], query: string, limit = 10): Place[] {
  const q = foldName(query);
  if (!q) return [];
  const starts: IndexedPlace[] = [];
  const words: IndexedPlace[] = [];
  for (const p of places) {
    if (p.folded.startsWith(q)) {
      starts.push(p);
      if (starts.length === limit) break;
    } else if (words.length < limit && p.folded.includes(` ${q}`)) words.push(p);
  }
  return [...starts, ...words].slice(0, limit).map((p) => ({ name: p.name, countryCode: p.countryCode, latitude: p.latitude, longitude: p.longitude, population: p.population }));
}
