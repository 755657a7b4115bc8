import type { Messages } from "@/i18n/types";

export type NavItem = { href: string; label: keyof Messages["common"]["nav"] };

/** The site's main areas, in the order the header and the footer list them. */
export const MAIN_NAV: readonly NavItem[] = [
  { href: "/map", label: "map" },
  { href: "/hubs", label: "hubs" },
  { href: "/events", label: "events" },
  { href: "/p2p", label: "p2p" },
  { href: "/tools", label: "tools" },
  { href: "/news", label: "news" },
  { href: "/about", label: "about" },
];

export const SUPPORT_NAV: readonly NavItem[] = [
  { href: "/contact", label: "contact" },
  { href: "/accessibility", label: "accessibility" },
  { href: "/privacy", label: "privacy" },
];

/** An area is current on its own page and on every page below it (paths as English has them). */
export const isCurrentPath = (pathname: string, href: string): boolean =>
  href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
