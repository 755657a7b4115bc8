import type { MetadataRoute } from "next";
import { MAIN_NAV, SUPPORT_NAV } from "@/components/layout/nav-items";
import { siteUrl } from "@/lib/site";

// The site's address comes from the environment at run time, not at build time.
export const dynamic = "force-dynamic";

export default function sitemap(): MetadataRoute.Sitemap {
  return ["/", ...MAIN_NAV.map((i) => i.href), ...SUPPORT_NAV.map((i) => i.href)].map((path) => ({ url: siteUrl(path) }));
}
