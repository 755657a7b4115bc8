import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { HubMapPage, hubMapMetadata } from "@/components/map/hub-map-page";
import type { Locale } from "@/i18n/languages";
import { parseHubFilters, readHubFilters } from "@/lib/hubs/schema";

type Params = Promise<{ locale: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  return hubMapMetadata((await params).locale as Locale, parseHubFilters(await searchParams));
}

const pageOf = (v: string | string[] | undefined) => Math.min(10_000, Math.max(1, Number.parseInt(String(v ?? "1"), 10) || 1));

// Filtered maps render per request: their list, for browsers without JavaScript, is read
// fresh. The unfiltered map is served from the cache by /map/all/[page], which proxy.ts puts
// behind the same addresses.
export default async function MapPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  setRequestLocale((await params).locale as Locale);
  const query = await searchParams;
  const { filters, ignored } = readHubFilters(query);
  return <HubMapPage filters={filters} ignored={ignored} page={pageOf(query.page)} />;
}
