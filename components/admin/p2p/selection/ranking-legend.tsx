import { MIN_REVIEWS_FOR_Z } from "@/lib/p2p/reviews/rubric";

/** What the ranking's z-scores and flags mean, above its table. */
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
