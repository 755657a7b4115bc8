// Rules about hubs as plain functions: keys that make two hubs "the same", freshness, changes.

/** Lower-case letters and digits only, accents dropped: "Factoría  Cultural!" → "factoriacultural". */
export function matchKey(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The website as host and path, so "https://www.Example.org/" and "http://example.org" match. */
export function websiteKey(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    const host = u.hostname.toLowerCase().replace(/^www\./, "");
    const path = u.pathname.replace(/\/+$/, "").toLowerCase();
    return host + path;
  } catch {
    return null;
  }
}

const monthsAgo = (now: Date, months: number) => {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
};

/** Owners are asked once a year to confirm their hub's information is still true. */
const CONFIRM_EVERY_MONTHS = 12;
/** Not confirmed for this long: "not confirmed recently", and off the default map. */
const STALE_AFTER_MONTHS = 18;

export const confirmationDueBefore = (now: Date): Date => monthsAgo(now, CONFIRM_EVERY_MONTHS);
export const staleBefore = (now: Date): Date => monthsAgo(now, STALE_AFTER_MONTHS);

export const isConfirmationDue = (confirmedAt: Date, now: Date): boolean => confirmedAt < confirmationDueBefore(now);
export const isStale = (confirmedAt: Date, now: Date): boolean => confirmedAt < staleBefore(now);

/** The fields a moderator reviews and the audit log compares, as stored. */
export const REVIEWED_FIELDS = [
  "name", "kind", "format", "disciplines", "services", "summary", "story", "website", "socialLinks", "contactEmail",
  "address", "city", "countryCode", "latitude", "longitude", "foundedYear", "teamSize", "membersCount",
  "openToExchanges", "imageKey", "imageAlt",
] as const;

export type HubSnapshot = Partial<Record<(typeof REVIEWED_FIELDS)[number], unknown>>;

export function hubSnapshot(hub: Record<string, unknown>): HubSnapshot {
  return Object.fromEntries(REVIEWED_FIELDS.map((f) => [f, hub[f] ?? null]));
}

/** Fields whose values differ between two snapshots, with both values. */
export function diffSnapshots(before: HubSnapshot, after: HubSnapshot): { field: (typeof REVIEWED_FIELDS)[number]; before: unknown; after: unknown }[] {
  return REVIEWED_FIELDS.filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null)).map((f) => ({
    field: f,
    before: before[f] ?? null,
    after: after[f] ?? null,
  }));
}
