import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { HubMapPage, hubMapMetadata } from "@/components/map/hub-map-page";
import type { Locale } from "@/i18n/languages";
import { MAX_CACHED_PAGE } from "@/lib/cached-pages";
import { parseHubFilters } from "@/lib/hubs/schema";

// The unfiltered map, cached for everyone: proxy.ts serves /map and /map?page=N from here
// (see lib/cached-pages.ts). Rendered on first visit, again at most every minute, and at once
// when a hub changes (revalidatePublicArea("hubs"), on every instance).
export const revalidate = 60;
export const generateStaticParams = async (): Promise<{ page: string }[]> => [];

type Params = Promise<{ locale: string; page: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return hubMapMetadata((await params).locale as Locale, {});
}

export default async function CachedMapPage({ params }: { params: Params }) {
  const { locale, page: pageParam } = await params;
  setRequestLocale(locale as Locale);
  const page = Number(pageParam);
  if (!/^[1-9][0-9]*$/.test(pageParam) || page > MAX_CACHED_PAGE) notFound();
  return <HubMapPage filters={parseHubFilters({})} page={page} />;
}
