import { setRequestLocale } from "next-intl/server";
import { NewsIndex, newsIndexMetadata } from "@/components/news/news-index";
import type { Locale } from "@/i18n/languages";
import { redirect } from "@/i18n/navigation";
import { hasEmptyField, parsePage } from "@/lib/page-number";
import { newsPageHref, readNewsFilters } from "@/lib/news/schema";

type Params = Promise<{ locale: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }) {
  return newsIndexMetadata((await params).locale);
}

// Filtered views render per request. The unfiltered pages are served from the cache by
// /news/all/[page], which proxy.ts puts behind the same addresses (lib/cached-pages.ts).
export default async function NewsPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const query = await searchParams;
  const { filters, ignored } = readNewsFilters(query);
  const page = parsePage(query.page);
  // The filter form sends its empty fields too: tidy the address, so it can be shared as it reads.
  if (hasEmptyField(query)) redirect({ href: newsPageHref(filters, page), locale });
  return <NewsIndex filters={filters} page={page} ignored={ignored} />;
}
