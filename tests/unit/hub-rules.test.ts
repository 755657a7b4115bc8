// The plain rules about hubs: what makes two hubs the same, when a hub needs confirming,
// and what the hub form and the filters accept.
import { describe, expect, it } from "vitest";
import { diffSnapshots, hubSnapshot, isConfirmationDue, isStale, matchKey, websiteKey } from "@/lib/hubs/rules";
import { hubFilterQuery, hubSchema, parseHubFilters, readHubFilters } from "@/lib/hubs/schema";

const valid = {
  name: "Factoría Cultural",
  kind: "incubator",
  format: "static",
  disciplines: ["music", "design"],
  summary: "A creative incubator in the old slaughterhouse of Madrid.",
  latitude: "40.3917",
  longitude: "-3.6979",
  contactEmail: "Hello@Example.org",
  city: "Madrid",
  countryCode: "ES",
};

const errorsOf = (input: Record<string, unknown>) => {
  const result = hubSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe("keys that make two hubs the same", () => {
  it("ignores case, accents, spaces and punctuation in names", () => {
    expect(matchKey("Factoría  Cultural!")).toBe(matchKey("factoria cultural"));
    expect(matchKey("Hub A")).not.toBe(matchKey("Hub B"));
  });

  it("compares websites by host and path, without scheme, www or trailing slash", () => {
    expect(websiteKey("https://www.Example.org/")).toBe("example.org");
    expect(websiteKey("http://example.org")).toBe("example.org");
    expect(websiteKey("https://example.org/hub/")).toBe("example.org/hub");
    expect(websiteKey("not a url")).toBeNull();
    expect(websiteKey(null)).toBeNull();
  });
});

describe("confirmation", () => {
  const now = new Date("2026-11-23T12:00:00Z");
  it("asks for confirmation after a year and calls a hub stale after 18 months", () => {
    expect(isConfirmationDue(new Date("2025-12-01"), now)).toBe(false);
    expect(isConfirmationDue(new Date("2025-11-01"), now)).toBe(true);
    expect(isStale(new Date("2025-06-01"), now)).toBe(false);
    expect(isStale(new Date("2025-05-01"), now)).toBe(true);
  });
});

describe("snapshots", () => {
  it("lists the fields that changed, with both values", () => {
    const before = hubSnapshot({ name: "A", disciplines: ["music"], contactEmail: "a@b.org", slug: "ignored" });
    const after = hubSnapshot({ name: "A", disciplines: ["music", "design"], contactEmail: "a@b.org" });
    expect(diffSnapshots(before, after)).toEqual([{ field: "disciplines", before: ["music"], after: ["music", "design"] }]);
  });
});

describe("the hub form", () => {
  it("accepts a complete hub and normalises it", () => {
    const result = hubSchema.parse({ ...valid, story: "", website: "", socialLinks: "https://a.example.org\nhttps://b.example.org", openToExchanges: "on" });
    expect(result).toMatchObject({ contactEmail: "hello@example.org", latitude: 40.3917, openToExchanges: true, services: [] });
    expect(result.story).toBeUndefined();
    expect(result.website).toBeUndefined();
    expect(result.socialLinks).toHaveLength(2);
  });

  it("takes one checkbox as a list of one", () => {
    expect(hubSchema.parse({ ...valid, disciplines: "music", services: "desks" })).toMatchObject({ disciplines: ["music"], services: ["desks"] });
  });

  it("puts a clear message beside each bad field", () => {
    const errors = errorsOf({ ...valid, name: "A", disciplines: [], website: "javascript:alert(1)", contactEmail: "nope", countryCode: "US", foundedYear: "3000", latitude: "40.7", longitude: "-74" });
    expect(errors).toEqual({
      name: "hubForms.errors.name.tooShort",
      disciplines: "hubForms.errors.disciplines",
      website: "hubForms.errors.webAddress",
      contactEmail: "hubForms.errors.email",
      countryCode: "hubForms.errors.country",
      foundedYear: "hubForms.errors.yearInFuture",
      longitude: "hubForms.errors.outsideEurope",
    });
  });

  it("refuses overlong text and unknown codes", () => {
    const errors = errorsOf({ ...valid, summary: "x".repeat(281), kind: "castle", disciplines: ["music", "alchemy"] });
    expect(errors).toEqual({ summary: "hubForms.errors.summary.tooLong", kind: "hubForms.errors.kind", disciplines: "hubForms.errors.fromTheList" });
  });

  it("asks for the town or the pin when coordinates are missing, not for a point in Europe", () => {
    const missing = "hubForms.errors.noPlace";
    expect(errorsOf({ ...valid, latitude: "", longitude: undefined })).toEqual({ latitude: missing, longitude: missing });
    expect(errorsOf({ ...valid, latitude: "   " }).latitude).toBe(missing);
  });

  it("reads coordinates in decimal notation only, not as JavaScript would read them", () => {
    expect(errorsOf({ ...valid, latitude: "0x30" }).latitude).toBe("hubForms.errors.latitudeMalformed");
    for (const latitude of ["1e1", "48,5", "Infinity", "48.5.1", "--48", "0b110000", "48 N"]) {
      expect(errorsOf({ ...valid, latitude }), latitude).toEqual({ latitude: "hubForms.errors.latitudeMalformed" });
    }
    expect(hubSchema.parse({ ...valid, latitude: " +46.5 ", longitude: "-.5" })).toMatchObject({ latitude: 46.5, longitude: -0.5 });
    expect(hubSchema.parse({ ...valid, latitude: "48", longitude: "14." })).toMatchObject({ latitude: 48, longitude: 14 });
  });
});

describe("filters in the URL", () => {
  it("keeps known values and drops unknown ones instead of failing", () => {
    expect(parseHubFilters({ kind: "lab", country: "ZZ", q: "  music ", open: "1", stale: "yes", discipline: ["music", "design"] })).toEqual({
      kind: "lab",
      q: "music",
      open: "1",
      discipline: "music",
      country: undefined,
      stale: undefined,
    });
  });

  it("names the values it left out, so the page can say so", () => {
    expect(readHubFilters({ country: "XX", kind: "lab", discipline: ["alchemy", "music"], open: "yes", stale: "", q: "x".repeat(101), page: "2" })).toEqual({
      filters: { kind: "lab", country: undefined, discipline: undefined, open: undefined, q: undefined },
      ignored: [
        { filter: "q", value: "x".repeat(101) },
        { filter: "country", value: "XX" },
        { filter: "discipline", value: "alchemy" },
        { filter: "open", value: "yes" },
      ],
    });
    expect(readHubFilters(new URLSearchParams("country=SI&kind=lab")).ignored).toEqual([]);
  });

  it("writes filters back in a stable order", () => {
    const filters = parseHubFilters(new URLSearchParams("open=1&kind=lab&q=x"));
    expect(hubFilterQuery(filters, { page: 2 })).toBe("kind=lab&open=1&q=x&page=2");
    expect(hubFilterQuery({})).toBe("");
  });
});
