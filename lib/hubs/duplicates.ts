import "server-only";
import { db, type Prisma } from "@/lib/db";
import type { HubStatus } from "@/lib/generated/prisma/enums";
import { boxAround, distanceKm } from "@/lib/geo";
import { matchKey, websiteKey } from "@/lib/hubs/rules";

// "Is this hub already on the map?" — asked before a new hub is previewed or submitted, so
// that a second person from the same hub asks to manage it instead of adding it twice.

/** How far apart two hubs of similar names may be and still be one hub. */
const NEARBY_KM = 5;

/** Edit distance (Levenshtein) between two strings, for names of up to a few dozen letters. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * Names that probably mean the same hub, compared by their match keys (letters and digits,
 * no accents): equal; one inside the other ("Impact Hub" / "Impact Hub Ljubljana"), when
 * the shorter has at least 4 letters; or a typo apart (1 edit up to 8 letters, else 2).
 */
export function similarNames(a: string, b: string): boolean {
  const x = matchKey(a);
  const y = matchKey(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  if (shorter.length >= 4 && longer.includes(shorter)) return true;
  return editDistance(x, y) <= (longer.length <= 8 ? 1 : 2);
}

export type HubIdentity = { name: string; city: string; countryCode: string; latitude: number; longitude: number; website?: string | null };

/** Why `existing` is probably the hub being added, or null. */
export function duplicateReason(candidate: HubIdentity, existing: HubIdentity): "website" | "name" | null {
  const site = websiteKey(candidate.website);
  if (site && site === websiteKey(existing.website)) return "website";
  if (!similarNames(candidate.name, existing.name)) return null;
  // The database's own rule (one hub per name, town and country) counts at any distance.
  const sameNameSameTown =
    matchKey(candidate.name) === matchKey(existing.name) && candidate.countryCode === existing.countryCode && matchKey(candidate.city) === matchKey(existing.city);
  return sameNameSameTown || distanceKm(candidate, existing) <= NEARBY_KM ? "name" : null;
}

/** Hubs that count for the check: public ones and those on their way to be. */
const LIVE: HubStatus[] = ["published", "pending", "changes_requested"];

export type LikelyDuplicate = { id: string; name: string; city: string; countryCode: string; slug: string | null; reason: "website" | "name" };

/**
 * Hubs that are probably `candidate` (at most 5): a similar name within 5 km, the same
 * name in the same town, or the same website. `exceptHubId` leaves out the hub being edited.
 * Only published hubs come with their slug (a link to their public page).
 */
export async function findLikelyDuplicates(candidate: HubIdentity, exceptHubId?: string): Promise<LikelyDuplicate[]> {
  const box = boxAround(candidate, NEARBY_KM);
  const site = websiteKey(candidate.website);
  const or: Prisma.HubWhereInput[] = [
    { latitude: { gte: box.south, lte: box.north }, longitude: { gte: box.west, lte: box.east } },
    { nameKey: matchKey(candidate.name), countryCode: candidate.countryCode, cityKey: matchKey(candidate.city) },
    ...(site ? [{ websiteKey: site }] : []),
  ];
  const hubs = await db.hub.findMany({
    where: { status: { in: LIVE }, OR: or, ...(exceptHubId ? { id: { not: exceptHubId } } : {}) },
    select: { id: true, name: true, city: true, countryCode: true, latitude: true, longitude: true, website: true, slug: true, status: true },
    orderBy: { createdAt: "asc" },
    take: 200,
  });
  const found: LikelyDuplicate[] = [];
  for (const hub of hubs) {
    const reason = duplicateReason(candidate, hub);
    if (reason) found.push({ id: hub.id, name: hub.name, city: hub.city, countryCode: hub.countryCode, slug: hub.status === "published" ? hub.slug : null, reason });
  }
  return found.slice(0, 5);
}
