// The hub form's messages read right in each language: plurals by the language's own rules
// (Serbian "few", Portuguese "many"), and a schema's complaint with its limit filled in.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/i18n/languages";
import { loadMessages } from "@/i18n/messages";
import { issueMessage } from "@/lib/forms";
import { hubSchema } from "@/lib/hubs/schema";

const translator = async (locale: Locale) => createTranslator({ locale, messages: await loadMessages(locale) });

describe("the hub form's messages", () => {
  it("count places by Serbian rules: one, few, other", async () => {
    const t = await translator("sr-Latn");
    expect(t("hubForms.location.placesFound", { count: 1 })).toBe("Pronađeno je 1 mesto. Izaberite strelicama.");
    expect(t("hubForms.location.placesFound", { count: 3 })).toBe("Pronađena su 3 mesta. Izaberite strelicama.");
    expect(t("hubForms.location.placesFound", { count: 21 })).toBe("Pronađeno je 21 mesto. Izaberite strelicama.");
    expect(t("hubForms.location.placesFound", { count: 5 })).toBe("Pronađeno je 5 mesta. Izaberite strelicama.");
  });

  it("speak of one hub or several in Portuguese, and in English as before", async () => {
    const pt = await translator("pt-PT");
    expect(pt("hubForms.duplicates.intro", { count: 1 })).toMatch(/^Este hub parece-se/);
    expect(pt("hubForms.duplicates.intro", { count: 2 })).toMatch(/^Estes hubs parecem-se/);
    const en = await translator("en-GB");
    expect(en("hubForms.duplicates.intro", { count: 1 })).toMatch(/^This hub looks like the one you are adding\. If one is yours/);
    expect(en("hubForms.duplicates.intro", { count: 3 })).toMatch(/^These hubs look like/);
  });

  it("fill in a schema's limit, by the reader's plural rules", async () => {
    const result = hubSchema.safeParse({ name: "A".repeat(121) });
    const issue = result.error!.issues.find((i) => i.path[0] === "name")!;
    const message = issueMessage(issue);
    expect(message).toEqual({ key: "hubForms.errors.name.tooLong", values: { max: 120 } });
    if (typeof message === "string") throw new Error("a key, not a sentence");
    expect((await translator("en-GB"))(message.key, message.values as never)).toBe("Keep the hub's name to 120 characters or fewer.");
    expect((await translator("sr-Latn"))(message.key, message.values as never)).toBe("Naziv haba može imati najviše 120 znakova.");
    expect((await translator("de"))(message.key, message.values as never)).toBe("Der Name des Hubs darf höchstens 120 Zeichen lang sein.");
  });
});
