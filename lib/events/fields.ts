// What the staff event form offers and how much it takes: its lists of time zones, kinds and
// ways of taking part, and the programme's length. Client-safe, without zod: the form imports it.

/** The time zones an event can be in: Europe's, as the IANA database names them. */
export const EVENT_TIME_ZONES = [
  "Atlantic/Azores", "Atlantic/Canary", "Atlantic/Madeira", "Atlantic/Reykjavik", "Europe/Amsterdam", "Europe/Andorra",
  "Europe/Athens", "Europe/Belgrade", "Europe/Berlin", "Europe/Bratislava", "Europe/Brussels", "Europe/Bucharest",
  "Europe/Budapest", "Europe/Chisinau", "Europe/Copenhagen", "Europe/Dublin", "Europe/Gibraltar", "Europe/Helsinki",
  "Europe/Istanbul", "Europe/Kyiv", "Europe/Lisbon", "Europe/Ljubljana", "Europe/London", "Europe/Luxembourg",
  "Europe/Madrid", "Europe/Malta", "Europe/Monaco", "Europe/Oslo", "Europe/Paris", "Europe/Podgorica", "Europe/Prague",
  "Europe/Riga", "Europe/Rome", "Europe/San_Marino", "Europe/Sarajevo", "Europe/Skopje", "Europe/Sofia", "Europe/Stockholm",
  "Europe/Tallinn", "Europe/Tirane", "Europe/Vaduz", "Europe/Vienna", "Europe/Vilnius", "Europe/Warsaw", "Europe/Zagreb",
  "Europe/Zurich", "Asia/Nicosia", "Asia/Tbilisi", "Asia/Yerevan",
] as const;

/** The kinds of event (the words: events.kinds.*). */
export const EVENT_KINDS = ["forum", "workshop", "other"] as const;
export type EventKindCode = (typeof EVENT_KINDS)[number];

/** How people take part in an event (the words: staff.events.form.participation.*). */
export const PARTICIPATIONS = ["application", "registration", "information"] as const;

export const MAX_PROGRAMME_CHARS = 20_000;
