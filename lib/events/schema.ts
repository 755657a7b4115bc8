// What the staff event form accepts, with a message beside each field. Client-safe.
import { z } from "zod";
import { COUNTRY_CODES } from "@/lib/countries";
import { decimalNumber } from "@/lib/decimal";
import { blankToUndefined, listOf, optional, searchText, values } from "@/lib/form-fields";
import { ApplicationStatus, type DatePrecision } from "@/lib/generated/prisma/enums";
import { EUROPE_BOUNDS } from "@/lib/geo";

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

export const EVENT_KINDS = [
  { value: "forum", label: "Creative Hubs Forum" },
  { value: "workshop", label: "Skills Workshop" },
  { value: "other", label: "Another kind of event" },
] as const;

export const PARTICIPATIONS = [
  { value: "application", label: "Application with review: staff accept, decline or wait-list each person" },
  { value: "registration", label: "Open registration: seats are confirmed at once, then a waiting list" },
  { value: "information", label: "Information only: nobody applies through the site" },
] as const;

export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

export const MAX_PROGRAMME_CHARS = 20_000;
export const MAX_CURATORS = 20;


/** Text between `min` and `max` characters; left empty, it asks for the field itself. */
const text = (label: string, min: number, max: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string({ error: `Enter ${label}.` })
      .trim()
      .min(min, `${label[0]!.toUpperCase()}${label.slice(1)} needs at least ${min} characters.`)
      .max(max, `Keep ${label} to ${max.toLocaleString("en-GB")} characters or fewer.`),
  );

/** "2027-03-22" → that calendar day at midnight UTC (how @db.Date values are held); refuses "2027-02-30". */
export function parseDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 2000 && y <= 2100 ? date : null;
}

const day = (message: string) =>
  z.string({ error: message }).transform((v, ctx) => {
    const date = parseDay(v);
    if (!date) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return date;
  });

const time = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time on the 24-hour clock, like 09:30 or 17:00.");

const coordinate = (label: string, example: string, min: number, max: number) =>
  decimalNumber({ missing: `Enter the ${label}.`, malformed: `Enter the ${label} in decimal degrees, like ${example}.` }).refine(
    (v) => v >= min && v <= max,
    `That point is outside Europe: check the ${label}.`,
  );

const flag = z.preprocess((v) => [v].flat().some((x) => x === "1" || x === "on"), z.boolean());

const DAY_MS = 86_400_000;

/** The fields as typed, before the rules that compare them. */
const eventFields = z.object({
  kind: z.enum(values(EVENT_KINDS), { error: "Choose the kind of event." }),
  title: text("the title", 3, 160),
  theme: optional(text("the theme", 1, 160)),
  summary: text("a short summary", 20, 400),
  programme: optional(text("the programme", 1, MAX_PROGRAMME_CHARS)),
  datePrecision: z.enum(["day", "month"], { error: "Say whether the days are known, or only the month." }),
  startsOn: optional(day("Enter the first day as a date, like 2027-03-22.")),
  endsOn: optional(day("Enter the last day as a date, like 2027-03-23.")),
  month: optional(z.coerce.number({ error: "Choose the month." }).int("Choose the month.").min(1, "Choose the month.").max(12, "Choose the month.")),
  year: optional(z.coerce.number({ error: "Enter the year, like 2027." }).int("Enter the year, like 2027.").min(2000, "Enter a year from 2000 on.").max(2100, "Enter a year before 2100.")),
  startTime: optional(time),
  endTime: optional(time),
  timeZone: z.enum(EVENT_TIME_ZONES, { error: "Choose the time zone where the event takes place." }),
  city: text("the town or city", 1, 100),
  countryCode: z.enum(COUNTRY_CODES, { error: "Choose the country." }),
  venueName: optional(text("the venue's name", 1, 160)),
  venueAddress: optional(text("the venue's address", 1, 300)),
  latitude: optional(coordinate("latitude", "40.391", EUROPE_BOUNDS.south, EUROPE_BOUNDS.north)),
  longitude: optional(coordinate("longitude", "-3.698", EUROPE_BOUNDS.west, EUROPE_BOUNDS.east)),
  /** The host hub: its address on the site (the part after /hubs/, or the whole address), or its name. */
  hostHub: optional(
    z
      .string()
      .trim()
      .max(300, "Enter the hub's name or the address of its page, at most 300 characters.")
      .transform((v) => (v.includes("/hubs/") ? v.replace(/^.*\/hubs\//, "").replace(/[/?#].*$/, "") : v)),
  ),
  capacity: optional(
    z.coerce
      .number({ error: "Enter the number of seats as a whole number, like 24." })
      .refine(Number.isFinite, "Enter the number of seats as a whole number, like 24.")
      .int("Enter the number of seats as a whole number, like 24.")
      .min(1, "Enter at least 1 seat, or leave the field empty if the seats are not limited.")
      .max(100_000, "Enter at most 100,000 seats."),
  ),
  participation: z.enum(values(PARTICIPATIONS), { error: "Choose how people take part." }),
  applicationsOpenOn: optional(day("Enter the opening day as a date, like 2027-01-10.")),
  applicationsCloseOn: optional(day("Enter the closing day as a date, like 2027-02-26.")),
  curators: z
    .string()
    .optional()
    .transform((v) => (v ?? "").split(/\r?\n/).map((line) => line.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(120, "Keep each name to 120 characters or fewer.")).max(MAX_CURATORS, `List at most ${MAX_CURATORS} people, one per line.`)),
  coverImageAlt: optional(text("the image description", 1, 200)),
  /** A cover stored before (when editing), carried to the next save. */
  coverImageKey: optional(z.string().max(200)),
  removeCover: flag,
  /** The file input: only whether a file was chosen matters here. */
  coverImage: z.preprocess((v) => typeof File !== "undefined" && v instanceof File && v.size > 0, z.boolean()),
});

type EventFields = z.output<typeof eventFields>;

/** Each field that parses on its own; the others are left out. */
function fieldsThatParse(input: unknown): Partial<EventFields> {
  const sent = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const parsed: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(eventFields.shape)) {
    const result = field.safeParse(sent[name]);
    if (result.success) parsed[name] = result.data;
  }
  return parsed as Partial<EventFields>;
}

/**
 * The rules that compare fields: the dates in order, the application window before the
 * event, times only on known days, a capacity when people register, and a description for
 * every cover image. A rule runs whenever the fields it compares parse, whatever else is
 * wrong, so the form shows its message with the others at once; a field already refused
 * for its own rules keeps that one message ("not a date", rather than also "enter the day").
 */
function compareFields(f: Partial<EventFields>, ctx: z.RefinementCtx, refused: ReadonlySet<string>) {
  const issue = (path: string, message: string) => {
    if (!refused.has(path)) ctx.addIssue({ code: "custom", path: [path], message });
  };
  let startsOn: Date | undefined;
  if (f.datePrecision === "day") {
    if (!f.startsOn) issue("startsOn", "Enter the first day of the event.");
    startsOn = f.startsOn;
    if (f.startsOn && f.endsOn && f.endsOn < f.startsOn) issue("endsOn", "The event cannot end before it starts: the last day must be on or after the first.");
    const oneDay = f.startsOn && (!f.endsOn || f.endsOn.getTime() === f.startsOn.getTime());
    if (oneDay && f.startTime && f.endTime && f.endTime <= f.startTime) issue("endTime", "On a one-day event the end time must be after the start time.");
  } else if (f.datePrecision === "month") {
    if (!f.month) issue("month", "Choose the month.");
    if (!f.year) issue("year", "Enter the year, like 2027.");
    if (f.month && f.year) startsOn = new Date(Date.UTC(f.year, f.month - 1, 1));
    if (f.startTime) issue("startTime", "Times can be given only when the days are known. Leave the times empty while the dates are to be confirmed.");
    if (f.endTime) issue("endTime", "Times can be given only when the days are known. Leave the times empty while the dates are to be confirmed.");
  }
  if ((f.latitude === undefined) !== (f.longitude === undefined)) {
    issue(f.latitude === undefined ? "latitude" : "longitude", "Give both the latitude and the longitude, or neither.");
  }
  if (f.participation === "registration" && f.capacity === undefined) issue("capacity", "Enter the number of seats: open registration needs it to know when to start a waiting list.");
  if (f.participation !== "information") {
    if (f.applicationsOpenOn && f.applicationsCloseOn && f.applicationsOpenOn > f.applicationsCloseOn) {
      issue("applicationsOpenOn", "Applications must open on or before the day they close.");
    }
    if (startsOn && f.applicationsCloseOn && f.applicationsCloseOn >= startsOn) issue("applicationsCloseOn", "Applications must close before the event starts: choose a day before its first day.");
    if (startsOn && f.applicationsOpenOn && f.applicationsOpenOn >= startsOn) issue("applicationsOpenOn", "Applications must open before the event starts.");
  }
  const keepsCover = f.coverImage || (f.coverImageKey !== undefined && !f.removeCover);
  if (keepsCover && !f.coverImageAlt) issue("coverImageAlt", "Describe the cover image for people who cannot see it.");
}

/**
 * The staff event form: each field's own rules, and the rules comparing fields. The output
 * has startsOn/endsOn resolved (a month becomes its first and last day) and no field the
 * event does not store.
 */
export const eventSchema = z
  .unknown()
  .transform((input, ctx): EventFields => {
    // zod runs an object's refinements only once every field parses; the comparisons run
    // here on the fields that did, so a date-order error is not held back by a typo elsewhere.
    const fields = eventFields.safeParse(input);
    const issues = fields.error?.issues ?? [];
    for (const issue of issues) ctx.addIssue({ ...issue, code: "custom" });
    compareFields(fields.success ? fields.data : fieldsThatParse(input), ctx, new Set(issues.map((i) => String(i.path[0]))));
    return fields.success ? fields.data : z.NEVER;
  })
  .transform((f) => {
    const month = f.datePrecision === "month";
    const startsOn = month ? new Date(Date.UTC(f.year!, f.month! - 1, 1)) : f.startsOn!;
    const endsOn = month ? new Date(Date.UTC(f.year!, f.month!, 1) - DAY_MS) : (f.endsOn ?? f.startsOn!);
    const takesPart = f.participation !== "information";
    return {
      kind: f.kind,
      title: f.title,
      theme: f.theme ?? null,
      summary: f.summary,
      programme: f.programme ?? "",
      datePrecision: f.datePrecision,
      startsOn,
      endsOn,
      startTime: month ? null : (f.startTime ?? null),
      endTime: month ? null : (f.endTime ?? null),
      timeZone: f.timeZone,
      city: f.city,
      countryCode: f.countryCode,
      venueName: f.venueName ?? null,
      venueAddress: f.venueAddress ?? null,
      latitude: f.latitude ?? null,
      longitude: f.longitude ?? null,
      hostHub: f.hostHub ?? null,
      capacity: f.capacity ?? null,
      participation: f.participation,
      applicationsOpenOn: takesPart ? (f.applicationsOpenOn ?? null) : null,
      applicationsCloseOn: takesPart ? (f.applicationsCloseOn ?? null) : null,
      curators: f.curators,
      coverImageAlt: f.coverImageAlt ?? null,
      coverImageKey: f.removeCover ? null : (f.coverImageKey ?? null),
    };
  });

export type EventInput = z.output<typeof eventSchema>;

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** A stored event as the form's values, to prefill the edit form. */
type StoredEvent = Omit<EventInput, "hostHub" | "timeZone" | "countryCode" | "datePrecision"> & {
  datePrecision: DatePrecision;
  timeZone: string;
  countryCode: string;
  hub: { slug: string } | null;
};

export function eventFormValues(event: StoredEvent): Record<string, string> {
  const month = event.datePrecision === "month";
  // No date was published: the stored days only order the event, so the form offers none.
  const unknown = event.datePrecision === "unknown";
  return {
    kind: event.kind,
    title: event.title,
    theme: event.theme ?? "",
    summary: event.summary,
    programme: event.programme,
    datePrecision: unknown ? "" : event.datePrecision,
    startsOn: month || unknown ? "" : isoDay(event.startsOn),
    endsOn: month || unknown || event.endsOn.getTime() === event.startsOn.getTime() ? "" : isoDay(event.endsOn),
    month: month ? String(event.startsOn.getUTCMonth() + 1) : "",
    year: month ? String(event.startsOn.getUTCFullYear()) : "",
    startTime: event.startTime ?? "",
    endTime: event.endTime ?? "",
    timeZone: event.timeZone,
    city: event.city,
    countryCode: event.countryCode,
    venueName: event.venueName ?? "",
    venueAddress: event.venueAddress ?? "",
    latitude: event.latitude === null ? "" : String(event.latitude),
    longitude: event.longitude === null ? "" : String(event.longitude),
    hostHub: event.hub?.slug ?? "",
    capacity: event.capacity === null ? "" : String(event.capacity),
    participation: event.participation,
    applicationsOpenOn: isoDay(event.applicationsOpenOn),
    applicationsCloseOn: isoDay(event.applicationsCloseOn),
    curators: event.curators.join("\n"),
    coverImageAlt: event.coverImageAlt ?? "",
    coverImageKey: event.coverImageKey ?? "",
  };
}

/** The staff list's tabs and the review page's filters, read from the URL. */
export const EVENT_VIEWS = ["upcoming", "past", "drafts", "cancelled"] as const;
export type EventView = (typeof EVENT_VIEWS)[number];

export const eventListSchema = z.object({
  show: z.enum(EVENT_VIEWS).catch("upcoming"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export const cancelEventSchema = z.object({
  eventId: z.string().min(1).max(40),
  message: z
    .string({ error: "Tell the applicants why the event is cancelled." })
    .trim()
    .min(10, "Tell the applicants in a sentence or two why the event is cancelled.")
    .max(4000, "Keep the message to 4,000 characters or fewer."),
});

export const eventIdSchema = z.object({ eventId: z.string().min(1).max(40) });

/** The review page's and the export's filters, read from the URL. Unknown values are dropped. */
export const applicationFilterSchema = z.object({
  status: z.enum(ApplicationStatus).optional().catch(undefined),
  q: searchText,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** "<id>@<updatedAt as ISO>": an application and the version of it the page showed. */
const seenApplication = z
  .string()
  .regex(/^[a-z0-9]{1,40}@\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, "Reload the page and choose again.")
  .transform((v) => {
    const [id, version] = v.split("@") as [string, string];
    return { id, version };
  });

/** One decision on one or several applications. */
export const applicationDecisionSchema = z.object({
  eventId: z.string().min(1).max(40),
  decision: z.enum(["accept", "decline", "waitlist"], { error: "Choose what to do with the applications." }),
  applications: listOf(seenApplication)
    .refine((list) => list.length > 0, "Choose at least one application.")
    .refine((list) => list.length <= 200, "Decide at most 200 applications at once."),
  message: optional(z.string().trim().max(4000, "Keep the message to 4,000 characters or fewer.")),
  /** The review page's filters, to come back to the same list. */
  back: z.string().max(300).regex(/^[\w%.+=&-]*$/).catch(""),
});
