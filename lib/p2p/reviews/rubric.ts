// The panel's arithmetic, pure and client-safe: a review's weighted total out of 100, a
// reviewer's scores normalised against their own habits (a z-score), and the EEA Grants rule
// for calling a third reviewer. The ranking's SQL sums the stored totals; these say what a
// total is.

/** The scale every criterion is scored on: 0 to 5, each value with its label. */
export const SCALE = [0, 1, 2, 3, 4, 5] as const;
export const SCALE_MAX = 5;

/** A z-score is shown only for reviewers with at least this many reviews in the round. */
export const MIN_REVIEWS_FOR_Z = 3;

/** Two reviewers disagree when their totals differ by more than this share of the higher. */
export const DISAGREEMENT_SHARE = 0.3;

type Weighted = { weight: number };

/**
 * The weighted total of one review, out of 100: each criterion's value over the scale's top,
 * weighted by its share of the rubric's weights. `values[i]` scores `criteria[i]`. Rounded to
 * two decimals, so the stored total and a recomputation agree.
 */
export function weightedTotal(criteria: readonly Weighted[], values: readonly number[]): number {
  if (criteria.length === 0 || criteria.length !== values.length) throw new RangeError("one value per criterion");
  const weights = criteria.reduce((sum, c) => sum + c.weight, 0);
  if (weights <= 0) throw new RangeError("weights must be positive");
  const score = criteria.reduce((sum, c, i) => sum + c.weight * values[i]!, 0);
  return Math.round((score / (weights * SCALE_MAX)) * 100 * 100) / 100;
}

export type ReviewerStats = { count: number; mean: number; sd: number };

/** A reviewer's count, mean and (population) standard deviation of their totals in a round. */
export function reviewerStats(totals: readonly number[]): ReviewerStats {
  const count = totals.length;
  if (count === 0) return { count: 0, mean: 0, sd: 0 };
  const mean = totals.reduce((a, b) => a + b, 0) / count;
  const sd = Math.sqrt(totals.reduce((a, t) => a + (t - mean) ** 2, 0) / count);
  return { count, mean, sd };
}

/**
 * `total` normalised for its reviewer: how many of their standard deviations it lies above
 * their mean. Null when the reviewer has fewer than three reviews in the round, or gave every
 * application the same total (nothing to normalise against).
 */
export function zScore(total: number, stats: ReviewerStats): number | null {
  if (stats.count < MIN_REVIEWS_FOR_Z || stats.sd === 0) return null;
  return (total - stats.mean) / stats.sd;
}

/** Whether two reviewers' totals differ by more than 30 % of the higher (call a third reviewer). */
export function disagree(a: number, b: number): boolean {
  const higher = Math.max(a, b);
  return higher > 0 && Math.abs(a - b) > DISAGREEMENT_SHARE * higher;
}

/** Whether any two of an application's totals disagree. */
export const anyDisagreement = (totals: readonly number[]) => totals.some((a, i) => totals.slice(i + 1).some((b) => disagree(a, b)));
