// The event page from its data alone: with nothing for the main column (no cover, programme
// or curators), "When and where" and "Taking part" use the full width instead of standing
// beside an empty column; a cancelled event never shows the viewer's "you have a place".
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { EventDetails } from "@/components/events/event-details";
import type { PublicEvent } from "@/lib/events/queries";
import { renderIn } from "@/tests/support/intl";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const event: PublicEvent = {
  id: "e1", slug: "telling-stories", kind: "workshop", title: "Telling stories", theme: null, summary: "Two days on stories.",
  startsOn: day("2031-03-22"), endsOn: day("2031-03-23"), datePrecision: "day", timeZone: "Europe/Madrid", city: "Madrid", countryCode: "ES",
  venueName: "Factoría Cultural", status: "published", participation: "information", capacity: null, applicationsOpenOn: null,
  applicationsCloseOn: null, _count: { applications: 0 }, programme: "", startTime: null, endTime: null, venueAddress: null, latitude: null,
  longitude: null, cancelMessage: null, coverImageKey: null, coverImageAlt: null, curators: [], publishedAt: null, updatedAt: day("2031-01-01"), hub: null,
};
const render = (over: Partial<PublicEvent>) => renderIn("en-GB", createElement(EventDetails, { event: { ...event, ...over }, now: day("2031-01-01") }));
/** The classes of the element that holds the main column and the aside, and of the aside. */
const layout = (html: string) => ({
  columns: /lg:grid-cols-\[1fr_22rem\]/.test(html),
  asideClass: html.match(/<aside aria-label="When, where and taking part"(?: class="([^"]*)")?/)?.[1] ?? "",
});

describe("EventDetails layout", () => {
  it("uses the full width for when, where and taking part when there is no programme", async () => {
    const { columns, asideClass } = layout(await render({}));
    expect(columns).toBe(false);
    expect(asideClass).toContain("lg:grid-cols-2");
  });

  it.each<[string, Partial<PublicEvent>]>([
    ["a programme", { programme: "## Day one" }],
    ["curators", { curators: ["Ana Ribeiro"] }],
    ["a cover image", { coverImageKey: "events/cover.webp", coverImageAlt: "The hall" }],
  ])("keeps the side column beside %s", async (_, over) => {
    const { columns, asideClass } = layout(await render(over));
    expect(columns).toBe(true);
    expect(asideClass).toBe("");
  });
});

describe("EventDetails for a signed-in applicant", () => {
  const personal = () => createElement("p", null, "You are registered: your place is confirmed.");
  it("shows where their application stands", async () => {
    expect(await renderIn("en-GB", createElement(EventDetails, { event, now: day("2031-01-01"), personal }))).toContain("your place is confirmed");
  });
  it("lets a cancellation win: no confirmed place beside “This event has been cancelled”", async () => {
    const html = await renderIn("en-GB", createElement(EventDetails, { event: { ...event, status: "cancelled" }, now: day("2031-01-01"), personal }));
    expect(html).toContain("This event has been cancelled.");
    expect(html).not.toContain("your place is confirmed");
  });
});
