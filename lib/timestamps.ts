// When something happened on the site (a draft saved, a message received, a hub submitted),
// as its pages show it to people all over Europe: in one zone, Brussels time, and always saying
// so. An event's own times are in the event's zone instead (lib/events/times.ts). Client-safe.

export const SITE_TIME_ZONE = "Europe/Brussels";

const timestamp = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: SITE_TIME_ZONE,
});

/** "4 Dec 2026, 14:05 Brussels time" */
export const formatTimestamp = (instant: Date): string => `${timestamp.format(instant)} Brussels time`;
