// The privacy notice says what the code does: its retention table is built from the same
// declaration the retention job deletes by, and it names the tile server the build is
// configured with — in every language.
import { createElement } from "react";
import { createTranslator } from "next-intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import { periodText, retentionRows } from "@/components/privacy/retention-table";
import { LANGUAGE_COOKIE, LOCALES, type Locale } from "@/i18n/languages";
import { loadMessages } from "@/i18n/messages";
import { HUB_CONTACT_LIMITS } from "@/lib/hubs/contact/commands";
import { INVITES_PER_USER } from "@/lib/hubs/ownership/commands";
import { LIMITS } from "@/lib/rate-limit";
import { cutoff, RETENTION, type RetentionKind } from "@/lib/retention/periods";
import { textOf } from "@/tests/support/intl";

/** The notice's text in `locale`, from modules loaded afresh (after vi.stubEnv). */
const renderNotice = async (locale: Locale = "en-GB") => {
  const { PrivacyNotice } = await import("@/components/privacy/privacy-notice");
  const { renderIn } = await import("@/tests/support/intl");
  return textOf(await renderIn(locale, createElement(PrivacyNotice)));
};

const words = async (locale: Locale = "en-GB") => createTranslator({ locale, messages: await loadMessages(locale), namespace: "privacy.retention" });

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("the retention periods", () => {
  it("count back in calendar days, months and years (UTC)", () => {
    const now = new Date("2027-03-31T10:00:00Z");
    expect(cutoff(now, { count: 30, unit: "day" }).toISOString()).toBe("2027-03-01T10:00:00.000Z");
    expect(cutoff(now, { count: 12, unit: "month" }).toISOString()).toBe("2026-03-31T10:00:00.000Z");
    expect(cutoff(now, { count: 2, unit: "year" }).toISOString()).toBe("2025-03-31T10:00:00.000Z");
  });

  it("read in each language's plural forms", async () => {
    const en = await words("en-GB");
    expect(periodText(en, { count: 1, unit: "day" })).toBe("1 day");
    expect(periodText(en, { count: 12, unit: "month" })).toBe("12 months");
    const sr = await words("sr-Latn");
    expect([1, 2, 5, 21, 22, 30].map((count) => periodText(sr, { count, unit: "day" }))).toEqual(["1 dan", "2 dana", "5 dana", "21 dan", "22 dana", "30 dana"]);
    expect(periodText(sr, { count: 2, unit: "year" })).toBe("2 godine");
    const pt = await words("pt-PT");
    expect([1, 30].map((count) => periodText(pt, { count, unit: "day" }))).toEqual(["1 dia", "30 dias"]);
    // Portuguese says "de" before a noun after a million ("many").
    expect(periodText(pt, { count: 1_000_000, unit: "day" })).toMatch(/^1\s000\s000 de dias$/);
  });

  it("never delete a rate-limit counter whose window is still running (that would lift the limit)", () => {
    const longest = Math.max(...[...Object.values(LIMITS), ...Object.values(HUB_CONTACT_LIMITS), INVITES_PER_USER].map((l) => l.windowSeconds));
    const now = new Date();
    const kept = (now.getTime() - cutoff(now, RETENTION.rateLimitCounters.period).getTime()) / 1000;
    expect(kept).toBeGreaterThanOrEqual(longest);
  });
});

describe("the privacy notice", () => {
  it("has one retention row per kind the job purges, worded from its period", async () => {
    const rows = retentionRows(await words());
    expect(rows.map((r) => r.kind)).toEqual(Object.keys(RETENTION));
    const row = (kind: RetentionKind) => rows.find((r) => r.kind === kind)!.when;
    expect(row("outboxEmails")).toBe("Deleted 30 days after it was created");
    expect(row("applicationNeeds")).toBe("Removed 30 days after the event ends");
    expect(row("verificationTokens")).toBe("Deleted as soon as it expires");
  });

  it("changes its table when a period in the declaration changes", async () => {
    const changed = { ...RETENTION, contactMessages: { ...RETENTION.contactMessages, period: { count: 7, unit: "year" as const } } };
    expect(retentionRows(await words(), changed).find((r) => r.kind === "contactMessages")!.when).toBe("Deleted 7 years after it was sent");
    expect(retentionRows(await words("de"), changed).find((r) => r.kind === "contactMessages")!.when).toContain("7 Jahre");
  });

  it("prints every period of the declaration on the page, in every language", async () => {
    for (const locale of LOCALES) {
      const text = await renderNotice(locale);
      for (const row of retentionRows(await words(locale))) {
        expect(text, locale).toContain(row.what);
        expect(text, locale).toContain(row.when);
      }
    }
  });

  it("names OpenStreetMap's tile server by default", async () => {
    vi.stubEnv("NEXT_PUBLIC_TILE_URL", "");
    expect(await renderNotice()).toContain("The map tile server, tile.openstreetmap.org.");
  });

  it("names the configured tile server, not OpenStreetMap, when the build sets another", async () => {
    vi.stubEnv("NEXT_PUBLIC_TILE_URL", "https://{s}.tiles.example.eu/osm/{z}/{x}/{y}{r}.png");
    const text = await renderNotice("de");
    expect(text).toContain("tiles.example.eu");
    expect(text).not.toContain("openstreetmap");
  });

  it("names the cookies the site sets, the language cookie included", async () => {
    const text = await renderNotice();
    for (const cookie of ["authjs.session-token", "authjs.csrf-token", "authjs.callback-url", LANGUAGE_COOKIE]) expect(text).toContain(cookie);
    expect(text).toContain("It lasts 30 days from when you sign in");
  });
});
