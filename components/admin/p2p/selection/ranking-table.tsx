"use client";
// The ranking's table (English, like every staff page). A client component fed plain rows: the
// page's payload then carries a page of rows as data rather than as markup twice over.
// Every decision button belongs to the one decisions form above the table and names its row in
// its value; the answer shows in the row that was decided.
import Link from "next/link";
import { useActionState, useState } from "react";
import { euros } from "@/components/admin/p2p/format";
import { PromoteForm } from "@/components/admin/p2p/selection/selection-forms";
import { FormMessage } from "@/components/ui/form";
import { initialFormState } from "@/lib/form-state";
import { setSelectionAction } from "@/lib/p2p/selection/actions";
import type { SelectionChoice } from "@/lib/p2p/selection/rules";

/** A row as the table shows it (the page builds it from the ranking). */
export type RankingTableRow = {
  id: string;
  rank: number;
  exchange: string;
  applicant: string;
  mean: number | null;
  reviews: { reviewerId: string; name: string; total: number; z: number | null }[];
  reviewsNeeded: number;
  disagreement: boolean;
  grantCents: number;
  hostGrantCents: number;
  /** "decide": the four buttons; otherwise the status's label, with "promote" for a reserve after the release. */
  action: "decide" | "promote" | "none";
  selection: SelectionChoice;
  statusLabel: string;
};

const CHOICES: { value: SelectionChoice; label: string }[] = [
  { value: "selected", label: "Select" },
  { value: "reserve", label: "Reserve" },
  { value: "not_selected", label: "Not selected" },
  { value: "cleared", label: "No decision" },
];

const FORM_ID = "decide";

const score = (n: number) => n.toFixed(1);
const signed = (z: number) => `${z > 0 ? "+" : z < 0 ? "−" : "±"}${Math.abs(z).toFixed(2)}`;

/** A page of the ranking: each application with its reviews, flags, grants and decision. Scrolls sideways on a phone. */
export function RankingTable({ rows, roundId }: { rows: RankingTableRow[]; roundId: string }) {
  const [state, action, pending] = useActionState(setSelectionAction, initialFormState);
  const [decided, setDecided] = useState<string | null>(null);
  return (
    <div role="region" aria-label="Ranking" tabIndex={0} className="relative mt-4 overflow-x-auto">
      <form id={FORM_ID} action={action} noValidate>
        <input type="hidden" name="roundId" value={roundId} />
      </form>
      <table className="decision-buttons w-full min-w-[72rem] border-collapse bg-white text-left text-sm [&_td]:p-3 [&_th]:p-3 [&_ul]:space-y-1">
        <caption className="sr-only">Applications by mean review total, highest first</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col">Rank</th>
            <th scope="col">Exchange</th>
            <th scope="col">Mean</th>
            <th scope="col">Reviews (total, z)</th>
            <th scope="col">Flags</th>
            <th scope="col">Grants</th>
            <th scope="col">Decision</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-stone-200 align-top">
              <td>{r.rank}</td>
              <th scope="row" className="font-normal">
                <Link href={`/admin/p2p/applications/${r.id}`} className="font-semibold">
                  {r.exchange}
                </Link>
                <span className="block text-stone-600">{r.applicant}</span>
              </th>
              <td className="font-semibold">{r.mean === null ? <span className="font-normal text-stone-600 italic">no reviews</span> : score(r.mean)}</td>
              <td>
                <ul>
                  {r.reviews.map((rv) => (
                    <li key={rv.reviewerId}>
                      {`${rv.name}: `}
                      <b>{score(rv.total)}</b>
                      {` (z ${rv.z === null ? "—" : signed(rv.z)})`}
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <ul>
                  <li className={r.reviews.length < r.reviewsNeeded ? "font-semibold text-amber-900" : undefined}>{`${r.reviews.length} of ${r.reviewsNeeded} reviews`}</li>
                  {r.disagreement ? <li className="font-semibold text-red-800">Disagree: call a third reviewer</li> : null}
                </ul>
              </td>
              <td className="whitespace-nowrap">
                {euros(r.grantCents + r.hostGrantCents)}
                <span className="block text-stone-600">{`${euros(r.grantCents)} + host ${euros(r.hostGrantCents)}`}</span>
              </td>
              <td>
                {r.action === "decide" ? (
                  <>
                    {decided === r.id && !pending && state.message ? (
                      <div className="mb-2">
                        <FormMessage state={state} />
                      </div>
                    ) : null}
                    <fieldset className="flex flex-wrap gap-2" disabled={pending}>
                      <legend className="sr-only">{`Decision for ${r.exchange}`}</legend>
                      {CHOICES.map((c) => (
                        <button key={c.value} form={FORM_ID} name="decision" value={`${r.id} ${c.value}`} aria-pressed={r.selection === c.value} onClick={() => setDecided(r.id)}>
                          {c.label}
                        </button>
                      ))}
                    </fieldset>
                  </>
                ) : (
                  <>
                    <span className="font-semibold">{r.statusLabel}</span>
                    {r.action === "promote" ? (
                      <div className="mt-2">
                        <PromoteForm roundId={roundId} applicationId={r.id} exchange={r.exchange} />
                      </div>
                    ) : null}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
