import type { Metadata } from "next";
import Link from "next/link";
import { HubCard } from "@/components/hubs/hub-card";
import { HubFilterForm } from "@/components/hubs/hub-filters";
import { IgnoredHubFilters } from "@/components/hubs/ignored-hub-filters";
import { EmptyState, PageContainer, PageIntro } from "@/components/site/page";
import { NoSuchPage, Pagination } from "@/components/ui/pagination";
import { listPublishedHubs, type HubSort } from "@/lib/hubs/queries";
import { hubFilterQuery, type HubFilters, type IgnoredHubFilter } from "@/lib/hubs/schema";

export const hubDirectoryMetadata: Metadata = {
  title: "Directory of creative hubs",
  description: "Creative hubs across Europe — coworking spaces, labs, incubators, collectives and co-operatives — by country, kind, discipline and service.",
  alternates: { canonical: "/hubs" },
};

/** The address of a page of the directory with these filters and this order. */
export function directoryPageHref(filters: HubFilters, sort: HubSort, page: number): string {
  const q = hubFilterQuery(filters, { sort: sort === "name" ? undefined : sort, page: page > 1 ? page : undefined });
  return q ? `/hubs?${q}` : "/hubs";
}

/**
 * The directory's content for a set of filters, a sort and a page: /hubs renders it, and so
 * does its cached twin (which has no filters, so nothing `ignored`).
 */
export async function HubDirectory({ filters, sort, page, ignored = [] }: { filters: HubFilters; sort: HubSort; page: number; ignored?: IgnoredHubFilter[] }) {
  const withQuery = (path: string, extra: Record<string, string | number | undefined> = {}) => {
    const q = hubFilterQuery(filters, extra);
    return q ? `${path}?${q}` : path;
  };
  const pageLink = (p: number) => directoryPageHref(filters, sort, p);
  const now = new Date();
  const { hubs, total, pages } = await listPublishedHubs(filters, { page, sort }, now);
  const filtered = hubFilterQuery(filters) !== "";

  return (
    <PageContainer>
      <PageIntro title="Directory of creative hubs" eyebrow="Hubs across Europe">
        <p>
          Coworking spaces, labs, incubators, collectives and co-operatives across Europe. Narrow the list down by country, kind of hub,
          discipline or what a hub offers, then open a hub&apos;s page to read its story and write to it.
        </p>
      </PageIntro>

      <div className="mt-10 grid gap-8 lg:grid-cols-[18rem_1fr]">
        <div>
          {/* On a phone the filters come first: a way past them to the list. */}
          <p className="mb-4 lg:hidden">
            <a href="#results-heading">Skip to the list of hubs</a>
          </p>
          <HubFilterForm filters={filters} sort={sort} />
        </div>

        <div>
          <IgnoredHubFilters ignored={ignored} className="mb-6" />
          <section aria-labelledby="results-heading">
            <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
              <h2 id="results-heading" tabIndex={-1} className="text-2xl font-bold tracking-tight text-stone-950">
                {total === 1 ? "1 hub" : `${total.toLocaleString("en-GB")} hubs`}
                {filtered ? " match your filters" : ""}
              </h2>
              <p>
                <Link href={withQuery("/map")}>Show {filtered ? "these hubs" : "all hubs"} on the map</Link>
              </p>
            </div>

            {hubs.length ? (
              <>
                <ul className="mt-6 grid gap-6 sm:grid-cols-2">
                  {hubs.map((hub) => (
                    <li key={hub.id}>
                      <HubCard hub={hub} now={now} />
                    </li>
                  ))}
                </ul>
                <Pagination page={Math.min(page, pages)} pages={pages} label="Pages of hubs" href={pageLink} />
              </>
            ) : total > 0 ? (
              <NoSuchPage page={page} pages={pages} firstPage={pageLink(1)} />
            ) : (
              <div className="mt-6">
                <EmptyState title="No hub matches these filters.">
                  <p>
                    Try fewer filters, or <Link href="/hubs">see every hub</Link>.
                    {filters.stale ? null : " Hubs not confirmed in the last 18 months are left out unless you ask for them."}
                  </p>
                </EmptyState>
              </div>
            )}
          </section>

          <section aria-labelledby="open-data-heading" className="mt-12 rounded-lg border border-stone-200 bg-white p-5">
            <h2 id="open-data-heading" className="text-lg font-semibold text-stone-950">
              Download {filtered ? "these hubs" : "the hubs"} as open data
            </h2>
            <p className="mt-2 text-stone-700">
              Every public detail of the {filtered ? "hubs that match your filters" : "published hubs"}, free to reuse. Contact addresses are never
              included: people reach hubs through their pages.
            </p>
            <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
              <li>
                <a href={withQuery("/hubs/export.csv")} download>
                  CSV (spreadsheets)
                </a>
              </li>
              <li>
                <a href={withQuery("/hubs/export.geojson")} download>
                  GeoJSON (maps)
                </a>
              </li>
            </ul>
          </section>
        </div>
      </div>
    </PageContainer>
  );
}
