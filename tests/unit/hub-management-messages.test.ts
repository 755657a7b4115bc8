// Hub management's codes in words: the refusals staff read (in English, word for word as before
// the catalogue), plurals and dates in languages with more forms than English, and an email
// written in its reader's language.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/i18n/languages";
import { loadMessages } from "@/i18n/messages";
import { hubDecisionEmail } from "@/lib/hubs/moderation/emails";
import { confirmationReminderEmail } from "@/lib/hubs/ownership/emails";
import { HUB_MODERATION } from "@/lib/hubs/moderation/rules";
import { canTake } from "@/lib/workflow/transitions";

const translator = async (locale: Locale) => createTranslator({ locale, messages: await loadMessages(locale) });

describe("hub management's messages", () => {
  it("say in English why a decision came too late, as staff read it before", async () => {
    const t = await translator("en-GB");
    const check = canTake(HUB_MODERATION, "reject", "published");
    if (check.allowed) throw new Error("a published hub cannot be rejected");
    expect(t(check.reason.key, check.reason.values as never)).toBe("Someone else already decided on this hub: it is now “Published”. Nothing was changed; reload the page to see it.");
    expect(t("hubManagement.requests.refused", { decision: "approve", status: "declined" })).toBe("Someone else already declined this request. Nothing was changed; reload the page to see it.");
  });

  it("count in Serbian with its three forms", async () => {
    const t = await translator("sr-Latn");
    expect([1, 3, 5, 21, 22].map((count) => t("hubManagement.ownHubs.count", { count }))).toEqual(["1 hab.", "3 haba.", "5 habova.", "21 hab.", "22 haba."]);
    expect(t("forms.errors.waitMinutes", { minutes: 3 })).toBe("Previše pokušaja. Pokušajte ponovo za 3 minuta.");
  });

  it("count in European Portuguese and Spanish, many included", async () => {
    const pt = await translator("pt-PT");
    expect(pt("hubManagement.ownHubs.count", { count: 1 })).toBe("Um hub.");
    expect(pt("hubManagement.ownHubs.count", { count: 2 })).toBe("2 hubs.");
    expect(pt("hubManagement.ownHubs.count", { count: 1_000_000 })).toMatch(/^1\s000\s000 hubs\.$/);
    const es = await translator("es");
    expect(es("hubManagement.ownership.inviteSent", { email: "a@example.org", days: 14 })).toBe("Invitación enviada a a@example.org. Su enlace funciona una sola vez durante 14 días.");
  });

  it("write an owner's email in their language, with the site's addresses in it", async () => {
    const email = await hubDecisionEmail("owner@example.org", "de", { name: "Kulturhaus", slug: "kulturhaus" }, "requestChanges", "Bitte ein Foto ergänzen.");
    expect(email.subject).toBe("Kulturhaus: ein paar Änderungen vor der Veröffentlichung");
    expect(email.text).toContain("Unsere Moderation schreibt:\n\n  Bitte ein Foto ergänzen.");
    expect(email.text).toMatch(/\/de\/account\/hubs\n/);
  });

  it("give dates in the reader's language and script", async () => {
    const email = await confirmationReminderEmail("owner@example.org", "sr-Latn", { hubName: "Kulturni centar", confirmedAt: new Date("2024-03-05T12:00:00Z") });
    expect(email.text).toContain("„Kulturni centar“ je poslednji put potvrđen 5. mart 2024.");
  });
});
