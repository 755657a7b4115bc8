// The events list's filters in the address: what is kept, and what is left out and named.
import { describe, expect, it } from "vitest";
import { eventsPageHref, readEventFilters } from "@/lib/events/schema";

describe("the events list's filters", () => {
  it("keeps known values", () => {
    expect(readEventFilters({ kind: "workshop", country: "ES", year: "2017" })).toEqual({ filters: { kind: "workshop", country: "ES", year: 2017 }, ignored: [] });
  });

  it("leaves out unknown values and names each one, so the page can say so", () => {
    expect(readEventFilters({ kind: "bogus", country: ["XX", "ES"], year: "1066", page: "2" })).toEqual({
      filters: { kind: undefined, country: undefined, year: undefined },
      ignored: [
        { filter: "kind", value: "bogus" },
        { filter: "country", value: "XX" },
        { filter: "year", value: "1066" },
      ],
    });
    expect(readEventFilters({ kind: "", year: "" }).ignored).toEqual([]);
  });

  it("writes the address without what it left out", () => {
    expect(eventsPageHref(readEventFilters({ kind: "bogus", country: "ES" }).filters, 1)).toBe("/events?country=ES");
  });
});
