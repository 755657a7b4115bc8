// Events and applications written straight into the end-to-end database, for the staff
// event specs: what the event form and the apply form would have stored.
import { randomUUID } from "node:crypto";
import { db } from "./db";

const newId = () => `e2e${randomUUID().replace(/-/g, "").slice(0, 21)}`;
export const shortTag = () => randomUUID().slice(0, 8);

/** "YYYY-MM-DD", `days` from today (UTC). */
export const isoDaysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export type TestEvent = { id: string; slug: string; title: string };

export async function insertEvent(opts: { title?: string; status?: "draft" | "published"; capacity?: number | null } = {}): Promise<TestEvent> {
  const tag = shortTag();
  const event = { id: newId(), slug: `e2e-event-${tag}`, title: opts.title ?? `Staff Review Workshop ${tag}` };
  await db.query(
    `INSERT INTO "Event" ("id", "slug", "kind", "title", "summary", "startsOn", "endsOn", "timeZone", "city", "countryCode", "capacity",
       "participation", "applicationsCloseOn", "status", "publishedAt", "updatedAt")
     VALUES ($1, $2, 'workshop', $3, 'A workshop for the staff review tests, in Lisbon.', $4::date, $5::date, 'Europe/Lisbon', 'Lisbon', 'PT', $6,
       'application', $7::date, $8::"EventStatus", $9, now())`,
    [event.id, event.slug, event.title, isoDaysFromNow(60), isoDaysFromNow(61), opts.capacity === undefined ? 10 : opts.capacity, isoDaysFromNow(40),
      opts.status ?? "published", (opts.status ?? "published") === "published" ? new Date() : null],
  );
  return event;
}

export async function insertApplication(eventId: string, userId: string, status = "pending"): Promise<string> {
  const id = newId();
  await db.query(
    `INSERT INTO "EventApplication" ("id", "eventId", "userId", "status", "role", "hubName", "bring", "takeAway", "updatedAt")
     VALUES ($1, $2, $3, $4::"ApplicationStatus", 'Programme lead', 'Canal Studios', 'Our members'' newsletter.', 'A plan for our stories.', now())`,
    [id, eventId, userId, status],
  );
  return id;
}

/** What staff actions change on an event and its applications, to compare before and after. */
export async function eventStateOf(eventId: string) {
  const { rows } = await db.query(
    `SELECT e."status", e."publishedAt", e."cancelMessage", e."title", e."updatedAt",
       (SELECT json_agg(json_build_object('id', a."id", 'status', a."status", 'updatedAt', a."updatedAt") ORDER BY a."id") FROM "EventApplication" a WHERE a."eventId" = e."id") AS "applications",
       (SELECT count(*)::int FROM "AuditEvent" WHERE "targetId" = e."id" OR "targetId" IN (SELECT "id" FROM "EventApplication" WHERE "eventId" = e."id")) AS "auditEvents"
     FROM "Event" e WHERE e."id" = $1`,
    [eventId],
  );
  return rows[0];
}
