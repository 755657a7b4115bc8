// The privacy notice says what the code does: its retention table is built from the same
// declaration the retention job deletes by, and it names the tile server the build is
// configured with.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { retentionRows } from "@/components/privacy/retention-table";
import { HUB_CONTACT_LIMITS } from "@/lib/hubs/contact/commands";
import { INVITES_PER_USER } from "@/lib/hubs/ownership/commands";
import { LIMITS } from "@/lib/rate-limit";
import { cutoff, describePeriod, RETENTION, type RetentionKind } from "@/lib/retention/periods";

const renderNotice = async () => {
  const { default: PrivacyPage } = await import("@/app/[locale]/(site)/privacy/page");
  return renderToStaticMarkup(createElement(PrivacyPage));
};
/** The page's text, tags and entities aside, with runs of spaces as one. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, " ");

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
    expect(describePeriod({ count: 1, unit: "day" })).toBe("1 day");
    expect(describePeriod({ count: 12, unit: "month" })).toBe("12 months");
  });

  it("never delete a rate-limit counter whose window is still running (that would lift the limit)", () => {
    const longest = Math.max(...[...Object.values(LIMITS), ...Object.values(HUB_CONTACT_LIMITS), INVITES_PER_USER].map((l) => l.windowSeconds));
    const now = new Date();
    const kept = (now.getTime() - cutoff(now, RETENTION.rateLimitCounters.period).getTime()) / 1000;
    expect(kept).toBeGreaterThanOrEqual(longest);
  });
});

describe("the privacy notice", () => {
  it("has one retention row per kind the job purges, worded from its period", () => {
    const rows = retentionRows();
    expect(rows.map((r) => r.kind)).toEqual(Object.keys(RETENTION));
    const row = (kind: RetentionKind) => rows.find((r) => r.kind === kind)!.when;
    expect(row("outboxEmails")).toBe(`Deleted ${describePeriod(RETENTION.outboxEmails.period)} after it was created`);
    expect(row("applicationNeeds")).toBe(`Removed ${describePeriod(RETENTION.applicationNeeds.period)} after the event ends`);
    expect(row("verificationTokens")).toBe("Deleted as soon as it expires");
  });

  it("changes its table when a period in the declaration changes", () => {
    const changed = { ...RETENTION, contactMessages: { ...RETENTION.contactMessages, period: { count: 7, unit: "year" as const } } };
    expect(retentionRows(changed).find((r) => r.kind === "contactMessages")!.when).toBe("Deleted 7 years after it was sent");
  });

  it("prints every period of the declaration on the page", async () => {
    const text = textOf(await renderNotice());
    for (const row of retentionRows()) {
      expect(text).toContain(row.what);
      expect(text).toContain(row.when);
    }
  });

  it("names OpenStreetMap's tile server by default", async () => {
    vi.stubEnv("NEXT_PUBLIC_TILE_URL", "");
    expect(textOf(await renderNotice())).toContain("The map tile server, tile.openstreetmap.org.");
  });

  it("names the configured tile server, not OpenStreetMap, when the build sets another", async () => {
    vi.stubEnv("NEXT_PUBLIC_TILE_URL", "https://{s}.tiles.example.eu/osm/{z}/{x}/{y}{r}.png");
    const text = textOf(await renderNotice());
    expect(text).toContain("The map tile server, tiles.example.eu.");
    expect(text).not.toContain("openstreetmap");
  });
});
