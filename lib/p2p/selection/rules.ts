// Selection's rules, pure and client-safe: which applications the ranking holds, what a pending
// decision becomes on release, and how the ranking reads the reviews (the rubric's arithmetic
// in ../reviews/rubric.ts).
import type { P2PApplicationStatus, P2PSelection } from "@/lib/generated/prisma/enums";
import { REVIEWABLE_STATUSES, SIGNED_STATUSES, type ApplicationDecision } from "@/lib/p2p/applications/workflow";
import { anyDisagreement, zScore, type ReviewerStats } from "@/lib/p2p/reviews/rubric";

/** What staff choose on a row: a pending decision, or none ("cleared"). */
export const SELECTION_CHOICES = ["selected", "reserve", "not_selected", "cleared"] as const;
export type SelectionChoice = (typeof SELECTION_CHOICES)[number];

/** Statuses the ranking lists: the ones the panel reviews, and after the release what they became. */
export const RANKED_STATUSES = [
  ...REVIEWABLE_STATUSES,
  "selected",
  "reserve",
  "not_selected",
  ...SIGNED_STATUSES,
] as const satisfies readonly P2PApplicationStatus[];

/** The application workflow's decision that releases each pending selection. */
export const RELEASE_DECISION = {
  selected: "releaseSelected",
  reserve: "releaseReserve",
  not_selected: "releaseNotSelected",
} as const satisfies Record<P2PSelection, ApplicationDecision>;

/** The round's CHECK (migration 20261206103011_p2p_part_2) as the driver reports it, in the message or the meta. */
export const isBudgetCheckViolation = (e: unknown): boolean =>
  (String((e as Error)?.message ?? "") + JSON.stringify((e as { meta?: unknown })?.meta ?? "")).includes("P2PRound_committed_within_budget");

/** What is left of a budget once the committed grants are counted (never below nothing). */
export const budgetLeft = (budgetCents: number | null, committedCents: number) => Math.max(0, (budgetCents ?? 0) - committedCents);

export type ReviewTotal = { reviewerId: string; total: number };

/** One review as the ranking shows it: the reviewer's total beside the same total normalised for them. */
export type RankedReview = ReviewTotal & { z: number | null };

/**
 * An application's reviews read for the ranking: each total with its z-score against its
 * reviewer's stats in the round (null under three reviews), their mean, and whether two of
 * them disagree (EEA Grants' 30 % rule).
 */
export function readReviews<R extends ReviewTotal>(reviews: readonly R[], stats: ReadonlyMap<string, ReviewerStats>) {
  const totals = reviews.map((r) => r.total);
  return {
    reviews: reviews.map((r) => {
      const s = stats.get(r.reviewerId);
      return { ...r, z: s ? zScore(r.total, s) : null };
    }),
    mean: totals.length ? totals.reduce((a, b) => a + b, 0) / totals.length : null,
    disagreement: anyDisagreement(totals),
  };
}
