// Events of a test's own, written straight into the end-to-end database, so that no other
// test touches their seats or applications.
import { randomUUID } from "node:crypto";
import { db } from "./db";

/** A published event a month ahead, open for applications or registration; returns its slug. */
export async function insertOpenEvent(opts: { participation: "registration" | "application"; capacity?: number; title?: string }): Promise<string> {
  const slug = `e2e-event-${randomUUID().slice(0, 8)}`;
  await db.query(
    `INSERT INTO "Event" ("id", "slug", "kind", "title", "summary", "startsOn", "endsOn", "timeZone", "city", "countryCode", "capacity", "participation", "status", "publishedAt", "updatedAt")
     VALUES ($1, $1, 'workshop', $2, 'A day of talks and practice.', current_date + 30, current_date + 31, 'Europe/Berlin', 'Berlin', 'DE', $3, $4::"Participation", 'published', now(), now())`,
    [slug, opts.title ?? "Test workshop", opts.capacity ?? 10, opts.participation],
  );
  return slug;
}
