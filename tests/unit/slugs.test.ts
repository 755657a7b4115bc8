// Addresses made from names: URL-safe, bounded; a new hub's is its name, then its name and town, then a number.
import { describe, expect, it } from "vitest";
import { firstFreeSlug, slugCandidates, slugify } from "@/lib/slugs";

describe("slugify", () => {
  it("makes URL-safe slugs, never empty", () => {
    expect(slugify("Factoría Cultural — Madrid")).toBe("factoria-cultural-madrid");
    expect(slugify("!!!")).toBe("hub");
    expect(slugify("!!!", "event")).toBe("event");
    expect(slugify("x".repeat(200)).length).toBeLessThanOrEqual(80);
  });
});

describe("slugCandidates", () => {
  it("tries the name, then the name and town, then numbers", () => {
    expect(slugCandidates("Atelier Nord", "Lyon", 5)).toEqual(["atelier-nord", "atelier-nord-lyon", "atelier-nord-lyon-2", "atelier-nord-lyon-3", "atelier-nord-lyon-4"]);
  });

  it("makes URL-safe slugs from any name", () => {
    expect(slugCandidates("Factoría <script>alert(1)</script>", "Málaga", 2)).toEqual(["factoria-script-alert-1-script", "factoria-script-alert-1-script-malaga"]);
  });

  it("keeps long names and towns to a bounded length", () => {
    const [base, withCity] = slugCandidates("A".repeat(200), "B".repeat(200), 2);
    expect(base!.length).toBeLessThanOrEqual(80);
    expect(withCity).toBe(`${"a".repeat(60)}-${"b".repeat(19)}`);
  });
});

describe("firstFreeSlug", () => {
  const candidates = slugCandidates("Atelier Nord", "Lyon", 4);
  it("takes the first candidate nobody has", () => {
    expect(firstFreeSlug(candidates, new Set())).toBe("atelier-nord");
    expect(firstFreeSlug(candidates, new Set(["atelier-nord"]))).toBe("atelier-nord-lyon");
    expect(firstFreeSlug(candidates, new Set(["atelier-nord", "atelier-nord-lyon"]))).toBe("atelier-nord-lyon-2");
  });

  it("past every candidate, still finds one", () => {
    const slug = firstFreeSlug(candidates, new Set(candidates));
    expect(candidates).not.toContain(slug);
    expect(slug).toMatch(/^atelier-nord-lyon-[a-z0-9]+$/);
  });
});
