import { createNavigation } from "next-intl/navigation";
import { routing } from "@/i18n/routing";

/** Links and redirects that keep the page's language: `<Link href="/map">` is /de/map on a German page. */
export const { Link, redirect, usePathname, useRouter } = createNavigation(routing);
