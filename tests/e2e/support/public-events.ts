// Events written straight into the end-to-end database for the public events specs.
import { insertEvent, shortTag } from "./event-admin";

/** A cancelled workshop a month ahead in Vienna, with the message staff gave; returns its slug and title. */
export async function insertCancelledEvent(): Promise<{ slug: string; title: string }> {
  return insertEvent({
    title: `Cancelled workshop ${shortTag()}`,
    summary: "A workshop that will not take place.",
    status: "cancelled",
    capacity: 20,
    city: "Vienna",
    countryCode: "AT",
    timeZone: "Europe/Vienna",
    venueName: "Packhaus",
    cancelMessage: "The venue closed for repairs. We hope to run the workshop in the spring.",
    startsInDays: 30,
    closesInDays: null,
  });
}
