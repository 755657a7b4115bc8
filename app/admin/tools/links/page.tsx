import type { Metadata } from "next";
import Link from "next/link";
import { RESOURCE_STATUS_LABELS } from "@/components/admin/tools/labels";
import { linkFinding } from "@/components/admin/tools/resource-table";
import { NoSuchPage, Pagination, pageHref } from "@/components/ui/pagination";
import { requireStaff } from "@/lib/auth/session";
import { listBrokenLinks } from "@/lib/resources/admin-queries";
import { formatTimestamp } from "@/lib/timestamps";

export const metadata: Metadata = { title: "Broken links in the library" };

const PATH = "/admin/tools/links";

export default async function BrokenLinksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaff();
  const asked = Number((await searchParams).page);
  const page = Number.isInteger(asked) && asked >= 1 && asked <= 10_000 ? asked : 1;
  const { resources, total, pages } = await listBrokenLinks(actor, page);
  return (
    <div>
      <p>
        <Link href="/admin/tools">← The library</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Broken links</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        Resources whose link did not answer, or answered with an error, when the link checker last tried it. Fix the link on the resource’s page, or give it a file instead; the checker tries again on its next round.
      </p>
      {page > pages ? (
        <NoSuchPage page={page} pages={pages} firstPage={PATH} />
      ) : resources.length === 0 ? (
        <p className="mt-6 rounded-md border border-stone-300 bg-white p-6">No broken link: every checked link answered.</p>
      ) : (
        <>
          <p className="mt-6 text-stone-700">{total === 1 ? "One broken link." : `${total.toLocaleString("en-GB")} broken links.`}</p>
          <div role="region" aria-label="Broken links" tabIndex={0} className="mt-4 overflow-x-auto">
            <table className="w-full min-w-[48rem] border-collapse bg-white text-left text-sm">
              <caption className="sr-only">Resources with a broken link, the most recently checked first</caption>
              <thead>
                <tr className="border-b border-stone-300">
                  <th scope="col" className="p-3">Resource</th>
                  <th scope="col" className="p-3">Status</th>
                  <th scope="col" className="p-3">Link</th>
                  <th scope="col" className="p-3">Problem</th>
                  <th scope="col" className="p-3">Checked</th>
                </tr>
              </thead>
              <tbody>
                {resources.map((r) => (
                  <tr key={r.id} className="border-b border-stone-200 align-top">
                    <th scope="row" className="p-3 font-normal [overflow-wrap:anywhere]">
                      <Link href={`/admin/tools/${r.id}`} className="font-semibold">{r.title}</Link>
                    </th>
                    <td className="p-3">{RESOURCE_STATUS_LABELS[r.status]}</td>
                    <td className="p-3 [overflow-wrap:anywhere]">{r.url ?? "—"}</td>
                    <td className="p-3">{linkFinding(r)}</td>
                    <td className="p-3 whitespace-nowrap">{r.linkCheckedAt ? formatTimestamp(r.linkCheckedAt) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <Pagination page={page} pages={pages} label="Pages of broken links" href={(p) => pageHref(PATH, {}, p)} />
    </div>
  );
}
