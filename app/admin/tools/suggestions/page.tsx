import type { Metadata } from "next";
import Link from "next/link";
import { SuggestionList } from "@/components/admin/tools/suggestion-list";
import { PageNotice } from "@/components/site/page-notice";
import { requireStaff } from "@/lib/auth/session";
import { listSuggestionsForStaff } from "@/lib/resources/suggestions/queries";

export const metadata: Metadata = { title: "Suggested resources" };

export default async function AdminResourceSuggestionsPage() {
  const actor = await requireStaff();
  const { pending, decided, pendingTotal } = await listSuggestionsForStaff(actor);
  return (
    <div>
      <h1 className="text-3xl font-bold">Suggested resources</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        Members suggest resources for the <Link href="/admin/tools">Tools &amp; Learning library</Link>. Accept one into a draft (you then describe and publish it) or decline it with a message.
        Either way the member is emailed, in their language.
      </p>
      <PageNotice page="adminResourceSuggestions" className="mt-4" />
      <section aria-labelledby="waiting" className="mt-8">
        <h2 id="waiting" className="text-2xl font-semibold">
          Waiting for a decision {pendingTotal ? `(${pendingTotal.toLocaleString("en-GB")})` : null}
        </h2>
        {pending.length ? <SuggestionList suggestions={pending} open /> : <p className="mt-4 rounded-md border border-stone-300 bg-white p-6">No suggestion is waiting.</p>}
        {pendingTotal > pending.length ? <p className="mt-3 text-stone-700">The oldest {pending.length} are shown; decide these to see the rest.</p> : null}
      </section>
      {decided.length ? (
        <section aria-labelledby="decided" className="mt-10">
          <h2 id="decided" className="text-2xl font-semibold">Recently decided</h2>
          <SuggestionList suggestions={decided} open={false} />
        </section>
      ) : null}
    </div>
  );
}
