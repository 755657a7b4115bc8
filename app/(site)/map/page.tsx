import type { Metadata } from "next";
import Link from "next/link";
import { IgnoredHubFilters } from "@/components/hubs/ignored-hub-filters";
import { HubFilterForm } from "@/components/map/hub-filter-form";
import { HubList } from "@/components/map/hub-list";
import { HubMapExplorer } from "@/components/map/hub-map-explorer";
import { EmptyState, PageContainer, PageIntro, Section } from "@/components/site/page";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { hubFilterSelects, hubLabels, listMapHubs } from "@/lib/hubs/map-data";
import { hubFilterQuery, parseHubFilters, readHubFilters } from "@/lib/hubs/schema";
import { countryName } from "@/lib/countries";
import { siteUrl } from "@/lib/site";

type Params = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: Params }): Promise<Metadata> {
  const { country } = parseHubFilters(await searchParams);
  const where = country ? ` in ${countryName(country)}` : " across Europe";
  return {
    title: country ? `Map of creative hubs in ${countryName(country)}` : "Map of creative hubs",
    description: `Find creative hubs${where}: coworking spaces, labs, incubators, collectives and makerspaces, filtered by discipline, services and who hosts P2P exchanges.`,
    openGraph: { title: `Creative hubs${where}`, url: "/map" },
  };
}

const pageOf = (v: string | string[] | undefined) => Math.min(10_000, Math.max(1, Number.parseInt(String(v ?? "1"), 10) || 1));

export default async function MapPage({ searchParams }: { searchParams: Params }) {
  const params = await searchParams;
  const { filters, ignored } = readHubFilters(params);
  const page = pageOf(params.page);
  const { hubs, total, pages } = await listMapHubs(filters, page);
  const query = hubFilterQuery(filters);
  const filtered = query !== "";
  const labels = hubLabels();

  const summary =
    total === 0 ? "No hubs to show." : `${total.toLocaleString("en-GB")} ${total === 1 ? "hub" : "hubs"}${filtered ? " match these filters" : " on the map"}.`;
  const embedCode = `<iframe src="${siteUrl(`/embed/map${query ? `?${query}` : ""}`)}" title="Map of creative hubs" width="100%" height="480" style="border:0" loading="lazy"></iframe>`;

  return (
    <PageContainer>
      <PageIntro title="Map of creative hubs" eyebrow="Hubs across Europe">
        <p>
          Coworking spaces, labs, incubators, collectives and co-operatives across Europe — whether they have a building, travel or work
          online. Find peers and hosts near you or far away, and open a hub&apos;s page to get in touch.
        </p>
      </PageIntro>

      <section aria-labelledby="filters-heading" className="mt-10">
        <h2 id="filters-heading" className="sr-only">
          Filter the hubs
        </h2>
        <IgnoredHubFilters ignored={ignored} className="mb-6" />
        <HubFilterForm action="/map" filters={filters} selects={hubFilterSelects()} />
      </section>

      <HubMapExplorer query={query} summary={summary} labels={labels}>
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
        ) : (
          <>
            <HubList hubs={hubs} labels={labels} />
            <Pagination page={page} pages={pages} label="Pages of hubs" href={(p) => pageHref("/map", filters, p)} />
          </>
        )}
      </HubMapExplorer>

      <Section title="Put this map on your website" id="embed">
        <p className="max-w-3xl text-stone-700">
          Show these hubs, with the filters you chose above, on your own site: copy this code into your page.
        </p>
        <label htmlFor="embed-code" className="mt-3 block font-medium text-stone-900">
          Code to embed the map
        </label>
        <textarea id="embed-code" readOnly rows={3} value={embedCode} className="mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 font-mono text-sm text-stone-900" />
      </Section>
    </PageContainer>
  );
}
