import { describe, expect, it } from "vitest";
import { CACHED_HUB_SORTS } from "@/lib/cached-pages";
import { cachedPageFor } from "@/lib/public-areas";
import { HUB_SORTS } from "@/lib/hubs/queries";

const twin = (path: string) => {
  const url = new URL(path, "http://localhost");
  return cachedPageFor(url.pathname, url.searchParams);
};

describe("cachedPageFor", () => {
  it("serves the unfiltered directory pages from their cached twin", () => {
    expect(twin("/hubs")).toBe("/hubs/all/name/1");
    expect(twin("/hubs?page=50")).toBe("/hubs/all/name/50");
    expect(twin("/hubs?sort=recent&page=2")).toBe("/hubs/all/recent/2");
  });

  it("serves the unfiltered events pages from their cached twin", () => {
    expect(twin("/events")).toBe("/events/all/1");
    expect(twin("/events?page=3")).toBe("/events/all/3");
    expect(twin("/events?kind=forum")).toBeNull();
    expect(twin("/events?year=2017&page=2")).toBeNull();
    expect(twin("/events/calendar.ics")).toBeNull();
  });

  it("serves the home page and /about, whatever their query string, from one cached copy each", () => {
    for (const path of ["/", "/?notice=signed-out", "/?notice=account-deleted", "/?utm_source=x&utm_source=y"]) expect(twin(path), path).toBe("/home/cached");
    for (const path of ["/about", "/about?x=1"]) expect(twin(path), path).toBe("/about/cached");
    expect(twin("/about/cached")).toBeNull();
  });

  it("serves /p2p, whatever its query string, from one cached copy; its apply form renders per request", () => {
    for (const path of ["/p2p", "/p2p?notice=x"]) expect(twin(path), path).toBe("/p2p/cached");
    expect(twin("/p2p/apply")).toBeNull();
    expect(twin("/p2p/cached")).toBeNull();
  });

  it("serves the unfiltered map, and the pages of its list without JavaScript, from its cached twin", () => {
    expect(twin("/map")).toBe("/map/all/1");
    expect(twin("/map?page=4")).toBe("/map/all/4");
    expect(twin("/map?kind=lab")).toBeNull();
    expect(twin("/map?q=&page=2")).toBeNull();
    expect(twin("/map/all/2")).toBeNull();
  });

  it("leaves filtered, odd or far pages to the page that renders per request", () => {
    for (const path of ["/hubs?country=DE", "/hubs?page=0", "/hubs?page=01", "/hubs?page=2&page=3", "/hubs?page=301", "/hubs?sort=stars", "/hubs?q=", "/hubs/x", "/map?page=301", "/map?page=2&page=3"]) {
      expect(twin(path), path).toBeNull();
    }
  });

  it("knows the directory's sorts", () => {
    expect([...CACHED_HUB_SORTS].sort()).toEqual([...HUB_SORTS].sort());
  });
});
