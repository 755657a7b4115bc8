import Link from "next/link";
import { APPLICATION_STATUS_LABELS, euros } from "@/components/admin/p2p/format";
import { DecisionForm, PromoteForm } from "@/components/admin/p2p/selection/selection-forms";
import type { P2PRoundStatus, P2PSelection } from "@/lib/generated/prisma/enums";
import { REVIEWABLE_STATUSES } from "@/lib/p2p/applications/workflow";
import { MIN_REVIEWS_FOR_Z } from "@/lib/p2p/reviews/rubric";
import type { RankingRow } from "@/lib/p2p/selection/queries";

export const SELECTION_LABELS: Record<P2PSelection, string> = { selected: "Selected", reserve: "Reserve", not_selected: "Not selected" };

const score = (n: number) => n.toFixed(1);
const signed = (z: number) => `${z > 0 ? "+" : z < 0 ? "−" : "±"}${Math.abs(z).toFixed(2)}`;
export const exchangeName = (r: { visitingHub: { name: string }; hostHub: { name: string } }) => `${r.visitingHub.name} → ${r.hostHub.name}`;

/** What the z-scores and the flags mean, above the table. */
export function RankingLegend() {
  return (
    <dl className="mt-4 grid max-w-4xl gap-2 text-sm text-stone-800 sm:grid-cols-[auto_1fr]">
      <dt className="font-semibold">Mean</dt>
      <dd>The mean of the reviewers&apos; weighted totals, out of 100: the ranking&apos;s order.</dd>
      <dt className="font-semibold">z</dt>
      <dd>
        Each total normalised for its reviewer: how many of their standard deviations it lies above (+) or below (−) their own mean in this round. Shown for
        reviewers with at least {MIN_REVIEWS_FOR_Z} reviews who did not give every application the same total; a strict and a generous reviewer become comparable.
      </dd>
      <dt className="font-semibold">Disagree</dt>
      <dd>Two reviewers&apos; totals differ by more than 30 % of the higher: consider a third reviewer (EEA Grants&apos; rule).</dd>
    </dl>
  );
}

/** A page of the ranking: each application with its reviews, flags, grants and decision. Scrolls sideways on a phone. */
export function RankingTable({ rows, roundId, roundStatus }: { rows: RankingRow[]; roundId: string; roundStatus: P2PRoundStatus }) {
  return (
    <div role="region" aria-label="Ranking" tabIndex={0} className="relative mt-4 overflow-x-auto">
      <table className="w-full min-w-[72rem] border-collapse bg-white text-left text-sm">
        <caption className="sr-only">Applications by mean review total, highest first</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="p-3">Rank</th>
            <th scope="col" className="p-3">Exchange</th>
            <th scope="col" className="p-3">Mean</th>
            <th scope="col" className="p-3">Reviews (total, z)</th>
            <th scope="col" className="p-3">Flags</th>
            <th scope="col" className="p-3">Grants</th>
            <th scope="col" className="p-3">Decision</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const deciding = roundStatus === "in_review" && (REVIEWABLE_STATUSES as readonly string[]).includes(r.status);
            const missing = r.reviews.length < r.reviewsNeeded;
            return (
              <tr key={r.id} className="border-b border-stone-200 align-top">
                <td className="p-3">{r.rank}</td>
                <th scope="row" className="p-3 font-normal">
                  <Link href={`/admin/p2p/applications/${r.id}`} className="font-semibold">{exchangeName(r)}</Link>
                  <span className="block text-stone-600">{r.applicant.name}</span>
                </th>
                <td className="p-3 font-semibold">{r.mean === null ? <span className="font-normal text-stone-600 italic">no reviews</span> : score(r.mean)}</td>
                <td className="p-3">
                  <ul className="space-y-1">
                    {r.reviews.map((rv) => (
                      <li key={rv.reviewerId}>
                        {rv.reviewerName}: <span className="font-semibold">{score(rv.total)}</span>
                        <span className="text-stone-700"> (z {rv.z === null ? "—" : signed(rv.z)})</span>
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="p-3">
                  <ul className="space-y-1">
                    <li className={missing ? "font-semibold text-amber-900" : "text-stone-700"}>
                      {r.reviews.length} of {r.reviewsNeeded} reviews
                    </li>
                    {r.disagreement ? <li className="font-semibold text-red-800">Disagree: call a third reviewer</li> : null}
                  </ul>
                </td>
                <td className="p-3 whitespace-nowrap">
                  {euros(r.totalGrantCents)}
                  <span className="block text-stone-600">
                    {euros(r.grantCents)} + host {euros(r.hostGrantCents)}
                  </span>
                </td>
                <td className="p-3">
                  {deciding ? (
                    <DecisionForm roundId={roundId} applicationId={r.id} current={r.selection} exchange={exchangeName(r)} />
                  ) : (
                    <>
                      <span className="font-semibold">{APPLICATION_STATUS_LABELS[r.status]}</span>
                      {roundStatus === "results_released" && r.status === "reserve" ? (
                        <div className="mt-2">
                          <PromoteForm roundId={roundId} applicationId={r.id} exchange={exchangeName(r)} />
                        </div>
                      ) : null}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
