import type { Messages } from "@/i18n/types";
import { navAreas } from "@/lib/public-areas";

export type NavItem = { href: string; label: keyof Messages["common"]["nav"] };

/** The site's main areas, in the order the header and the footer list them (lib/public-areas.ts). */
export const MAIN_NAV: readonly NavItem[] = navAreas("main") as NavItem[];

export const SUPPORT_NAV: readonly NavItem[] = navAreas("support") as NavItem[];

/** An area is current on its own page and on every page below it (paths as English has them). */
export const isCurrentPath = (pathname: string, href: string): boolean =>
  href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
