// The staff event form: every field's own rule and every rule comparing fields, with the
// message shown beside the field it is about. The schema gives catalogue keys (staff.events.*);
// they are read here in English, the exact sentences staff see.
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/messages";
import { cancelEventSchema, eventFormValues, eventSchema, parseDay } from "@/lib/events/schema";
import { EVENT_TIME_ZONES } from "@/lib/events/fields";
import { issueMessage } from "@/lib/forms";
import { isMessageKey } from "@/lib/message";

/** A valid application workshop, as the form sends it. */
const form = (over: Record<string, unknown> = {}) => ({
  kind: "workshop",
  title: "Telling your hub's story",
  theme: "Communication for small teams",
  summary: "Two days on finding the stories in your hub and getting them read.",
  programme: "## Day one\n- Finding the story",
  datePrecision: "day",
  startsOn: "2027-03-22",
  endsOn: "2027-03-23",
  month: "",
  year: "",
  startTime: "09:30",
  endTime: "17:00",
  timeZone: "Europe/Madrid",
  city: "Madrid",
  countryCode: "ES",
  venueName: "Factoría Cultural",
  venueAddress: "Paseo de la Chopera 14, Madrid",
  latitude: "40.391",
  longitude: "-3.698",
  hostHub: "",
  capacity: "24",
  participation: "application",
  applicationsOpenOn: "2027-01-10",
  applicationsCloseOn: "2027-02-26",
  curators: "Ana Ribeiro\n\n  Tomás Lindqvist  \n",
  coverImageAlt: "",
  coverImageKey: "",
  ...over,
});

let english: (message: ReturnType<typeof issueMessage>) => string;
beforeAll(async () => {
  const t = createTranslator({ locale: "en-GB", messages: await loadMessages("en-GB") });
  english = (message) => (typeof message === "string" ? message : t(message.key, message.values as never));
});

/** The messages by field of a refused form, in English, as lib/forms.ts gives them to the fields. */
function errors(over: Record<string, unknown>, schema: typeof eventSchema | typeof cancelEventSchema = eventSchema, input: unknown = form(over)): Record<string, string[]> {
  const result = schema.safeParse(input);
  expect(result.success, "the form should be refused").toBe(false);
  const out: Record<string, string[]> = {};
  for (const issue of result.error!.issues) {
    expect(isMessageKey(issue.message), `a catalogue key, not a sentence: ${issue.message}`).toBe(true);
    (out[String(issue.path[0])] ??= []).push(english(issueMessage(issue)));
  }
  return out;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("a valid event", () => {
  it("comes out with dates as days, lists split and empty fields as null", () => {
    const event = eventSchema.parse(form({ theme: "  ", venueAddress: "" }));
    expect(event).toMatchObject({
      kind: "workshop",
      title: "Telling your hub's story",
      theme: null,
      startsOn: day("2027-03-22"),
      endsOn: day("2027-03-23"),
      startTime: "09:30",
      endTime: "17:00",
      venueAddress: null,
      latitude: 40.391,
      longitude: -3.698,
      capacity: 24,
      applicationsOpenOn: day("2027-01-10"),
      applicationsCloseOn: day("2027-02-26"),
      curators: ["Ana Ribeiro", "Tomás Lindqvist"],
      hostHub: null,
      coverImageKey: null,
      coverImageAlt: null,
    });
    expect(Object.keys(event)).not.toContain("coverImage");
    expect(Object.keys(event)).not.toContain("month");
  });

  it("is a one-day event when the last day is left empty", () => {
    const event = eventSchema.parse(form({ endsOn: "" }));
    expect(event.endsOn).toEqual(event.startsOn);
  });

  it("takes a month and a year for dates to be confirmed, as the month's first and last day", () => {
    const event = eventSchema.parse(form({ datePrecision: "month", startsOn: "", endsOn: "", month: "2", year: "2028", startTime: "", endTime: "", applicationsOpenOn: "", applicationsCloseOn: "" }));
    expect(event).toMatchObject({ datePrecision: "month", startsOn: day("2028-02-01"), endsOn: day("2028-02-29"), startTime: null, endTime: null });
    const december = eventSchema.parse(form({ datePrecision: "month", month: "12", year: "2027", startTime: "", endTime: "", applicationsOpenOn: "", applicationsCloseOn: "" }));
    expect(december.endsOn).toEqual(day("2027-12-31"));
  });

  it("leaves the seats unlimited when the capacity is empty, for applications", () => {
    expect(eventSchema.parse(form({ capacity: "" })).capacity).toBeNull();
  });

  it("drops the application window of an information-only event", () => {
    const event = eventSchema.parse(form({ participation: "information", applicationsCloseOn: "2027-04-01" }));
    expect(event).toMatchObject({ applicationsOpenOn: null, applicationsCloseOn: null });
  });

  it("reads a host hub from its page's address, and keeps a name or slug as typed for the lookup", () => {
    expect(eventSchema.parse(form({ hostHub: "https://creativehubs.eu/hubs/betahaus-berlin?x=1" })).hostHub).toBe("betahaus-berlin");
    expect(eventSchema.parse(form({ hostHub: "/hubs/betahaus-berlin/" })).hostHub).toBe("betahaus-berlin");
    expect(eventSchema.parse(form({ hostHub: "  Marvila Creative Docks " })).hostHub).toBe("Marvila Creative Docks");
    expect(errors({ hostHub: "x".repeat(301) }).hostHub).toEqual(["Enter the hub's name or the address of its page, at most 300 characters."]);
  });

  it("keeps a carried cover unless it is removed", () => {
    expect(eventSchema.parse(form({ coverImageKey: "events/abc.webp", coverImageAlt: "The hall" })).coverImageKey).toBe("events/abc.webp");
    expect(eventSchema.parse(form({ coverImageKey: "events/abc.webp", removeCover: "on" })).coverImageKey).toBeNull();
  });
});

describe("each field's own rules", () => {
  it("needs the kind, title, summary, city, country, time zone and participation", () => {
    const e = errors({ kind: "", title: "", summary: "", city: "", countryCode: "", timeZone: "", participation: "" });
    expect(e).toMatchObject({
      kind: ["Choose the kind of event."],
      title: ["Enter the title."],
      summary: ["Enter a short summary."],
      city: ["Enter the town or city."],
      countryCode: ["Choose the country."],
      timeZone: ["Choose the time zone where the event takes place."],
      participation: ["Choose how people take part."],
    });
  });

  it("limits the lengths", () => {
    expect(errors({ title: "ab" }).title).toEqual(["The title needs at least 3 characters."]);
    expect(errors({ summary: "Too short." }).summary).toEqual(["A short summary needs at least 20 characters."]);
    expect(errors({ programme: "x".repeat(20_001) }).programme).toEqual(["Keep the programme to 20,000 characters or fewer."]);
    expect(errors({ title: "x".repeat(161) }).title).toEqual(["Keep the title to 160 characters or fewer."]);
  });

  it("refuses a time zone outside the list and a country not in Europe's list", () => {
    expect(errors({ timeZone: "America/New_York" }).timeZone).toBeDefined();
    expect(errors({ countryCode: "US" }).countryCode).toEqual(["Choose the country."]);
  });

  it.each(["22/03/2027", "2027-3-22", "2027-02-30", "2027-13-01", "tomorrow", "1999-12-31"])("refuses the malformed date %s", (value) => {
    expect(errors({ startsOn: value }).startsOn).toEqual(["Enter the first day as a date, like 2027-03-22."]);
  });

  it.each(["9:30", "24:00", "12:60", "noon"])("refuses the malformed time %s", (value) => {
    expect(errors({ startTime: value }).startTime).toEqual(["Enter a time on the 24-hour clock, like 09:30 or 17:00."]);
  });

  it.each([
    ["-3", "Enter at least 1 seat, or leave the field empty if the seats are not limited."],
    ["0", "Enter at least 1 seat, or leave the field empty if the seats are not limited."],
    ["2.5", "Enter the number of seats as a whole number, like 24."],
    ["lots", "Enter the number of seats as a whole number, like 24."],
    ["1000000", "Enter at most 100,000 seats."],
  ])("refuses the capacity %s", (value, message) => {
    expect(errors({ capacity: value }).capacity).toEqual([message]);
  });

  it("keeps the map position within Europe", () => {
    expect(errors({ latitude: "10" }).latitude).toEqual(["That point is outside Europe: check the latitude."]);
    expect(errors({ longitude: "120" }).longitude).toEqual(["That point is outside Europe: check the longitude."]);
    expect(errors({ latitude: "north" }).latitude).toEqual(["Enter the latitude in decimal degrees, like 40.391."]);
    expect(errors({ latitude: "0x30" }).latitude).toEqual(["Enter the latitude in decimal degrees, like 40.391."]);
    expect(errors({ longitude: "1e1" }).longitude).toEqual(["Enter the longitude in decimal degrees, like -3.698."]);
  });

  it("limits the curators to twenty names of 120 characters", () => {
    expect(errors({ curators: Array.from({ length: 21 }, (_, i) => `Person ${i}`).join("\n") }).curators).toEqual(["List at most 20 people, one per line."]);
    expect(errors({ curators: "x".repeat(121) }).curators).toEqual(["Keep each name to 120 characters or fewer."]);
  });
});

describe("rules comparing fields", () => {
  it("refuses an end before the start, at the last day", () => {
    expect(errors({ endsOn: "2027-03-21" })).toEqual({ endsOn: ["The event cannot end before it starts: the last day must be on or after the first."] });
  });

  it("shows the rules comparing fields together with every other field's message, not after they are fixed", () => {
    expect(errors({ title: "", capacity: "lots", endsOn: "2027-03-21", applicationsCloseOn: "2027-04-01", startTime: "9:30" })).toEqual({
      title: ["Enter the title."],
      capacity: ["Enter the number of seats as a whole number, like 24."],
      startTime: ["Enter a time on the 24-hour clock, like 09:30 or 17:00."],
      endsOn: ["The event cannot end before it starts: the last day must be on or after the first."],
      applicationsCloseOn: ["Applications must close before the event starts: choose a day before its first day."],
    });
    expect(errors({ kind: "party", datePrecision: "month", startsOn: "", endsOn: "", month: "", year: "2027", startTime: "" }).month).toEqual(["Choose the month."]);
  });

  it("gives a field refused for its own rules that one message only", () => {
    expect(errors({ title: "", startsOn: "tomorrow" })).toEqual({ title: ["Enter the title."], startsOn: ["Enter the first day as a date, like 2027-03-22."] });
    expect(errors({ summary: "", latitude: "north" })).toMatchObject({ latitude: ["Enter the latitude in decimal degrees, like 40.391."] });
  });

  it("needs the first day when the days are known", () => {
    expect(errors({ startsOn: "" }).startsOn).toEqual(["Enter the first day of the event."]);
  });

  it("needs the month and year when only the month is known", () => {
    const e = errors({ datePrecision: "month", startTime: "", endTime: "" });
    expect(e.month).toEqual(["Choose the month."]);
    expect(e.year).toEqual(["Enter the year, like 2027."]);
  });

  it("refuses times on an event whose days are not known yet", () => {
    const e = errors({ datePrecision: "month", month: "10", year: "2027", applicationsOpenOn: "", applicationsCloseOn: "" });
    expect(e.startTime?.[0]).toMatch(/^Times can be given only when the days are known/);
    expect(e.endTime?.[0]).toMatch(/^Times can be given only when the days are known/);
  });

  it("refuses an end time before the start time on a one-day event, not on a longer one", () => {
    expect(errors({ endsOn: "", startTime: "17:00", endTime: "09:00" })).toEqual({ endTime: ["On a one-day event the end time must be after the start time."] });
    expect(errors({ endsOn: "2027-03-22", startTime: "10:00", endTime: "10:00" }).endTime).toBeDefined();
    expect(eventSchema.safeParse(form({ startTime: "17:00", endTime: "09:00" })).success).toBe(true);
  });

  it("refuses a window closing on or after the event's first day", () => {
    const message = "Applications must close before the event starts: choose a day before its first day.";
    expect(errors({ applicationsCloseOn: "2027-03-22" })).toEqual({ applicationsCloseOn: [message] });
    expect(errors({ applicationsCloseOn: "2027-04-01" })).toEqual({ applicationsCloseOn: [message] });
    expect(eventSchema.safeParse(form({ applicationsCloseOn: "2027-03-21" })).success).toBe(true);
  });

  it("refuses a window closing after the start of a month-only event", () => {
    const e = errors({ datePrecision: "month", month: "3", year: "2027", startTime: "", endTime: "", applicationsCloseOn: "2027-03-05" });
    expect(e.applicationsCloseOn?.[0]).toMatch(/^Applications must close before the event starts/);
  });

  it("refuses a window that opens after it closes, or once the event has started", () => {
    expect(errors({ applicationsOpenOn: "2027-02-27" })).toEqual({ applicationsOpenOn: ["Applications must open on or before the day they close."] });
    expect(errors({ applicationsOpenOn: "2027-03-22", applicationsCloseOn: "" }).applicationsOpenOn).toEqual(["Applications must open before the event starts."]);
  });

  it("does not check the window of an information-only event", () => {
    expect(eventSchema.safeParse(form({ participation: "information", applicationsCloseOn: "2027-04-01" })).success).toBe(true);
  });

  it("needs a capacity for open registration", () => {
    expect(errors({ participation: "registration", capacity: "" }).capacity?.[0]).toMatch(/^Enter the number of seats: open registration needs it/);
  });

  it("needs both coordinates or neither", () => {
    expect(errors({ longitude: "" })).toEqual({ longitude: ["Give both the latitude and the longitude, or neither."] });
    expect(eventSchema.parse(form({ latitude: "", longitude: "" }))).toMatchObject({ latitude: null, longitude: null });
  });

  it("needs a description for a new or kept cover image, not for a removed one", () => {
    const file = new File([new Uint8Array([1, 2, 3])], "cover.jpg", { type: "image/jpeg" });
    expect(errors({ coverImage: file })).toEqual({ coverImageAlt: ["Describe the cover image for people who cannot see it."] });
    expect(errors({ coverImageKey: "events/abc.webp" }).coverImageAlt).toBeDefined();
    expect(eventSchema.safeParse(form({ coverImageKey: "events/abc.webp", removeCover: "on" })).success).toBe(true);
    expect(eventSchema.safeParse(form({ coverImage: new File([], "empty") })).success).toBe(true);
  });
});

describe("the cancellation's message", () => {
  it("is needed, a sentence or two, and at most 4,000 characters", () => {
    const cancel = (message?: string) => errors({}, cancelEventSchema, { eventId: "e1", message });
    expect(cancel()).toEqual({ message: ["Tell the applicants why the event is cancelled."] });
    expect(cancel("Closed.")).toEqual({ message: ["Tell the applicants in a sentence or two why the event is cancelled."] });
    expect(cancel("x".repeat(4001))).toEqual({ message: ["Keep the message to 4,000 characters or fewer."] });
    expect(cancelEventSchema.safeParse({ eventId: "e1", message: "The venue has closed for repairs." }).success).toBe(true);
  });
});

describe("parseDay", () => {
  it("reads calendar days and refuses impossible ones", () => {
    expect(parseDay("2028-02-29")).toEqual(day("2028-02-29"));
    expect(parseDay("2027-02-29")).toBeNull();
    expect(parseDay(" 2027-01-01 ")).toEqual(day("2027-01-01"));
  });
});

describe("EVENT_TIME_ZONES", () => {
  it("are all zones this runtime knows", () => {
    const known = new Set(Intl.supportedValuesOf("timeZone"));
    // Older ICU data may still name Kyiv by its former spelling.
    const unknown = EVENT_TIME_ZONES.filter((z) => !known.has(z) && !(z === "Europe/Kyiv" && known.has("Europe/Kiev")));
    expect(unknown).toEqual([]);
    for (const zone of EVENT_TIME_ZONES) expect(() => new Intl.DateTimeFormat("en-GB", { timeZone: zone })).not.toThrow();
  });
});

describe("eventFormValues", () => {
  it("gives back what the form sent, so an untouched edit form saves the same event", () => {
    const input = eventSchema.parse(form({ coverImageKey: "events/abc.webp", coverImageAlt: "The hall" }));
    expect(eventSchema.parse(eventFormValues({ ...input, hub: null }))).toEqual(input);
  });

  it("shows a one-day event without a last day and a month event by month and year", () => {
    expect(eventFormValues({ ...eventSchema.parse(form({ endsOn: "" })), hub: { slug: "x" } })).toMatchObject({ endsOn: "", hostHub: "x" });
    const month = eventSchema.parse(form({ datePrecision: "month", month: "10", year: "2027", startTime: "", endTime: "", applicationsOpenOn: "", applicationsCloseOn: "" }));
    expect(eventFormValues({ ...month, hub: null })).toMatchObject({ startsOn: "", endsOn: "", month: "10", year: "2027" });
  });
});
