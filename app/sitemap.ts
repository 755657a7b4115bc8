import type { MetadataRoute } from "next";
import { LANGUAGES, localePath } from "@/i18n/languages";
import { listPublicEventSlugs } from "@/lib/events/queries";
import { listPublishedHubSlugs } from "@/lib/hubs/queries";
import { listPublishedArticleSlugs } from "@/lib/news/queries";
import { listPublishedStorySlugs } from "@/lib/p2p/stories/queries";
import { SITEMAP_PATHS } from "@/lib/public-areas";
import { listPublishedResourceSlugs } from "@/lib/resources/queries";
import { siteUrl } from "@/lib/site";

// The site's address comes from the environment at run time, not at build time.
export const dynamic = "force-dynamic";

/** A page in English, naming its address in every language. */
function entry(path: string, lastModified?: Date): MetadataRoute.Sitemap[number] {
  const languages = Object.fromEntries(LANGUAGES.map((l) => [l.hreflang, siteUrl(localePath(l.locale, path))]));
  return { url: siteUrl(path), lastModified, alternates: { languages } };
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const hubs = (await listPublishedHubSlugs()).map((h) => entry(`/hubs/${h.slug}`, h.updatedAt));
  const events = (await listPublicEventSlugs()).map((e) => entry(`/events/${e.slug}`, e.updatedAt));
  const stories = (await listPublishedStorySlugs()).map((a) => entry(`/p2p/stories/${a.slug}`, a.updatedAt));
  const articles = (await listPublishedArticleSlugs()).map((a) => entry(`/news/${a.slug}`, a.updatedAt));
  const resources = (await listPublishedResourceSlugs()).map((r) => entry(`/tools/${r.slug}`, r.updatedAt));
  return [...SITEMAP_PATHS.map((path) => entry(path)), ...hubs, ...events, ...stories, ...articles, ...resources];
}
