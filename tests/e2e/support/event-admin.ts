// Events and applications written straight into the end-to-end database, for the staff
// event specs: what the event form and the apply form would have stored.
import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { db } from "./db";

const newId = () => `e2e${randomUUID().replace(/-/g, "").slice(0, 21)}`;
export const shortTag = () => randomUUID().slice(0, 8);

/** "YYYY-MM-DD", `days` from today (UTC). */
export const isoDaysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

type TestEvent = { id: string; slug: string; title: string };

type EventRow = {
  title: string;
  summary: string;
  status: "draft" | "published" | "cancelled";
  participation: "application" | "registration";
  capacity: number | null;
  city: string;
  countryCode: string;
  timeZone: string;
  venueName: string | null;
  cancelMessage: string | null;
  /** The two-day event starts this many days from today. */
  startsInDays: number;
  /** Applications close this many days from today; null: the day before the event. */
  closesInDays: number | null;
};

/** A workshop of the test's own, published and taking applications in Lisbon unless `opts` says otherwise. */
export async function insertEvent(opts: Partial<EventRow> = {}): Promise<TestEvent> {
  const tag = shortTag();
  const e: EventRow = {
    title: `Staff Review Workshop ${tag}`,
    summary: "A workshop for the staff review tests, in Lisbon.",
    status: "published",
    participation: "application",
    capacity: 10,
    city: "Lisbon",
    countryCode: "PT",
    timeZone: "Europe/Lisbon",
    venueName: null,
    cancelMessage: null,
    startsInDays: 60,
    closesInDays: 40,
    ...opts,
  };
  const event = { id: newId(), slug: `e2e-event-${tag}`, title: e.title };
  await db.query(
    `INSERT INTO "Event" ("id", "slug", "kind", "title", "summary", "startsOn", "endsOn", "timeZone", "city", "countryCode", "venueName", "capacity",
       "participation", "applicationsCloseOn", "status", "cancelMessage", "publishedAt", "updatedAt")
     VALUES ($1, $2, 'workshop', $3, $4, $5::date, $6::date, $7, $8, $9, $10, $11, $12::"Participation", $13::date, $14::"EventStatus", $15, $16, now())`,
    [event.id, event.slug, e.title, e.summary, isoDaysFromNow(e.startsInDays), isoDaysFromNow(e.startsInDays + 1), e.timeZone, e.city, e.countryCode,
      e.venueName, e.capacity, e.participation, e.closesInDays === null ? null : isoDaysFromNow(e.closesInDays), e.status, e.cancelMessage,
      e.status === "draft" ? null : new Date()],
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

/** Staff cancel `event` through its edit page, with `message` to the applicants; the page confirms. */
export async function cancelEventAsStaff(page: Page, event: { id: string }, message: string) {
  await page.goto(`/admin/events/${event.id}/edit`);
  await page.getByRole("button", { name: "Cancel the event…" }).click();
  const form = page.locator("form").filter({ has: page.getByRole("heading", { name: "Cancel this event?" }) });
  await form.getByLabel("Message to the applicants and on the event page").fill(message);
  await form.getByRole("button", { name: "Cancel the event" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Cancelled." })).toBeVisible();
}
