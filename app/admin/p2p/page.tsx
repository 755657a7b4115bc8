import type { Metadata } from "next";
import Link from "next/link";
import { RoundTable } from "@/components/admin/p2p/round-table";
import { NoSuchPage, Pagination, pageHref } from "@/components/ui/pagination";
import { requireStaff } from "@/lib/auth/session";
import { listRoundsForStaff } from "@/lib/p2p/rounds/admin-queries";
import { roundListSchema } from "@/lib/p2p/rounds/schema";

export const metadata: Metadata = { title: "P2P rounds" };

export default async function AdminP2PRoundsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireStaff();
  const { page } = roundListSchema.parse(await searchParams);
  const { rounds, total, pages } = await listRoundsForStaff(actor, { page });
  return (
    <div>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">P2P rounds</h1>
          <p className="mt-2 max-w-3xl text-stone-700">
            Create a round, preview it as applicants will read it, and publish it when it has everything they need. Then start its review, release its results and close it. Every change is kept in the audit log.
          </p>
        </div>
        <Link href="/admin/p2p/rounds/new" className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white no-underline hover:bg-brand-800">
          New round
        </Link>
      </div>
      <section aria-labelledby="rounds-heading" className="mt-8">
        <h2 id="rounds-heading" className="text-2xl font-bold">Rounds</h2>
        <p className="mt-1 text-stone-700">{total === 1 ? "One round" : `${total} rounds`}, drafts and open rounds first.</p>
        <div className="mt-4">
          {page > pages ? <NoSuchPage page={page} pages={pages} firstPage="/admin/p2p" /> : rounds.length === 0 ? <p className="rounded-md border border-stone-300 bg-white p-6">No round yet. Create the first one.</p> : <RoundTable rounds={rounds} now={new Date()} />}
        </div>
        <Pagination page={page} pages={pages} label="Round pages" href={(p) => pageHref("/admin/p2p", {}, p)} />
      </section>
    </div>
  );
}
