import { setRequestLocale } from "next-intl/server";
import { directoryPageHref, HubDirectory, hubDirectoryMetadata } from "@/components/hubs/hub-directory";
import type { Locale } from "@/i18n/languages";
import { redirect } from "@/i18n/navigation";
import { HUB_SORTS, type HubSort } from "@/lib/hubs/queries";
import { readHubFilters } from "@/lib/hubs/schema";
import { firstValue, hasEmptyField, parsePage } from "@/lib/page-number";

type Params = Promise<{ locale: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export const generateMetadata = async ({ params }: { params: Params }) => hubDirectoryMetadata((await params).locale as Locale);

// Filtered views render per request. The unfiltered pages are served from the cache by
// /hubs/all/[sort]/[page], which proxy.ts puts behind the same addresses.
export default async function HubDirectoryPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const query = await searchParams;
  const { filters, ignored } = readHubFilters(query);
  const sort: HubSort = HUB_SORTS.find((s) => s === firstValue(query.sort)) ?? "name";
  const page = parsePage(query.page);
  // The filter form sends its empty fields too: tidy the address, so it can be shared as it reads.
  if (hasEmptyField(query)) redirect({ href: directoryPageHref(filters, sort, page), locale: locale as Locale });
  return <HubDirectory filters={filters} sort={sort} page={page} ignored={ignored} />;
}
