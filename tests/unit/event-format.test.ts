// The programme's dates, times and counts in each language: lib says which form applies, the
// catalogue words it (messages/<locale>/events.json), English as it always read.
import { createElement } from "react";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { EventCard } from "@/components/events/event-card";
import { EventDetails } from "@/components/events/event-details";
import type { Locale } from "@/i18n/languages";
import { loadMessages } from "@/i18n/messages";
import { eventDates, formatDate, formatEventDates } from "@/lib/events/format";
import type { EventCard as EventCardData, PublicEvent } from "@/lib/events/queries";
import { eventTimes, timeZoneName } from "@/lib/events/times";
import type { Msg } from "@/lib/message";
import { renderIn } from "@/tests/support/intl";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const translator = async (locale: Locale) => createTranslator({ locale, messages: await loadMessages(locale), timeZone: "Europe/Brussels" });
const words = async (m: Msg, locale: Locale) => (await translator(locale))(m.key, m.values as never);
const days = (start: string, end: string, datePrecision: "day" | "month" | "unknown" = "day") => ({ startsOn: d(start), endsOn: d(end), datePrecision });

describe("event dates", () => {
  it("read in British English as before, from the catalogue", () => {
    expect(formatEventDates(days("2017-03-22", "2017-03-23"))).toBe("22–23 March 2017");
    expect(formatEventDates(days("2017-03-30", "2017-04-02"))).toBe("30 March – 2 April 2017");
    expect(formatEventDates(days("2017-12-30", "2018-01-02"))).toBe("30 December 2017 – 2 January 2018");
    expect(formatEventDates(days("2017-06-07", "2017-06-07"))).toBe("7 June 2017");
    expect(formatEventDates(days("2017-10-01", "2017-10-31", "month"))).toBe("October 2017 (exact dates not published)");
    expect(formatEventDates(days("2017-01-01", "2017-01-01", "unknown"))).toBe("Dates not published");
    // An instant's UTC day, late in the evening in Brussels or not.
    expect(formatDate(new Date("2026-12-04T23:30:00Z"))).toBe("4 December 2026");
  });

  it.each<[Locale, string, string, string]>([
    ["de", "22.–23. März 2017", "30. März – 2. April 2017", "Oktober 2017 (genaue Termine nicht veröffentlicht)"],
    ["el", "22–23 Μαρτίου 2017", "30 Μαρτίου – 2 Απριλίου 2017", "Οκτώβριος 2017 (οι ακριβείς ημερομηνίες δεν έχουν δημοσιευτεί)"],
    ["pt-PT", "22–23 de março de 2017", "30 de março – 2 de abril de 2017", "outubro de 2017 (datas exatas não publicadas)"],
    ["es", "22–23 de marzo de 2017", "30 de marzo – 2 de abril de 2017", "octubre de 2017 (fechas exactas no publicadas)"],
    ["sr-Latn", "22.–23. mart 2017.", "30. mart – 2. april 2017.", "oktobar 2017. (tačni datumi nisu objavljeni)"],
  ])("read in %s", async (locale, sameMonth, sameYear, month) => {
    expect(await words(eventDates(days("2017-03-22", "2017-03-23")), locale)).toBe(sameMonth);
    expect(await words(eventDates(days("2017-03-30", "2017-04-02")), locale)).toBe(sameYear);
    expect(await words(eventDates(days("2017-10-01", "2017-10-31", "month")), locale)).toBe(month);
  });
});

describe("event times", () => {
  const berlin = { startsOn: d("2027-06-01"), endsOn: d("2027-06-01"), startTime: "14:00", endTime: "18:00", timeZone: "Europe/Berlin" };

  it("are the event's own wall-clock times, whatever the zone", () => {
    const times = eventTimes({ ...berlin, timeZone: "Europe/Lisbon" })!;
    expect(times.form).toBe("sameDay");
    expect(times.start.toISOString()).toBe("2027-06-01T13:00:00.000Z");
    expect(eventTimes({ ...berlin, startTime: null, endTime: null })).toBeNull();
    expect(eventTimes({ ...berlin, endsOn: d("2027-06-02"), endTime: null })!.form).toBe("startsOn");
  });

  it("read on the event page in the event's zone, named in the page's language", async () => {
    const event: PublicEvent = {
      id: "e2", slug: "berlin-day", kind: "forum", title: "Berlin day", theme: null, summary: "One afternoon.",
      ...berlin, datePrecision: "day", city: "Berlin", countryCode: "DE", venueName: "betahaus", status: "published", participation: "information",
      capacity: null, applicationsOpenOn: null, applicationsCloseOn: null, _count: { applications: 0 }, programme: "", venueAddress: null,
      latitude: null, longitude: null, cancelMessage: null, coverImageKey: null, coverImageAlt: null, curators: [], publishedAt: null, updatedAt: d("2027-01-01"), hub: null,
    };
    const text = async (locale: Locale, over: Partial<PublicEvent> = {}) =>
      (await renderIn(locale, createElement(EventDetails, { event: { ...event, ...over }, now: d("2027-01-01") }))).replace(/<[^>]+>/g, " ");
    expect(await text("en-GB")).toContain("14:00 to 18:00, Central European Summer Time (Europe/Berlin)");
    expect(await text("en-GB", { endsOn: d("2027-06-02"), endTime: "12:30" })).toContain("From 14:00 on 1 June 2027 to 12:30 on 2 June 2027, Central European Summer Time (Europe/Berlin)");
    expect(await text("de")).toContain("14:00 bis 18:00 Uhr, Mitteleuropäische Sommerzeit (Europe/Berlin)");
    expect(await text("de")).toContain("Creative Hubs Forum · 1. Juni 2027");
  });

  it("name the zone in the page's language", () => {
    expect(timeZoneName(berlin, "en-GB")).toBe("Central European Summer Time");
    expect(timeZoneName(berlin, "de")).toBe("Mitteleuropäische Sommerzeit");
    expect(timeZoneName(berlin, "sr-Latn")).toBe("Srednjeevropsko letnje vreme");
  });
});

describe("the events list's count", () => {
  const count = async (locale: Locale, total: number, upcoming = 0, filtered = false) =>
    (await translator(locale))("events.index.results", { total, upcoming, filtered: filtered ? "yes" : "no" });

  it("reads as before in English", async () => {
    expect(await count("en-GB", 1)).toBe("1 event.");
    expect(await count("en-GB", 1234, 2)).toBe("1,234 events, 2 upcoming.");
    expect(await count("en-GB", 1, 0, true)).toBe("1 event matches your filters.");
    expect(await count("en-GB", 0, 0, true)).toBe("0 events match your filters.");
  });

  it("uses Serbian's three forms and Portuguese's many", async () => {
    expect(await count("sr-Latn", 21)).toBe("21 događaj.");
    expect(await count("sr-Latn", 3, 2)).toBe("3 događaja, 2 predstojeća.");
    expect(await count("sr-Latn", 5, 5)).toBe("5 događaja, 5 predstojećih.");
    // "many" is the form for a million; the digits are grouped with narrow spaces.
    expect(await count("pt-PT", 1_000_000)).toMatch(/^1\s000\s000 eventos\.$/);
    expect(await count("pt-PT", 1, 1)).toBe("1 evento, 1 a realizar.");
  });
});

describe("an event card", () => {
  const card: EventCardData = {
    id: "e1", slug: "telling-stories", kind: "workshop", title: "Telling stories", theme: null, summary: "Two days on stories.",
    startsOn: d("2031-03-22"), endsOn: d("2031-03-23"), datePrecision: "day", timeZone: "Europe/Madrid", city: "Madrid", countryCode: "ES",
    venueName: null, status: "published", participation: "registration", capacity: 10, applicationsOpenOn: null, applicationsCloseOn: d("2031-03-01"),
    _count: { applications: 10 },
  };

  it("is worded in the page's language, links within it, and names the country in it", async () => {
    const html = await renderIn("sr-Latn", createElement(EventCard, { event: card, now: d("2031-01-01") }));
    expect(html).toContain("Radionica veština");
    expect(html).toContain("22.–23. mart 2031.");
    expect(html).toContain("Madrid, Španija (mesto održavanja biće potvrđeno)");
    expect(html).toContain("Popunjeno: lista čekanja");
    expect(html).toContain('href="/sr/events/telling-stories"');
  });

  it("reads in English as before", async () => {
    const html = await renderIn("en-GB", createElement(EventCard, { event: card, now: d("2031-01-01") }));
    expect(html).toContain("Madrid, Spain (venue to be confirmed)");
    expect(html).toContain("Registration is open until 1 March 2031. Every seat is taken: you can join the waiting list.");
    expect(html).toContain('href="/events/telling-stories"');
  });
});
