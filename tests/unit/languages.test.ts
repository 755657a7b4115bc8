import { describe, expect, it } from "vitest";
import { localePath, splitLocale } from "@/i18n/languages";
import { internalPath, isLocalisedPath } from "@/lib/public-areas";

const route = (address: string) => {
  const url = new URL(address, "http://localhost");
  const { locale, path } = splitLocale(url.pathname);
  return internalPath(locale, path, url.searchParams);
};

describe("addresses in every language", () => {
  it("keeps English at today's addresses and puts the others under their prefix", () => {
    expect(splitLocale("/map")).toEqual({ locale: "en-GB", path: "/map" });
    expect(splitLocale("/de/map")).toEqual({ locale: "de", path: "/map" });
    expect(splitLocale("/sr")).toEqual({ locale: "sr-Latn", path: "/" });
    expect(splitLocale("/pt/events/x")).toEqual({ locale: "pt-PT", path: "/events/x" });
    // Not a language of the site: an English address like any other (its page does not exist).
    expect(splitLocale("/fr/map")).toEqual({ locale: "en-GB", path: "/fr/map" });
    expect(splitLocale("/design")).toEqual({ locale: "en-GB", path: "/design" });
    expect(localePath("el", "/")).toBe("/el");
    expect(localePath("el", "/events/x")).toBe("/el/events/x");
    expect(localePath("en-GB", "/events/x")).toBe("/events/x");
  });

  it("sends each address to its route in its language, listings to their cached twin", () => {
    expect(route("/")).toBe("/en-GB/home/cached");
    expect(route("/el")).toBe("/el/home/cached");
    expect(route("/de/hubs?page=2")).toBe("/de/hubs/all/name/2");
    expect(route("/de/hubs?country=DE")).toBe("/de/hubs?country=DE");
    expect(route("/es/events/forum-athens-2017")).toBe("/es/events/forum-athens-2017");
    // The internal segment is no address of its own: /en-GB/map is an unknown English page.
    expect(route("/en-GB/map")).toBe("/en-GB/en-GB/map");
  });

  it("leaves staff pages, the API, files and exports out of the languages", () => {
    for (const path of ["/admin", "/admin/hubs", "/api/session", "/dev/outbox", "/media/hubs/a.webp", "/hubs/export.csv", "/events/calendar.ics", "/bench-static.txt"]) {
      expect(isLocalisedPath(path), path).toBe(false);
    }
    for (const path of ["/", "/hubs", "/de/hubs/some-hub", "/embed/map", "/account"]) expect(isLocalisedPath(path), path).toBe(true);
  });
});

describe("pages in every language", () => {
  it("each set their language before rendering, so that they stay static (cached) in every language", async () => {
    const { readdirSync, readFileSync, statSync } = await import("node:fs");
    const { join } = await import("node:path");
    const pages = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? pages(path) : /^(page|layout)\.tsx$/.test(name) ? [path] : [];
      });
    const without = pages("app/[locale]").filter((path) => !/\[\.\.\.rest\]/.test(path) && !readFileSync(path, "utf8").includes("setRequestLocale("));
    expect(without).toEqual([]);
  });
});
