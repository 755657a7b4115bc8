// Words the site uses in many places: one name for the signed-in person's hubs page, every
// time of day with its zone, and an accessibility statement that describes the site as built.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { AccessibilityStatement } from "@/components/site/accessibility-statement";
import { formatTimestamp } from "@/lib/timestamps";
import { renderIn, textOf } from "@/tests/support/intl";

/** The site's own source files (not the generated Prisma client). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join("lib", "generated") ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}
const files = ["app", "components", "lib"].flatMap(sources);

describe("the hubs page's name", () => {
  it("is “Your hubs” everywhere, as the account page's link and the page's title say; never “My hubs”", () => {
    const using = files.filter((f) => /\bmy hubs\b/i.test(readFileSync(f, "utf8")));
    expect(using).toEqual([]);
  });
});

describe("times of day", () => {
  it("say their zone: Brussels time, in summer and in winter", () => {
    expect(formatTimestamp(new Date("2026-07-04T12:05:00Z"))).toBe("4 Jul 2026, 14:05 Brussels time");
    expect(formatTimestamp(new Date("2026-12-04T12:05:00Z"))).toBe("4 Dec 2026, 13:05 Brussels time");
  });

  it("are formatted only where the zone is named beside them", () => {
    // lib/timestamps.ts names Brussels time; the offer deadline (lib/events/applications/dates.ts) names UTC;
    // an event's page names the event's own zone; a draft's "last saved" says Brussels time in its message;
    // a P2P host's deadline to answer (lib/p2p/agreement/rules.ts) names UTC.
    const naming = [
      "lib/timestamps.ts",
      "lib/events/applications/dates.ts",
    "lib/p2p/agreement/rules.ts",
      "app/dev/outbox/page.tsx",
      "components/events/event-details.tsx",
      "components/account/hubs/own-lists.tsx",
      "app/[locale]/(site)/hubs/new/page.tsx",
    ];
    const formatting = files.filter((f) => /timeStyle|\bhour: ["']/.test(readFileSync(f, "utf8")));
    expect(formatting.filter((f) => !naming.includes(f.split("\\").join("/")))).toEqual([]);
  });
});

describe("the accessibility statement", () => {
  it("describes the map as built: clusters, the list beside it, the keyboard; not “still being built”", async () => {
    const page = textOf(await renderIn("en-GB", createElement(AccessibilityStatement)));
    expect(page).not.toMatch(/map of hubs[^.]*still being built/i);
    expect(page).not.toMatch(/being built/i);
    expect(page).toContain("groups nearby hubs into numbered clusters");
    expect(page).toContain("the list beside it");
    expect(page).toContain("the arrow keys move it");
  });
});
