import type { Metadata } from "next";
import Link from "next/link";
import { IgnoredHubFilters } from "@/components/hubs/ignored-hub-filters";
import { HubFilterForm } from "@/components/map/hub-filter-form";
import { HubList } from "@/components/map/hub-list";
import { HubMapExplorer } from "@/components/map/hub-map-explorer";
import { EmptyState } from "@/components/site/page";
import { NoSuchPage, Pagination, pageHref } from "@/components/ui/pagination";
import { hubFilterSelects, hubLabels, listMapHubs } from "@/lib/hubs/map-data";
import { hubFilterQuery, type HubFilters, type IgnoredHubFilter } from "@/lib/hubs/schema";
import { countryName } from "@/lib/countries";
import { siteUrl } from "@/lib/site";

export function hubMapMetadata(filters: HubFilters): Metadata {
  const { country } = filters;
  const where = country ? ` in ${countryName(country)}` : " across Europe";
  return {
    title: country ? `Map of creative hubs in ${countryName(country)}` : "Map of creative hubs",
    description: `Find creative hubs${where}: coworking spaces, labs, incubators, collectives and makerspaces, filtered by discipline, services and who hosts P2P exchanges.`,
    openGraph: { title: `Creative hubs${where}`, url: "/map" },
  };
}

/**
 * The map page for a set of filters and a page of the list: /map renders it per request when
 * filtered, and its cached twin /map/all/[page] for everyone when not (lib/cached-pages.ts).
 */
export async function HubMapPage({ filters, ignored = [], page }: { filters: HubFilters; ignored?: IgnoredHubFilter[]; page: number }) {
  const { hubs, total, pages } = await listMapHubs(filters, page);
  const query = hubFilterQuery(filters);
  const filtered = query !== "";
  const labels = hubLabels();

  const summary =
    total === 0 ? "No hubs to show." : `${total.toLocaleString("en-GB")} ${total === 1 ? "hub" : "hubs"}${filtered ? " match these filters" : " on the map"}.`;
  const embedCode = `<iframe src="${siteUrl(`/embed/map${query ? `?${query}` : ""}`)}" title="Map of creative hubs" width="100%" height="480" style="border:0" loading="lazy"></iframe>`;

  return (
    <div className="mx-auto max-w-[100rem] px-4 py-6 sm:py-8">
      <h1 className="text-3xl font-bold tracking-tight text-stone-950">Map of creative hubs</h1>
      <p className="mt-2 max-w-4xl text-stone-700">
        Coworking spaces, labs, incubators, collectives and co-operatives across Europe — whether they have a building, travel or work
        online. Find peers and hosts near you or far away, and open a hub&apos;s page to get in touch.
      </p>

      <HubMapExplorer
        query={query}
        summary={summary}
        labels={labels}
        filters={
          <section aria-labelledby="filters-heading">
            <h2 id="filters-heading" className="sr-only">
              Filter the hubs
            </h2>
            <IgnoredHubFilters ignored={ignored} className="mb-4" />
            <HubFilterForm action="/map" filters={filters} selects={hubFilterSelects()} />
          </section>
        }
      >
        {total === 0 ? (
          <div className="mt-4">
            {filtered ? (
              <EmptyState title="No hub matches these filters.">
                <p>
                  Try fewer filters, or <Link href="/map">see every hub</Link>.
                </p>
              </EmptyState>
            ) : (
              <EmptyState title="No hubs are on the map yet.">
                <p>
                  If you run a creative hub, <Link href="/hubs/new">add your hub</Link>: our team checks each one before it appears.
                </p>
              </EmptyState>
            )}
          </div>
        ) : page > pages ? (
          <NoSuchPage page={page} pages={pages} firstPage={pageHref("/map", filters, 1)} />
        ) : (
          <>
            <HubList hubs={hubs} labels={labels} />
            <Pagination page={page} pages={pages} label="Pages of hubs" href={(p) => pageHref("/map", filters, p)} />
          </>
        )}
      </HubMapExplorer>

      <section aria-labelledby="embed" className="mt-12 max-w-4xl">
        <h2 id="embed" className="text-2xl font-bold tracking-tight text-stone-950">
          Put this map on your website
        </h2>
        <p className="mt-4 text-stone-700">Show these hubs, with the filters you chose above, on your own site: copy this code into your page.</p>
        <label htmlFor="embed-code" className="mt-3 block font-medium text-stone-900">
          Code to embed the map
        </label>
        <textarea id="embed-code" readOnly rows={3} value={embedCode} className="mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 font-mono text-sm text-stone-900" />
      </section>
    </div>
  );
}
