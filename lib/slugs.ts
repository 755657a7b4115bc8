// A hub's address (/hubs/<slug>): its name; on a clash, its name and town; then a number.
import { slugify } from "@/lib/hubs/rules";

const trim = (slug: string, max: number) => slug.slice(0, max).replace(/-+$/, "");

/** The slugs to try for a new hub, best first: "atelier", "atelier-lyon", "atelier-lyon-2", … */
export function slugCandidates(name: string, city: string, count = 20): string[] {
  const base = slugify(name);
  const withCity = `${trim(base, 60)}-${trim(slugify(city), 19)}`;
  return [base, withCity, ...Array.from({ length: count - 2 }, (_, i) => `${withCity}-${i + 2}`)];
}

/** The first candidate not taken; past them all, one made unique by the time. */
export function firstFreeSlug(candidates: readonly string[], taken: ReadonlySet<string>): string {
  return candidates.find((slug) => !taken.has(slug)) ?? `${candidates[1]}-${Date.now().toString(36)}`;
}
