// Published hubs written straight into the end-to-end database, for specs that need hubs on
// the map. Every hub's name carries the caller's tag, so `/map?q=<tag>` shows that test's
// hubs only, whatever else the database holds.
import { randomUUID } from "node:crypto";
import { db } from "./db";

export type MapHub = { name: string; slug: string; city: string; countryCode: string; latitude: number; longitude: number; kind: string; open: boolean };

/** A word no other test uses, for hub names. */
export const hubTag = () => `e2emap${randomUUID().replace(/-/g, "").slice(0, 8)}`;

// For the plain ASCII names tests use, what lib/hubs/rules.ts makes of them.
const slugOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
const keyOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "");

export async function insertPublishedHubs(hubs: Omit<MapHub, "slug">[]): Promise<MapHub[]> {
  const saved: MapHub[] = [];
  for (const hub of hubs) {
    const slug = slugOf(hub.name);
    await db.query(
      `INSERT INTO "Hub" ("id", "slug", "name", "nameKey", "kind", "format", "disciplines", "services", "summary", "story", "contactEmail",
         "city", "cityKey", "countryCode", "latitude", "longitude", "openToExchanges", "status", "publishedAt", "confirmedAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5::"HubKind", 'static', ARRAY['design'], ARRAY['desks'], $6, '', $7, $8, $9, $10, $11, $12, $13, 'published', now(), now(), now())`,
      [
        `e2e${randomUUID().replace(/-/g, "").slice(0, 21)}`,
        slug,
        hub.name,
        keyOf(hub.name),
        hub.kind,
        `${hub.name} is a place where people make things together.`,
        `${slug}@hubs.example.org`,
        hub.city,
        keyOf(hub.city),
        hub.countryCode,
        hub.latitude,
        hub.longitude,
        hub.open,
      ],
    );
    saved.push({ ...hub, slug });
  }
  return saved;
}

/** Three hubs in Ljubljana's centre (one cluster) and two in Vienna (another), two of them labs. */
export function ljubljanaAndVienna(tag: string): Omit<MapHub, "slug">[] {
  return [
    { name: `${tag} Tobacco Lab`, city: "Ljubljana", countryCode: "SI", latitude: 46.0511, longitude: 14.4938, kind: "lab", open: true },
    { name: `${tag} River Studio`, city: "Ljubljana", countryCode: "SI", latitude: 46.0502, longitude: 14.5069, kind: "studio", open: false },
    { name: `${tag} Castle Coworking`, city: "Ljubljana", countryCode: "SI", latitude: 46.0489, longitude: 14.5081, kind: "coworking", open: false },
    { name: `${tag} Danube Lab`, city: "Vienna", countryCode: "AT", latitude: 48.2082, longitude: 16.3738, kind: "lab", open: false },
    { name: `${tag} Prater Makers`, city: "Vienna", countryCode: "AT", latitude: 48.2167, longitude: 16.3958, kind: "makerspace", open: true },
  ];
}
