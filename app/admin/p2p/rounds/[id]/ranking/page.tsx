import type { Metadata } from "next";
import Link from "next/link";
import { RoundHeader } from "@/components/admin/p2p/round-header";
import { BudgetSummary } from "@/components/admin/p2p/selection/budget-summary";
import { RankingLegend } from "@/components/admin/p2p/selection/ranking-legend";
import { rankingTableRow } from "@/components/admin/p2p/selection/ranking-rows";
import { RankingTable } from "@/components/admin/p2p/selection/ranking-table";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NoSuchPage, Pagination, pageHref } from "@/components/ui/pagination";
import { requireStaff } from "@/lib/auth/session";
import { rankingForStaff } from "@/lib/p2p/selection/queries";
import { rankingPageSchema } from "@/lib/p2p/selection/schema";
import { loadRound } from "../load";

export const metadata: Metadata = { title: "Ranking of a P2P round" };

/** What the forms' answers may say: the selection's own; after the release, the promotion's workflow refusal too. */
const formMessages = (status: string) => (status === "results_released" ? ["staff.p2p.selection", "p2pApply.workflow.cannot"] : ["staff.p2p.selection"]);

export default async function RankingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string>> }) {
  const actor = await requireStaff();
  const { id } = await params;
  const { page } = rankingPageSchema.parse(await searchParams);
  const round = await loadRound(actor, id);
  const ranking = await rankingForStaff(actor, round.id, { page });
  const path = `/admin/p2p/rounds/${round.id}/ranking`;
  return (
    <div>
      <RoundHeader round={round} current="ranking" title={`Ranking: ${round.name}`} now={new Date()} />
      <p className="mt-4 max-w-3xl text-stone-700">
        {round.status === "in_review"
          ? "Decisions stay pending, seen by staff only, until you release the results from the Results emails tab. The database refuses any decision that would take the selected grants over the budget."
          : round.status === "results_released"
            ? "The results are released. A reserve application can be promoted when the budget has room; its applicant and host are emailed."
            : "Decisions are taken while the round is in review."}{" "}
        <a href={`${path}.csv`}>Download the ranking (CSV)</a>
      </p>
      <BudgetSummary budgetCents={ranking.round.budgetCents} committedCents={ranking.round.committedCents} counts={ranking.counts} />
      {round.status === "in_review" && ranking.counts.selected > 0 && ranking.counts.reserve > 0 ? (
        <p className="mt-4">
          <Link href={`${path}/swap`}>Swap a selected and a reserve application</Link>
        </p>
      ) : null}
      <ClientMessages only={formMessages(round.status)}>
        <section aria-labelledby="ranking-heading" className="mt-8">
          <h2 id="ranking-heading" className="text-2xl font-bold">Applications</h2>
          <RankingLegend />
          {page > ranking.pages ? (
            <NoSuchPage page={page} pages={ranking.pages} firstPage={path} />
          ) : ranking.rows.length === 0 ? (
            <p className="mt-6 rounded-md border border-stone-300 bg-white p-6">No application has reached review yet: the panel reviews the ones their host agreed to.</p>
          ) : (
            <RankingTable rows={ranking.rows.map((r) => rankingTableRow(r, round.status))} roundId={round.id} />
          )}
          <Pagination page={page} pages={ranking.pages} label="Ranking pages" href={(p) => pageHref(path, {}, p)} />
        </section>
      </ClientMessages>
      <p className="mt-8">
        <Link href={`/admin/p2p/rounds/${round.id}/outbox`}>{round.status === "in_review" ? "Read the results' emails, then release them" : "The results' emails"}</Link>
      </p>
    </div>
  );
}
