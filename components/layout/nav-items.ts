export type NavItem = { href: string; label: string };

/** The site's main areas, in the order the header and the footer list them. */
export const MAIN_NAV: readonly NavItem[] = [
  { href: "/map", label: "Map" },
  { href: "/hubs", label: "Hubs" },
  { href: "/events", label: "Events" },
  { href: "/p2p", label: "P2P exchanges" },
  { href: "/tools", label: "Tools & Learning" },
  { href: "/news", label: "News" },
  { href: "/about", label: "About" },
];

export const SUPPORT_NAV: readonly NavItem[] = [
  { href: "/contact", label: "Contact" },
  { href: "/accessibility", label: "Accessibility statement" },
  { href: "/privacy", label: "Privacy notice" },
];

/** An area is current on its own page and on every page below it. */
export const isCurrentPath = (pathname: string, href: string): boolean =>
  href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
