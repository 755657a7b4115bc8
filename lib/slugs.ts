// Addresses made from names (/hubs/<slug>, /events/<slug>): URL-safe, bounded, and unique
// among their kind. Client-safe (no imports): the map reads slugs back in the browser.

/** A URL-safe slug: "Factoría Cultural" → "factoria-cultural"; `fallback` for text with no letters or digits. */
export function slugify(text: string, fallback = "hub"): string {
  const slug = text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return slug.slice(0, 80).replace(/-+$/, "") || fallback;
}

const trim = (slug: string, max: number) => slug.slice(0, max).replace(/-+$/, "");

/** The slugs to try for a named place, best first: its name; on a clash, its name and town; then a number: "atelier", "atelier-lyon", "atelier-lyon-2", … */
export function slugCandidates(name: string, city: string, count = 20): string[] {
  const base = slugify(name);
  const withCity = `${trim(base, 60)}-${trim(slugify(city), 19)}`;
  return [base, withCity, ...Array.from({ length: count - 2 }, (_, i) => `${withCity}-${i + 2}`)];
}

/** The slugs to try for a title, best first: "hub-toolkit", "hub-toolkit-2" … "hub-toolkit-6" (shortened to leave room for the number). */
export function numberedSlugCandidates(title: string, fallback: string, count = 6): string[] {
  const base = slugify(title, fallback).slice(0, MAX_SLUG_LENGTH - 7).replace(/-+$/, "");
  return [base, ...Array.from({ length: count - 1 }, (_, i) => `${base}-${i + 2}`)];
}

/** The first candidate not taken; past them all, one made unique by the time (after `base`, by default the second candidate). */
export function firstFreeSlug(candidates: readonly string[], taken: ReadonlySet<string>, base = candidates[1]): string {
  return candidates.find((slug) => !taken.has(slug)) ?? `${base}-${Date.now().toString(36)}`;
}

/** Slugs are never longer than slugify makes them. */
export const MAX_SLUG_LENGTH = 80;

/** Whether text is already a slug as slugify writes one ("kyiv-lisbon-2027"): what staff may type as an address. */
export const isSlug = (text: string): boolean => text.length > 0 && text.length <= MAX_SLUG_LENGTH && slugify(text, "") === text;
