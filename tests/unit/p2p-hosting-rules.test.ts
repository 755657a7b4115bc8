// Opening a hub to hosting: the form's limits (a bounded list of languages, 1–10 places) and
// when the page and the commands refuse, each with its reason as a catalogue key.
import { describe, expect, it } from "vitest";
import { changeRefusal, HOSTING_LANGUAGES, hostingRefusal, languageName, languageOptions, placesRefusal, stopRefusal } from "@/lib/p2p/hosts/rules";
import { hostingSchema } from "@/lib/p2p/hosts/schema";

const NOW = new Date("2027-03-15T12:00:00Z");
const round = (opensOn: string, closesOn: string, over: Partial<{ status: "draft" | "published" | "in_review"; countries: string[] }> = {}) => ({
  status: "published" as const, opensOn: new Date(`${opensOn}T00:00:00Z`), closesOn: new Date(`${closesOn}T00:00:00Z`), timeZone: "Europe/Brussels", countries: ["PT", "NL"], ...over,
});

describe("when a hub may host", () => {
  it("while the round is open or not open yet, in one of the round's countries", () => {
    expect(hostingRefusal(round("2027-03-01", "2027-03-31"), { countryCode: "PT" }, NOW)).toBeNull();
    expect(hostingRefusal(round("2027-04-01", "2027-04-30"), { countryCode: "NL" }, NOW)).toBeNull();
    expect(hostingRefusal(round("2027-03-01", "2027-03-31"), { countryCode: "DE" }, NOW)).toEqual({ key: "p2pHosting.errors.countryNotInRound" });
  });

  it("not once the window has closed, nor once the round moved on to review", () => {
    expect(hostingRefusal(round("2027-02-01", "2027-03-14"), { countryCode: "PT" }, NOW)).toEqual({ key: "p2pHosting.errors.roundClosed" });
    expect(changeRefusal(round("2027-03-01", "2027-03-31", { status: "in_review" }), NOW)).toEqual({ key: "p2pHosting.errors.roundClosed" });
    // A hub already hosting may change its offer even if its country has since left the list.
    expect(changeRefusal(round("2027-03-01", "2027-03-31", { countries: [] }), NOW)).toBeNull();
  });

  it("never below the places taken; never stopping while a request is open", () => {
    expect(placesRefusal(2, 2)).toBeNull();
    expect(placesRefusal(1, 2)).toEqual({ key: "p2pHosting.errors.placesBelowTaken", values: { taken: 2 } });
    expect(stopRefusal(0)).toBeNull();
    expect(stopRefusal(3)).toEqual({ key: "p2pHosting.errors.requestsOpen", values: { count: 3 } });
  });
});

describe("the hosting form", () => {
  const form = { hubId: "h1", roundId: "r1", offer: "A desk.", availability: "June", languages: ["pt", "en", "pt"], places: "3" };

  it("takes a few languages from the list, once each, and a number of places from 1 to 10", () => {
    expect(hostingSchema.parse(form)).toEqual({ ...form, languages: ["pt", "en"], places: 3 });
    expect(hostingSchema.parse({ ...form, languages: "sr" }).languages).toEqual(["sr"]);
    for (const places of ["0", "11", "2.5", "", "many"]) expect(hostingSchema.safeParse({ ...form, places }).success, places).toBe(false);
  });

  it("refuses a language outside the list, no language at all, and empty answers, each with its own words", () => {
    const issues = (over: Record<string, unknown>) => hostingSchema.safeParse({ ...form, ...over }).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues({ languages: [] })).toEqual([["languages", "p2pHosting.errors.languagesMissing"]]);
    expect(hostingSchema.safeParse({ ...form, languages: ["xx"] }).success).toBe(false);
    expect(issues({ offer: "  ", availability: "" })).toEqual([
      ["offer", "p2pHosting.errors.offerMissing"],
      ["availability", "p2pHosting.errors.availabilityMissing"],
    ]);
  });

  it("names each language in the reader's language, in their alphabetical order", () => {
    expect(new Set(HOSTING_LANGUAGES).size).toBe(HOSTING_LANGUAGES.length);
    expect(languageName("de", "de")).toBe("Deutsch");
    expect(languageName("sr", "sr-Latn")).toBe("srpski");
    expect(languageName("el", "el")).toBe("Ελληνικά");
    expect(languageOptions(["pt", "de", "en"], "en-GB").map((o) => o.label)).toEqual(["English", "German", "Portuguese"]);
    expect(languageOptions(["pt", "de", "en"], "de").map((o) => o.label)).toEqual(["Deutsch", "Englisch", "Portugiesisch"]);
  });
});
