import type { Metadata } from "next";
import Link from "next/link";
import { euros, exchangeName } from "@/components/admin/p2p/format";
import { RoundHeader } from "@/components/admin/p2p/round-header";
import { SwapForm } from "@/components/admin/p2p/selection/selection-forms";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requireStaff } from "@/lib/auth/session";
import { swapChoicesForStaff } from "@/lib/p2p/selection/queries";
import { loadRound } from "../../load";

export const metadata: Metadata = { title: "Swap a selected and a reserve application" };

/** What the swap form's answers may say: swapSelection's refusals are all the selection's own. */
const FORM_MESSAGES = ["staff.p2p.selection"];

// Its own page: it lists every pending selected and reserve application of the round, which the
// ranking, 20 rows a page, should not carry on each of its pages.
export default async function SwapPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const { id } = await params;
  const round = await loadRound(actor, id);
  const { selected, reserve } = await swapChoicesForStaff(actor, round.id);
  const ranking = `/admin/p2p/rounds/${round.id}/ranking`;
  const choice = (a: (typeof selected)[number]) => ({ id: a.id, label: `${exchangeName(a)} (${euros(a.grantCents + a.hostGrantCents)})` });
  return (
    <div>
      <RoundHeader round={round} current="ranking" title={`Swap: ${round.name}`} now={new Date()} />
      <section aria-labelledby="swap-heading" className="mt-6 max-w-3xl">
        <h2 id="swap-heading" className="text-xl font-bold">Swap a selected and a reserve application</h2>
        <p className="mt-2 text-stone-700">
          In one step the selected application goes to the reserve list and the reserve one takes its place; the budget is checked once both have moved.
        </p>
        <div className="mt-4">
          {round.status !== "in_review" ? (
            <p className="rounded-md border border-stone-300 bg-white p-4">Decisions, and so swaps, are taken while the round is in review.</p>
          ) : selected.length === 0 || reserve.length === 0 ? (
            <p className="rounded-md border border-stone-300 bg-white p-4">
              A swap needs at least one selected and one reserve application; this round has {selected.length} selected and {reserve.length} on the reserve list.
            </p>
          ) : (
            <ClientMessages only={FORM_MESSAGES}>
              <SwapForm roundId={round.id} selected={selected.map(choice)} reserve={reserve.map(choice)} />
            </ClientMessages>
          )}
        </div>
        <p className="mt-6">
          <Link href={ranking}>← Back to the ranking</Link>
        </p>
      </section>
    </div>
  );
}
