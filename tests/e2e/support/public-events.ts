// Events written straight into the end-to-end database for the public events specs.
import { randomUUID } from "node:crypto";
import { db } from "./db";

/** A cancelled workshop a month ahead, with the message staff gave; returns its slug and title. */
export async function insertCancelledEvent(): Promise<{ slug: string; title: string }> {
  const id = `e2eevent${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  const title = `Cancelled workshop ${id.slice(-6)}`;
  await db.query(
    `INSERT INTO "Event" ("id", "slug", "kind", "title", "summary", "programme", "startsOn", "endsOn", "timeZone", "city", "countryCode",
       "venueName", "capacity", "participation", "status", "cancelMessage", "publishedAt", "updatedAt")
     VALUES ($1, $1, 'workshop', $2, 'A workshop that will not take place.', '', current_date + 30, current_date + 31, 'Europe/Vienna', 'Vienna', 'AT',
       'Packhaus', 20, 'application', 'cancelled', 'The venue closed for repairs. We hope to run the workshop in the spring.', now(), now())`,
    [id, title],
  );
  return { slug: id, title };
}
