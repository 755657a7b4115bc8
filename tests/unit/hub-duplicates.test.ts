// When two hubs are probably one: names compared by their match keys, distance, website.
import { describe, expect, it } from "vitest";
import { duplicateReason, editDistance, similarNames, type HubIdentity } from "@/lib/hubs/duplicates";
import { matchKey, websiteKey } from "@/lib/hubs/rules";

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["", "abc", 3],
    ["kitten", "sitting", 3],
    ["flaw", "lawn", 2],
    ["same", "same", 0],
  ])("%s → %s is %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe("similarNames", () => {
  it.each([
    ["Impact Hub Ljubljana", "impact hub ljubljana", "case and spaces"],
    ["Factoría Cultural", "Factoria Cultural", "accents"],
    ["Impact Hub", "Impact Hub Ljubljana", "one inside the other"],
    ["Kino Šiška", "Kino Siska Centre", "one inside the other, accents dropped"],
    ["Makerspace Lyon", "Makerspace Lyonn", "one typo"],
    ["Creative Quarter Hub", "Creativ Quarter Hubb", "two typos in a long name"],
    ["Lab 1", "Lab 2", "a short name, one typo apart"],
    ["Fab Lab", "Fablab", "punctuation and spaces"],
  ])("%s ~ %s (%s)", (a, b) => {
    expect(similarNames(a, b)).toBe(true);
    expect(similarNames(b, a)).toBe(true);
  });

  it.each([
    ["Hub", "Hub Ljubljana", "a short name inside a longer one is not enough"],
    ["Atelier Nord", "Atelier Sud", "different words"],
    ["Creative Quarter Hub", "Creativ Quartre Hubb", "three typos"],
    ["Lab 1", "Lab 22", "a short name, two edits apart"],
    ["Studio Blue", "Studio Green", "too far apart"],
    ["!!!", "???", "no letters at all"],
  ])("%s ≁ %s (%s)", (a, b) => {
    expect(similarNames(a, b)).toBe(false);
  });
});

describe("duplicateReason", () => {
  const ljubljana: HubIdentity = { name: "Impact Hub Ljubljana", city: "Ljubljana", countryCode: "SI", latitude: 46.0511, longitude: 14.5051, website: "https://ljubljana.impacthub.net/" };
  const at = (over: Partial<HubIdentity>): HubIdentity => ({ ...ljubljana, ...over });

  it("a similar name within 5 km is a duplicate", () => {
    expect(duplicateReason(at({ name: "Impact Hub", website: null }), ljubljana)).toBe("name");
    expect(duplicateReason(at({ name: "impact hub ljubljana", latitude: 46.08, website: null }), ljubljana)).toBe("name"); // ~3 km north
  });

  it("a similar name further than 5 km away is not, unless it is the same name in the same town", () => {
    expect(duplicateReason(at({ name: "Impact Hub", latitude: 46.2, website: null }), ljubljana)).toBeNull(); // ~17 km
    expect(duplicateReason(at({ latitude: 46.2, website: null }), ljubljana)).toBe("name");
    expect(duplicateReason(at({ latitude: 46.2, city: "Kranj", website: null }), ljubljana)).toBeNull();
  });

  it("the same website is a duplicate at any distance and under any name", () => {
    expect(duplicateReason(at({ name: "Something Else", latitude: 48.2, longitude: 16.37, website: "http://www.ljubljana.impacthub.net" }), ljubljana)).toBe("website");
  });

  it("a different name nearby, with another website, is not", () => {
    expect(duplicateReason(at({ name: "Kino Šiška", website: "https://www.kinosiska.si" }), ljubljana)).toBeNull();
    expect(duplicateReason(at({ name: "Kino Šiška", website: null }), at({ website: null }))).toBeNull();
  });
});

describe("the keys duplicates are matched by", () => {
  it("matchKey keeps letters and digits, without accents or case", () => {
    expect(matchKey("  Factoría   Cultural! ")).toBe("factoriacultural");
    expect(matchKey("Kino Šiška")).toBe(matchKey("KINO SISKA"));
    expect(matchKey("Ljubljana")).toBe(matchKey("ljubljana"));
  });

  it("websiteKey ignores the scheme, www., case and a trailing slash", () => {
    expect(websiteKey("https://www.Example.org/")).toBe("example.org");
    expect(websiteKey("http://example.org")).toBe("example.org");
    expect(websiteKey("https://example.org/Hubs/Lyon/")).toBe("example.org/hubs/lyon");
    expect(websiteKey("not a url")).toBeNull();
    expect(websiteKey(null)).toBeNull();
  });
});
