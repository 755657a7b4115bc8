import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { HubDirectory, hubDirectoryMetadata } from "@/components/hubs/hub-directory";
import type { Locale } from "@/i18n/languages";
import { MAX_CACHED_PAGE } from "@/lib/cached-pages";
import { HUB_SORTS } from "@/lib/hubs/queries";
import { parseHubFilters } from "@/lib/hubs/schema";

// The unfiltered directory, cached for everyone: proxy.ts serves /hubs?page=N&sort=S from
// here (see lib/cached-pages.ts). Rendered on first visit, again at most every minute, and
// at once on this instance when a hub changes (revalidatePath in the hub actions).
export const revalidate = 60;
export const generateStaticParams = async (): Promise<{ sort: string; page: string }[]> => [];

type Params = Promise<{ locale: string; sort: string; page: string }>;

// The public address's alternates (/hubs), not this twin's.
export const generateMetadata = async ({ params }: { params: Params }) => hubDirectoryMetadata((await params).locale as Locale);

export default async function CachedHubDirectoryPage({ params }: { params: Params }) {
  const { locale, sort: sortParam, page: pageParam } = await params;
  setRequestLocale(locale as Locale);
  const sort = HUB_SORTS.find((s) => s === sortParam);
  const page = Number(pageParam);
  if (!sort || !/^[1-9][0-9]*$/.test(pageParam) || page > MAX_CACHED_PAGE) notFound();
  return <HubDirectory filters={parseHubFilters({})} sort={sort} page={page} />;
}
