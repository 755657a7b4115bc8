// The selection's pure rules: how the ranking reads an application's reviews (z-scores against
// each reviewer's habits, the mean, EEA Grants' disagreement rule), what is left of a budget,
// and how the database's budget refusal is recognised.
import { describe, expect, it } from "vitest";
import { reviewerStats } from "@/lib/p2p/reviews/rubric";
import { budgetLeft, isBudgetCheckViolation, readReviews, RELEASE_DECISION } from "@/lib/p2p/selection/rules";

describe("readReviews", () => {
  const stats = new Map([
    ["strict", reviewerStats([40, 50, 60])],
    ["generous", reviewerStats([80, 90])],
  ]);

  it("normalises each total for its reviewer, only with three reviews or more", () => {
    const read = readReviews([{ reviewerId: "strict", total: 60 }, { reviewerId: "generous", total: 90 }, { reviewerId: "unknown", total: 70 }], stats);
    expect(read.reviews[0]!.z).toBeCloseTo(10 / Math.sqrt(200 / 3), 10);
    expect(read.reviews[1]!.z).toBeNull();
    expect(read.reviews[2]!.z).toBeNull();
    expect(read.mean).toBeCloseTo(220 / 3, 10);
  });

  it("flags two totals more than 30 % of the higher apart, and nothing without reviews", () => {
    expect(readReviews([{ reviewerId: "strict", total: 50 }, { reviewerId: "generous", total: 80 }], stats).disagreement).toBe(true);
    expect(readReviews([{ reviewerId: "strict", total: 57 }, { reviewerId: "generous", total: 80 }], stats).disagreement).toBe(false);
    expect(readReviews([], stats)).toEqual({ reviews: [], mean: null, disagreement: false });
  });
});

describe("the budget", () => {
  it("says what is left, never below nothing, and nothing without a budget", () => {
    expect(budgetLeft(335_000, 167_500)).toBe(167_500);
    expect(budgetLeft(100_000, 167_500)).toBe(0);
    expect(budgetLeft(null, 0)).toBe(0);
  });

  it("recognises the round's CHECK in the driver's message or meta, and nothing else", () => {
    expect(isBudgetCheckViolation(new Error('new row for relation "P2PRound" violates check constraint "P2PRound_committed_within_budget"'))).toBe(true);
    expect(isBudgetCheckViolation({ message: "", meta: { driverAdapterError: { cause: { constraint: "P2PRound_committed_within_budget" } } } })).toBe(true);
    expect(isBudgetCheckViolation(new Error('violates check constraint "P2PHostOffer_places_taken_within"'))).toBe(false);
  });

  it("releases each pending decision through its own workflow decision", () => {
    expect(RELEASE_DECISION).toEqual({ selected: "releaseSelected", reserve: "releaseReserve", not_selected: "releaseNotSelected" });
  });
});
