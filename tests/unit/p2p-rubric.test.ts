// The panel's arithmetic: a review's weighted total out of 100, a reviewer's scores normalised
// against their own habits, and the EEA Grants rule for calling a third reviewer (totals that
// differ by more than 30 % of the higher).
import { describe, expect, it } from "vitest";
import { anyDisagreement, disagree, MIN_REVIEWS_FOR_Z, reviewerStats, weightedTotal, zScore } from "@/lib/p2p/reviews/rubric";
import { scoreField } from "@/lib/p2p/reviews/rules";
import { reviewSchema, scoresFrom } from "@/lib/p2p/reviews/schema";

// Relevance counts double, like the integration tests' rubric.
const RUBRIC = [{ weight: 2 }, { weight: 1 }, { weight: 1 }];

describe("weightedTotal", () => {
  it("is 100 for the top of the scale everywhere and 0 for the bottom", () => {
    expect(weightedTotal(RUBRIC, [5, 5, 5])).toBe(100);
    expect(weightedTotal(RUBRIC, [0, 0, 0])).toBe(0);
  });

  it("weighs each criterion by its share of the weights", () => {
    // (2×4 + 3 + 5) / (4 × 5) = 16 / 20
    expect(weightedTotal(RUBRIC, [4, 3, 5])).toBe(80);
    // The double-weight criterion moves the total twice as far as another.
    expect(weightedTotal(RUBRIC, [5, 0, 0])).toBe(50);
    expect(weightedTotal(RUBRIC, [0, 5, 0])).toBe(25);
  });

  it("equals the plain mean over the scale when every weight is the same, whatever the weight", () => {
    expect(weightedTotal([{ weight: 3 }, { weight: 3 }], [4, 1])).toBe(50);
    expect(weightedTotal([{ weight: 1 }, { weight: 1 }], [4, 1])).toBe(50);
  });

  it("rounds to two decimals, so a stored total and a recomputation agree", () => {
    expect(weightedTotal([{ weight: 1 }, { weight: 1 }, { weight: 1 }], [1, 1, 0])).toBe(13.33);
    expect(weightedTotal([{ weight: 1 }, { weight: 1 }, { weight: 1 }], [5, 5, 4])).toBe(93.33);
  });

  it("refuses values that do not match the criteria, and a rubric without weight", () => {
    expect(() => weightedTotal(RUBRIC, [1, 2])).toThrow(RangeError);
    expect(() => weightedTotal([], [])).toThrow(RangeError);
    expect(() => weightedTotal([{ weight: 0 }], [3])).toThrow(RangeError);
  });
});

describe("zScore", () => {
  it("is how many of the reviewer's standard deviations a total lies from their mean", () => {
    const stats = reviewerStats([60, 70, 80]);
    expect(stats.count).toBe(3);
    expect(stats.mean).toBe(70);
    expect(stats.sd).toBeCloseTo(Math.sqrt(200 / 3));
    expect(zScore(80, stats)).toBeCloseTo(10 / Math.sqrt(200 / 3));
    expect(zScore(70, stats)).toBe(0);
    expect(zScore(60, stats)!).toBeLessThan(0);
  });

  it("puts a harsh and a generous reviewer's favourite on the same footing", () => {
    const harsh = reviewerStats([20, 30, 40]);
    const generous = reviewerStats([70, 80, 90]);
    expect(zScore(40, harsh)).toBeCloseTo(zScore(90, generous)!);
  });

  it("is not given for fewer than three reviews, or when every total is the same", () => {
    expect(MIN_REVIEWS_FOR_Z).toBe(3);
    expect(zScore(80, reviewerStats([60, 80]))).toBeNull();
    expect(zScore(80, reviewerStats([80, 80, 80]))).toBeNull();
    expect(reviewerStats([])).toEqual({ count: 0, mean: 0, sd: 0 });
  });
});

describe("disagree", () => {
  it("calls a third reviewer when two totals differ by more than 30 % of the higher", () => {
    expect(disagree(100, 69)).toBe(true);
    expect(disagree(69, 100)).toBe(true);
    expect(disagree(50, 34)).toBe(true);
  });

  it("not at exactly 30 %, nor below, nor when both are zero", () => {
    expect(disagree(100, 70)).toBe(false);
    expect(disagree(80, 60)).toBe(false);
    expect(disagree(0, 0)).toBe(false);
  });

  it("over an application's totals, when any two disagree", () => {
    expect(anyDisagreement([80, 75, 50])).toBe(true);
    expect(anyDisagreement([80, 75, 70])).toBe(false);
    expect(anyDisagreement([80])).toBe(false);
  });
});

describe("the review form's schema", () => {
  const ids = ["c1", "c2"];
  const schema = reviewSchema(ids);

  it("reads a score per criterion, the comment and what to do next", () => {
    const parsed = schema.parse({ assignmentId: "a1", comment: " Good. ", [scoreField("c1")]: "0", [scoreField("c2")]: "5", then: "next" });
    expect(scoresFrom(parsed, ids)).toEqual({ c1: 0, c2: 5 });
    expect(parsed.comment).toBe("Good.");
    expect(parsed.then).toBe("next");
    expect(schema.parse({ assignmentId: "a1", comment: "Good.", [scoreField("c1")]: "1", [scoreField("c2")]: "2" }).then).toBe("stay");
  });

  it("says beside each question that its score is missing or out of the scale, and that a comment is needed", () => {
    const result = schema.safeParse({ assignmentId: "a1", comment: " ", [scoreField("c2")]: "6" });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(byField).toEqual({ comment: "p2pReview.errors.commentMissing", [scoreField("c1")]: "p2pReview.errors.scoreMissing", [scoreField("c2")]: "p2pReview.errors.scoreMissing" });
  });
});
