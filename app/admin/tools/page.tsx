import type { Metadata } from "next";
import Link from "next/link";
import { RESOURCE_STATUS_LABELS } from "@/components/admin/tools/labels";
import { ResourceTable } from "@/components/admin/tools/resource-table";
import { NoSuchPage, Pagination, pageHref } from "@/components/ui/pagination";
import { requireStaff } from "@/lib/auth/session";
import { ResourceStatus } from "@/lib/generated/prisma/enums";
import { listResourcesForStaff, MAX_STAFF_SEARCH, staffResourceFilterSchema } from "@/lib/resources/admin-queries";

export const metadata: Metadata = { title: "Tools & Learning library" };

const PATH = "/admin/tools";

export default async function AdminToolsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaff();
  const filters = staffResourceFilterSchema.parse(await searchParams);
  const { resources, total, counts, pages } = await listResourcesForStaff(actor, filters);
  const { status, q, page } = filters;
  const all = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">Tools &amp; Learning library</h1>
        <Link href="/admin/tools/new" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800">
          New resource
        </Link>
      </div>
      <p className="mt-2 max-w-3xl text-stone-700">
        Toolkits, guides, templates, videos, courses, reports and case studies for hub leaders. Published resources appear on /tools and on the home page. See also the{" "}
        <Link href="/admin/tools/links">broken links</Link> the link checker found and the <Link href="/admin/tools/suggestions">suggestions from members</Link>.
      </p>
      <form method="get" action={PATH} role="search" aria-label="Resources by title" className="mt-6 flex flex-wrap items-end gap-3">
        {status ? <input type="hidden" name="status" value={status} /> : null}
        <div>
          <label htmlFor="resource-search" className="block font-medium text-stone-900">Title contains</label>
          <input id="resource-search" type="search" name="q" defaultValue={q} maxLength={MAX_STAFF_SEARCH} className="mt-1 block w-72 max-w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base" />
        </div>
        <button type="submit" className="rounded-md border border-stone-400 bg-white px-4 py-2 font-semibold text-stone-900 hover:bg-stone-100">Search</button>
        {q ? <Link href={pageHref(PATH, { status }, 1)}>Clear the search</Link> : null}
      </form>
      <nav aria-label="Resources by status" className="mt-6 flex flex-wrap gap-2">
        {[undefined, ...Object.values(ResourceStatus)].map((value) => (
          <Link
            key={value ?? "all"}
            href={pageHref(PATH, { status: value, q }, 1)}
            aria-current={value === status ? "page" : undefined}
            className={`rounded-md border px-3 py-1.5 no-underline ${value === status ? "border-brand-700 bg-brand-700 text-white" : "border-stone-300 bg-white text-stone-900 hover:bg-stone-100"}`}
          >
            {value ? RESOURCE_STATUS_LABELS[value] : "All"} ({(value ? counts[value] : all).toLocaleString("en-GB")})
          </Link>
        ))}
      </nav>
      {page > pages ? (
        <NoSuchPage page={page} pages={pages} firstPage={pageHref(PATH, { status, q }, 1)} />
      ) : resources.length === 0 ? (
        <p className="mt-6 rounded-md border border-stone-300 bg-white p-6">
          {q ? `No resource whose title contains “${q}”.` : status ? `No ${RESOURCE_STATUS_LABELS[status].toLowerCase()} resource.` : "No resource yet: add one with “New resource”."}
        </p>
      ) : (
        <>
          <p className="mt-6 text-stone-700">{total === 1 ? "One resource." : `${total.toLocaleString("en-GB")} resources.`}</p>
          <ResourceTable resources={resources} label="Resources" caption="Resources of the library: drafts first, then published and archived; each most recently changed first" />
        </>
      )}
      <Pagination page={page} pages={pages} label="Resource pages" href={(p) => pageHref(PATH, { status, q }, p)} />
    </div>
  );
}
