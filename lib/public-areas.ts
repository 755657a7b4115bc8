// The site's public areas, declared once. The proxy (language, cached twin, nonce), the
// revalidation after a change, the sitemap and the storage folders all read this list, so a
// new area is one entry here and its folder in app/[locale]/(site)/.
// No server-only imports: proxy.ts reads it.
import { CACHED_HUB_SORTS, oneCopy, pagedList, sortedList, type CachedTwin } from "@/lib/cached-pages";

/**
 * What a change is to: each area lists the kinds of change that alter its pages. "stories": an
 * article published, changed or taken down (news and stories show on /news and the home page;
 * a P2P story also on /p2p and on its hubs' pages). "resources": a resource of the library
 * published, changed or taken down (/tools and the home page).
 */
export const CHANGE_KINDS = ["hubs", "events", "p2p", "stories", "resources"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

type Area = {
  /** The area's address, as English has it (other languages prefix it: /de/map). */
  path: string;
  /** Its folder in app/[locale]/(site)/, whose cached pages a change refreshes. */
  folder: string;
  /** The changes that alter its pages. */
  shows?: readonly ChangeKind[];
  /** Pages below it that take input: rendered per request with a nonce (proxy.ts). */
  forms?: readonly RegExp[];
  /** Where its uploaded files live in lib/storage. */
  storage?: string;
  /** Its page every visitor sees alike, served from a cached twin route (lib/cached-pages.ts). */
  twin?: CachedTwin;
  /** Where the header and footer list it (its words: common.nav.<name>), in this order. */
  nav?: "main" | "support";
};

const PUBLIC_AREAS = {
  home: { path: "/", folder: "home", shows: ["hubs", "events", "stories", "resources"], twin: oneCopy("/home/cached") },
  map: { path: "/map", folder: "map", nav: "main", shows: ["hubs"], twin: pagedList("/map") },
  hubs: { path: "/hubs", folder: "hubs", nav: "main", shows: ["hubs", "stories"], twin: sortedList("/hubs", CACHED_HUB_SORTS, "name"), forms: [/^\/hubs\/new(\/|$)/], storage: "hubs" },
  events: { path: "/events", folder: "events", nav: "main", shows: ["events"], twin: pagedList("/events"), forms: [/^\/events\/[^/]+\/apply(\/|$)/], storage: "events" },
  // Its folder holds the story pages too (/p2p/stories/<slug>).
  p2p: { path: "/p2p", folder: "p2p", nav: "main", shows: ["p2p", "hubs", "stories"], twin: oneCopy("/p2p/cached"), forms: [/^\/p2p\/apply(\/|$)/], storage: "p2p" },
  tools: { path: "/tools", folder: "tools", nav: "main", shows: ["resources"], twin: pagedList("/tools"), forms: [/^\/tools\/suggest(\/|$)/], storage: "tools" },
  news: { path: "/news", folder: "news", nav: "main", shows: ["stories"], twin: pagedList("/news"), storage: "news" },
  about: { path: "/about", folder: "about", nav: "main", twin: oneCopy("/about/cached") },
  contact: { path: "/contact", folder: "contact", nav: "support" },
  accessibility: { path: "/accessibility", folder: "accessibility", nav: "support" },
  privacy: { path: "/privacy", folder: "privacy", nav: "support" },
} as const satisfies Record<string, Area>;

type PublicAreaName = keyof typeof PUBLIC_AREAS;

/** The areas a navigation lists, in the declaration's order: their address and name (the key of their words). */
export const navAreas = (nav: "main" | "support") =>
  (Object.entries(PUBLIC_AREAS) as [PublicAreaName, Area][]).filter(([, area]) => area.nav === nav).map(([name, area]) => ({ href: area.path, label: name }));
const AREAS: readonly Area[] = Object.values(PUBLIC_AREAS);

/** Pages of one person: signing in, the account, a panelist's reviews. Rendered per request with a nonce, in every language. */
const PERSONAL = /^\/(account|review|sign-in|sign-up|forgot-password|reset-password|verify-email)(\/|$)/;

/** Addresses that are not pages in a language: staff and development pages, the API, files and data exports (CSV, iCal), a library resource's download. */
const UNLOCALISED = /^\/(admin|api|dev|media|_next)(\/|$)|\.[A-Za-z0-9]+$|^\/tools\/[^/]+\/download$/;

export const isLocalisedPath = (path: string) => !UNLOCALISED.test(path);

/** Pages that carry a per-response nonce (see proxy.ts), by their address as English has it. */
export const needsNonce = (path: string) =>
  /^\/(admin|dev)(\/|$)/.test(path) || PERSONAL.test(path) || AREAS.some((area) => area.forms?.some((re) => re.test(path)));

/** The folders of app/[locale]/(site)/ whose cached pages a change alters. */
export const foldersShowing = (change: ChangeKind): string[] =>
  AREAS.filter((area) => area.shows?.includes(change)).map((area) => area.folder);

/** The areas that keep uploaded files. */
type StorageArea = { [K in PublicAreaName]: (typeof PUBLIC_AREAS)[K] extends { storage: string } ? K : never }[PublicAreaName];

/** The storage folder of an area's uploads (lib/storage/uploads.ts). */
export const storageFolder = (area: StorageArea): string => PUBLIC_AREAS[area].storage;

/** The public pages of the sitemap, by their address as English has it. */
export const SITEMAP_PATHS: readonly string[] = AREAS.map((area) => area.path);

/** The cached twin of an address (its path as English has it, and its query), or null when it renders per request. */
export function cachedPageFor(path: string, query: URLSearchParams): string | null {
  return AREAS.find((area) => area.path === path)?.twin?.(query) ?? null;
}

/**
 * Where proxy.ts sends a page's address: the route in its language, a cached twin for the
 * listings every visitor sees alike. "/de/hubs?page=2" → "/de/hubs/all/name/2" (the language
 * segment holds the locale: "/de", "/en-GB", "/pt-PT").
 */
export function internalPath(locale: string, path: string, query: URLSearchParams): string {
  const twin = cachedPageFor(path, query);
  if (twin) return `/${locale}${twin}`;
  const search = query.size ? `?${query}` : "";
  return `/${locale}${path === "/" ? "" : path}${search}`;
}
