import { setRequestLocale } from "next-intl/server";
import { ToolsIndex, toolsIndexMetadata } from "@/components/tools/tools-index";
import type { Locale } from "@/i18n/languages";
import { redirect } from "@/i18n/navigation";
import { hasEmptyField, parsePage } from "@/lib/page-number";
import { readResourceFilters, resourcesPageHref } from "@/lib/resources/schema";

type Params = Promise<{ locale: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }) {
  return toolsIndexMetadata((await params).locale);
}

// A search or filtered view renders per request. The unfiltered pages are served from the cache
// by /tools/all/[page], which proxy.ts puts behind the same addresses (lib/cached-pages.ts).
export default async function ToolsPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const query = await searchParams;
  const { filters, ignored } = readResourceFilters(query);
  const page = parsePage(query.page);
  // The form sends its empty fields and its default order too: tidy the address, so it can be
  // shared as it reads (and, with nothing chosen, be served from the cache).
  const empty = hasEmptyField(query);
  const defaultOrder = query.sort !== undefined && !filters.sort && !ignored.some((i) => i.filter === "sort");
  if (empty || defaultOrder) redirect({ href: resourcesPageHref(filters, page), locale });
  return <ToolsIndex filters={filters} page={page} ignored={ignored} />;
}
