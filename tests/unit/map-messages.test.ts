import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/i18n/languages";
import { loadMessages } from "@/i18n/messages";

// The map's and the shared pieces' words in the languages whose plurals differ from English
// (Serbian's "few", Portuguese's "many"), with numbers formatted as each language writes them.

const translator = async (locale: Locale) => createTranslator({ locale, messages: await loadMessages(locale) });

describe("the map's words in every language", () => {
  it("counts hubs with Serbian's three forms, in Latin script", async () => {
    const t = await translator("sr-Latn");
    expect(t("map.explorer.inView", { count: 0 })).toBe("Nema habova u ovom prikazu.");
    expect(t("map.explorer.inView", { count: 1 })).toBe("1 hab u ovom prikazu.");
    expect(t("map.explorer.inView", { count: 3 })).toBe("3 haba u ovom prikazu.");
    expect(t("map.explorer.inView", { count: 5 })).toBe("5 habova u ovom prikazu.");
    expect(t("map.explorer.inView", { count: 21 })).toBe("21 hab u ovom prikazu.");
    expect(t("map.leaflet.cluster", { count: 22, action: "zoom" })).toBe("22 haba ovde: uvećajte");
    expect(t("common.pagination.noSuchPage", { page: 9, pages: 4 })).toBe("Ne postoji stranica 9: lista ima 4 stranice.");
  });

  it("counts hubs in European Portuguese, with its own thousands separator and Portuguese's “many”", async () => {
    const t = await translator("pt-PT");
    expect(t("map.page.summaryFiltered", { total: 1 })).toBe("1 hub corresponde a estes filtros.");
    expect(t("map.page.summary", { total: 1200 })).toBe(`${new Intl.NumberFormat("pt-PT").format(1200)} hubs no mapa.`);
    expect(t("map.page.summary", { total: 1_000_000 })).toBe(`${new Intl.NumberFormat("pt-PT").format(1_000_000)} hubs no mapa.`);
    expect(t("forms.errors.tooLong", { max: 1 })).toBe("Use no máximo 1 carácter.");
  });

  it("keeps English as it was, cluster labels included (the e2e suite reads them)", async () => {
    const t = await translator("en-GB");
    expect(t("map.leaflet.cluster", { count: 3, action: "zoom" })).toBe("3 hubs here: zoom in");
    expect(t("map.leaflet.cluster", { count: 2, action: "list" })).toBe("2 hubs here: list them");
    expect(t("map.page.summaryFiltered", { total: 5 })).toBe("5 hubs match these filters.");
    expect(t("map.explorer.showMore", { count: 24, total: 1500 })).toBe("Show 24 more of 1,500");
    expect(t("common.pagination.pageOf", { page: 2, pages: 7 })).toBe("Page 2 of 7");
  });
});
