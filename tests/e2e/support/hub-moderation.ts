// Hubs, their owners and requests to manage them, written straight into the end-to-end
// database: the moderation specs start from what the add-a-hub form would have stored.
import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import { db } from "./db";

const newId = () => `e2e${randomUUID().replace(/-/g, "").slice(0, 21)}`;
const short = () => randomUUID().slice(0, 8);

export type Account = { id: string; name: string; email: string; password: string };

/** A confirmed account of our own, so no test changes an account another test uses. */
export async function createAccount(name: string, role: "member" | "staff" | "admin" = "member"): Promise<Account> {
  const account = { id: newId(), name, email: `mod-${short()}@example.org`, password: "Person-password-42" };
  await db.query(
    `INSERT INTO "User" ("id", "name", "email", "emailVerified", "passwordHash", "role", "updatedAt") VALUES ($1, $2, $3, now(), $4, $5::"Role", now())`,
    [account.id, account.name, account.email, await bcrypt.hash(account.password, 4), role],
  );
  return account;
}

/** The public fields a new hub is stored with, as lib/hubs/rules.ts' hubSnapshot() lists them. */
export const HUB_FIELDS = {
  kind: "studio",
  format: "static",
  disciplines: ["music", "design"],
  services: ["desks", "event-space"],
  summary: "A shared studio for musicians and designers in an old rope factory by the river.",
  story: "Five friends opened it in 2015 and it has grown ever since.",
  website: "https://example.org/studio",
  socialLinks: [] as string[],
  address: "Rope Street 1",
  city: "Ghent",
  countryCode: "BE",
  latitude: 51.05,
  longitude: 3.72,
  foundedYear: 2015,
  teamSize: "1-5",
  membersCount: "21-100",
  openToExchanges: true,
  imageKey: null,
  imageAlt: null,
};

type TestHub = { id: string; name: string; slug: string; contactEmail: string };

/**
 * A hub (waiting for review unless `status` says otherwise), owned by `ownerIds`. With `reviewed`, it has been reviewed before
 * (a resubmission): the snapshot is its fields with those overrides, as the moderator saw them.
 */
export async function createHub(opts: { ownerIds: string[]; name?: string; reviewed?: Record<string, unknown>; status?: string }): Promise<TestHub> {
  const name = opts.name ?? `Rope Factory ${short()}`;
  const key = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  const hub = { id: newId(), name, slug: `${key}-${short()}`, contactEmail: `hub-${short()}@example.org` };
  const f = HUB_FIELDS;
  await db.query(
    `INSERT INTO "Hub" ("id", "slug", "name", "nameKey", "kind", "format", "disciplines", "services", "summary", "story", "website", "socialLinks",
       "contactEmail", "address", "city", "cityKey", "countryCode", "latitude", "longitude", "foundedYear", "teamSize", "membersCount", "openToExchanges",
       "status", "submittedAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5::"HubKind", $6::"HubFormat", $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24::"HubStatus", now(), now())`,
    [hub.id, hub.slug, name, key, f.kind, f.format, f.disciplines, f.services, f.summary, f.story, f.website, f.socialLinks, hub.contactEmail, f.address,
      f.city, f.city.toLowerCase(), f.countryCode, f.latitude, f.longitude, f.foundedYear, f.teamSize, f.membersCount, f.openToExchanges, opts.status ?? "pending"],
  );
  if (opts.reviewed) {
    const snapshot = { name, ...f, contactEmail: hub.contactEmail, ...opts.reviewed };
    await db.query(`UPDATE "Hub" SET "reviewedSnapshot" = $2 WHERE "id" = $1`, [hub.id, JSON.stringify(snapshot)]);
  }
  for (const userId of opts.ownerIds) await db.query(`INSERT INTO "HubOwner" ("hubId", "userId") VALUES ($1, $2)`, [hub.id, userId]);
  return hub;
}

export async function createManagementRequest(hubId: string, userId: string, message: string): Promise<string> {
  const id = newId();
  await db.query(`INSERT INTO "HubManagementRequest" ("id", "hubId", "userId", "message") VALUES ($1, $2, $3, $4)`, [id, hubId, userId, message]);
  return id;
}

/** What moderation changes on a hub, to compare before and after. */
export async function moderationStateOf(hubId: string) {
  const { rows } = await db.query(
    `SELECT "status", "publishedAt", "moderatorMessage", "reviewedSnapshot", "updatedAt",
       (SELECT count(*)::int FROM "AuditEvent" WHERE "targetType" = 'hub' AND "targetId" = $1) AS "auditEvents",
       (SELECT count(*)::int FROM "HubOwner" WHERE "hubId" = $1) AS "owners"
     FROM "Hub" WHERE "id" = $1`,
    [hubId],
  );
  return rows[0] as { status: string; publishedAt: Date | null; moderatorMessage: string | null; reviewedSnapshot: Record<string, unknown> | null; updatedAt: Date; auditEvents: number; owners: number };
}
