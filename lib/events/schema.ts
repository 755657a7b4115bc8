// What the staff event form accepts, with a message beside each field (catalogue keys:
// staff.events.*), and the public events list's filters, read from the URL. Client-safe.
import { z } from "zod";
import type { MessageKey } from "@/lib/message";
import { COUNTRY_CODES } from "@/lib/countries";
import { decimalNumber } from "@/lib/decimal";
import { blankToUndefined, optional } from "@/lib/form-fields";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { EUROPE_BOUNDS } from "@/lib/geo";
import { firstValue } from "@/lib/page-number";
import { EVENT_KINDS, EVENT_TIME_ZONES, MAX_PROGRAMME_CHARS, PARTICIPATIONS } from "@/lib/events/fields";

const MAX_CURATORS = 20;

/** The text fields, each with its three messages under staff.events.errors.<field>. */
type TextField = "title" | "theme" | "summary" | "programme" | "city" | "venueName" | "venueAddress" | "coverImageAlt";
const key = (k: MessageKey) => k;

/** Text between `min` and `max` characters; left empty, it asks for the field itself. */
const text = (field: TextField, min: number, max: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string({ error: key(`staff.events.errors.${field}.missing`) })
      .trim()
      .min(min, key(`staff.events.errors.${field}.tooShort`))
      .max(max, key(`staff.events.errors.${field}.tooLong`)),
  );

/** "2027-03-22" → that calendar day at midnight UTC (how @db.Date values are held); refuses "2027-02-30". */
export function parseDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 2000 && y <= 2100 ? date : null;
}

const day = (message: MessageKey) =>
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
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, key("staff.events.errors.time"));

const coordinate = (field: "latitude" | "longitude", min: number, max: number) =>
  decimalNumber({ missing: key(`staff.events.errors.${field}.missing`), malformed: key(`staff.events.errors.${field}.malformed`) }).refine(
    (v) => v >= min && v <= max,
    key(`staff.events.errors.${field}.outsideEurope`),
  );

const flag = z.preprocess((v) => [v].flat().some((x) => x === "1" || x === "on"), z.boolean());

const DAY_MS = 86_400_000;

/** The fields as typed, before the rules that compare them. */
const eventFields = z.object({
  kind: z.enum(EVENT_KINDS, { error: key("staff.events.errors.kind") }),
  title: text("title", 3, 160),
  theme: optional(text("theme", 1, 160)),
  summary: text("summary", 20, 400),
  programme: optional(text("programme", 1, MAX_PROGRAMME_CHARS)),
  datePrecision: z.enum(["day", "month"], { error: key("staff.events.errors.datePrecision") }),
  startsOn: optional(day("staff.events.errors.startsOn")),
  endsOn: optional(day("staff.events.errors.endsOn")),
  month: optional(z.coerce.number({ error: key("staff.events.errors.month") }).int(key("staff.events.errors.month")).min(1, key("staff.events.errors.month")).max(12, key("staff.events.errors.month"))),
  year: optional(z.coerce.number({ error: key("staff.events.errors.year") }).int(key("staff.events.errors.year")).min(2000, key("staff.events.errors.yearTooEarly")).max(2100, key("staff.events.errors.yearTooLate"))),
  startTime: optional(time),
  endTime: optional(time),
  timeZone: z.enum(EVENT_TIME_ZONES, { error: key("staff.events.errors.timeZone") }),
  city: text("city", 1, 100),
  countryCode: z.enum(COUNTRY_CODES, { error: key("staff.events.errors.country") }),
  venueName: optional(text("venueName", 1, 160)),
  venueAddress: optional(text("venueAddress", 1, 300)),
  latitude: optional(coordinate("latitude", EUROPE_BOUNDS.south, EUROPE_BOUNDS.north)),
  longitude: optional(coordinate("longitude", EUROPE_BOUNDS.west, EUROPE_BOUNDS.east)),
  /** The host hub: its address on the site (the part after /hubs/, or the whole address), or its name. */
  hostHub: optional(
    z
      .string()
      .trim()
      .max(300, key("staff.events.errors.hostHub"))
      .transform((v) => (v.includes("/hubs/") ? v.replace(/^.*\/hubs\//, "").replace(/[/?#].*$/, "") : v)),
  ),
  capacity: optional(
    z.coerce
      .number({ error: key("staff.events.errors.capacity.wholeNumber") })
      .refine(Number.isFinite, key("staff.events.errors.capacity.wholeNumber"))
      .int(key("staff.events.errors.capacity.wholeNumber"))
      .min(1, key("staff.events.errors.capacity.tooSmall"))
      .max(100_000, key("staff.events.errors.capacity.tooLarge")),
  ),
  participation: z.enum(PARTICIPATIONS, { error: key("staff.events.errors.participation") }),
  applicationsOpenOn: optional(day("staff.events.errors.applicationsOpenOn")),
  applicationsCloseOn: optional(day("staff.events.errors.applicationsCloseOn")),
  curators: z
    .string()
    .optional()
    .transform((v) => (v ?? "").split(/\r?\n/).map((line) => line.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(120, key("staff.events.errors.curatorTooLong"))).max(MAX_CURATORS, key("staff.events.errors.tooManyCurators"))),
  coverImageAlt: optional(text("coverImageAlt", 1, 200)),
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
  const issue = (path: string, message: MessageKey) => {
    if (!refused.has(path)) ctx.addIssue({ code: "custom", path: [path], message });
  };
  let startsOn: Date | undefined;
  if (f.datePrecision === "day") {
    if (!f.startsOn) issue("startsOn", "staff.events.errors.firstDayMissing");
    startsOn = f.startsOn;
    if (f.startsOn && f.endsOn && f.endsOn < f.startsOn) issue("endsOn", "staff.events.errors.endsBeforeStart");
    const oneDay = f.startsOn && (!f.endsOn || f.endsOn.getTime() === f.startsOn.getTime());
    if (oneDay && f.startTime && f.endTime && f.endTime <= f.startTime) issue("endTime", "staff.events.errors.endTimeBeforeStart");
  } else if (f.datePrecision === "month") {
    if (!f.month) issue("month", "staff.events.errors.month");
    if (!f.year) issue("year", "staff.events.errors.year");
    if (f.month && f.year) startsOn = new Date(Date.UTC(f.year, f.month - 1, 1));
    if (f.startTime) issue("startTime", "staff.events.errors.timesNeedDays");
    if (f.endTime) issue("endTime", "staff.events.errors.timesNeedDays");
  }
  if ((f.latitude === undefined) !== (f.longitude === undefined)) {
    issue(f.latitude === undefined ? "latitude" : "longitude", "staff.events.errors.bothCoordinates");
  }
  if (f.participation === "registration" && f.capacity === undefined) issue("capacity", "staff.events.errors.registrationNeedsCapacity");
  if (f.participation !== "information") {
    if (f.applicationsOpenOn && f.applicationsCloseOn && f.applicationsOpenOn > f.applicationsCloseOn) {
      issue("applicationsOpenOn", "staff.events.errors.opensAfterCloses");
    }
    if (startsOn && f.applicationsCloseOn && f.applicationsCloseOn >= startsOn) issue("applicationsCloseOn", "staff.events.errors.closesAfterStart");
    if (startsOn && f.applicationsOpenOn && f.applicationsOpenOn >= startsOn) issue("applicationsOpenOn", "staff.events.errors.opensAfterStart");
  }
  const keepsCover = f.coverImage || (f.coverImageKey !== undefined && !f.removeCover);
  if (keepsCover && !f.coverImageAlt) issue("coverImageAlt", "staff.events.errors.coverImageAltNeeded");
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
    .string({ error: key("staff.events.cancel.errors.missing") })
    .trim()
    .min(10, key("staff.events.cancel.errors.tooShort"))
    .max(4000, key("staff.events.cancel.errors.tooLong")),
});

export const eventIdSchema = z.object({ eventId: z.string().min(1).max(40) });

// ---------------------------------------------------------------- the public events list

/** Unknown values are dropped, not errors: a hand-edited address still shows a list. */
export const eventFilterSchema = z.object({
  kind: z.preprocess(firstValue, z.enum(EVENT_KINDS).optional()).catch(undefined),
  country: z.preprocess(firstValue, z.enum(COUNTRY_CODES).optional()).catch(undefined),
  year: z.preprocess(firstValue, z.coerce.number().int().min(2000).max(2100).optional()).catch(undefined),
});

export type EventFilters = z.output<typeof eventFilterSchema>;

/** A filter value in the address that names nothing the filter knows, left out of the list. */
export type IgnoredEventFilter = { filter: keyof EventFilters; value: string };

/** The filters from the address, and the values left out because no filter knows them. */
export function readEventFilters(params: Record<string, string | string[] | undefined>): { filters: EventFilters; ignored: IgnoredEventFilter[] } {
  const sent = { kind: firstValue(params.kind) || undefined, country: firstValue(params.country) || undefined, year: firstValue(params.year) || undefined };
  const filters = eventFilterSchema.parse(sent);
  const ignored: IgnoredEventFilter[] = [];
  for (const filter of ["kind", "country", "year"] as const) {
    const value = sent[filter];
    if (value !== undefined && filters[filter] === undefined) ignored.push({ filter, value });
  }
  return { filters, ignored };
}

/** "kind=workshop&country=ES&year=2017&page=2", in a fixed order, empty values left out. */
function eventFilterQuery(filters: EventFilters, page = 1): string {
  const q = new URLSearchParams();
  if (filters.kind) q.set("kind", filters.kind);
  if (filters.country) q.set("country", filters.country);
  if (filters.year) q.set("year", String(filters.year));
  if (page > 1) q.set("page", String(page));
  return q.toString();
}

/** The address of a page of the events list with these filters. */
export function eventsPageHref(filters: EventFilters, page: number): string {
  const q = eventFilterQuery(filters, page);
  return q ? `/events?${q}` : "/events";
}

export const isFiltered = (filters: EventFilters): boolean => Boolean(filters.kind || filters.country || filters.year);
