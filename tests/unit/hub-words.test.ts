// The hub pages' words in the partners' languages: plurals with every category a language has,
// dates in the language's own form (Serbian in Latin script), the taxonomy's codes in words and
// country names from Intl, in each language's alphabetical order.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/i18n/languages";
import { loadMessages } from "@/i18n/messages";
import { countryName, countryOptions } from "@/lib/countries";
import { labelOf, optionsOf } from "@/lib/hubs/taxonomy";

const words = async (locale: Locale) => createTranslator({ locale, messages: await loadMessages(locale), namespace: "hubs", timeZone: "Europe/Brussels" });

describe("the directory's count", () => {
  it("reads English as it always has", async () => {
    const t = await words("en-GB");
    expect([1, 2, 1234].map((count) => t("directory.count", { count }))).toEqual(["1 hub", "2 hubs", "1,234 hubs"]);
    expect(t("directory.countFiltered", { count: 3 })).toBe("3 hubs match your filters");
  });

  it("uses Serbian's three forms: one (1, 21), few (2–4, 22–24), other", async () => {
    const t = await words("sr-Latn");
    expect([1, 3, 5, 21, 22, 25, 1234, 1235].map((count) => t("directory.count", { count }))).toEqual([
      "1 hab",
      "3 haba",
      "5 habova",
      "21 hab",
      "22 haba",
      "25 habova",
      "1.234 haba",
      "1.235 habova",
    ]);
  });

  it("uses Portuguese's form for millions", async () => {
    const t = await words("pt-PT");
    expect(t("directory.count", { count: 1 })).toBe("1 hub");
    const million = new Intl.NumberFormat("pt-PT").format(1_000_000);
    expect(t("directory.countFiltered", { count: 1_000_000 })).toBe(`${million} hubs correspondem aos seus filtros`);
  });
});

describe("the notice on a hub not confirmed recently", () => {
  const confirmedAt = new Date("2024-02-26T10:00:00Z");
  const plain = async (locale: Locale) => (await words(locale)).markup("page.stale", { date: confirmedAt, strong: (chunks) => chunks });

  it("gives the date in the page's language: Serbian in Latin script, never Cyrillic", async () => {
    expect(await plain("en-GB")).toContain("last confirmed these details on 26 February 2024.");
    expect(await plain("de")).toContain("zuletzt am 26. Februar 2024 bestätigt");
    expect(await plain("sr-Latn")).toContain("potvrdili 26. februar 2024.");
    expect(await plain("sr-Latn")).not.toMatch(/\p{Script=Cyrillic}/u);
  });
});

describe("the taxonomy's words", () => {
  it("come from the catalogue, in the list's order; a code the catalogue lacks stays a code", async () => {
    const taxonomy = createTranslator({ locale: "de", messages: (await loadMessages("de")).hubs.taxonomy });
    expect(labelOf(taxonomy, "kinds", "cooperative")).toBe("Genossenschaft");
    expect(labelOf(taxonomy, "teamSizes", "51+")).toBe("Mehr als 50 Personen");
    expect(labelOf(taxonomy, "disciplines", "puppetry")).toBe("puppetry");
    expect(optionsOf(taxonomy, "formats")).toEqual([
      { value: "static", label: "An einem festen Ort" },
      { value: "mobile", label: "Mobil (unterwegs)" },
      { value: "online", label: "Online" },
    ]);
  });

  it("name countries in the reader's language, sorted as that language sorts", () => {
    expect(countryName("RS")).toBe("Serbia");
    expect(countryName("RS", "sr-Latn")).toBe("Srbija");
    expect(countryName("DE", "el")).toBe("Γερμανία");
    const german = countryOptions("de").map((c) => c.label);
    expect(german.indexOf("Österreich")).toBeLessThan(german.indexOf("Polen"));
    expect(countryOptions("de")).toHaveLength(48);
  });
});
