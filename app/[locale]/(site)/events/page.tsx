import { setRequestLocale } from "next-intl/server";
import { EventsIndex, eventsIndexMetadata } from "@/components/events/events-index";
import type { Locale } from "@/i18n/languages";
import { redirect } from "@/i18n/navigation";
import { eventsPageHref, readEventFilters } from "@/lib/events/schema";
import { hasEmptyField, parsePage } from "@/lib/page-number";

type Params = Promise<{ locale: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }) {
  return eventsIndexMetadata((await params).locale);
}

// Filtered views render per request. The unfiltered pages are served from the cache by
// /events/all/[page], which proxy.ts puts behind the same addresses (lib/cached-pages.ts).
export default async function EventsPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const query = await searchParams;
  const { filters, ignored } = readEventFilters(query);
  const page = parsePage(query.page);
  // The filter form sends its empty fields too: tidy the address, so it can be shared as it reads.
  if (hasEmptyField(query)) redirect({ href: eventsPageHref(filters, page), locale });
  return <EventsIndex filters={filters} page={page} ignored={ignored} />;
}
