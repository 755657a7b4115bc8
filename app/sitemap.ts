import type { MetadataRoute } from "next";
import { MAIN_NAV, SUPPORT_NAV } from "@/components/layout/nav-items";
import { listPublicEventSlugs } from "@/lib/events/queries";
import { listPublishedHubSlugs } from "@/lib/hubs/queries";
import { siteUrl } from "@/lib/site";

// The site's address comes from the environment at run time, not at build time.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = ["/", ...MAIN_NAV.map((i) => i.href), ...SUPPORT_NAV.map((i) => i.href)].map((path) => ({ url: siteUrl(path) }));
  const hubs = (await listPublishedHubSlugs()).map((h) => ({ url: siteUrl(`/hubs/${h.slug}`), lastModified: h.updatedAt }));
  const events = (await listPublicEventSlugs()).map((e) => ({ url: siteUrl(`/events/${e.slug}`), lastModified: e.updatedAt }));
  return [...pages, ...hubs, ...events];
}
