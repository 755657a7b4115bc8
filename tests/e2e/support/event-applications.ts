// Events of a test's own, written straight into the end-to-end database, so that no other
// test touches their seats or applications.
import { insertEvent } from "./event-admin";

/** A published event a month ahead in Berlin, open for applications or registration; returns its slug. */
export async function insertOpenEvent(opts: { participation: "registration" | "application"; capacity?: number; title?: string }): Promise<string> {
  const event = await insertEvent({
    participation: opts.participation,
    capacity: opts.capacity ?? 10,
    title: opts.title ?? "Test workshop",
    summary: "A day of talks and practice.",
    city: "Berlin",
    countryCode: "DE",
    timeZone: "Europe/Berlin",
    startsInDays: 30,
    closesInDays: null,
  });
  return event.slug;
}
