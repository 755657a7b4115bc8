// The staff ranking as it renders: each reviewer's total beside its z-score (a dash under three
// reviews), the flags, the grants, and the decision buttons with the current one pressed.
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { BudgetSummary } from "@/components/admin/p2p/selection/budget-summary";
import { rankingTableRow } from "@/components/admin/p2p/selection/ranking-rows";
import { RankingTable } from "@/components/admin/p2p/selection/ranking-table";
import type { RankingRow } from "@/lib/p2p/selection/queries";
import { renderIn, textOf } from "../support/intl";

const row = (over: Partial<RankingRow> = {}): RankingRow => ({
  id: "app-1",
  status: "host_accepted",
  selection: "selected",
  grantCents: 117_500,
  hostGrantCents: 50_000,
  applicant: { name: "Ana Ribeiro" },
  visitingHub: { name: "Canal Studios", countryCode: "NL" },
  hostHub: { name: "Casa do Porto", countryCode: "PT" },
  reviews: [
    { reviewerId: "r1", reviewerName: "Reviewer One", total: 80, z: 1.2345 },
    { reviewerId: "r2", reviewerName: "Reviewer Two", total: 50, z: null },
  ],
  mean: 65,
  disagreement: true,
  rank: 1,
  reviewsNeeded: 3,
  totalGrantCents: 167_500,
  ...over,
});

describe("the ranking table", () => {
  it("shows totals with z-scores, the flags, the grants and the pressed decision", async () => {
    const html = await renderIn("en-GB", createElement(RankingTable, { rows: [rankingTableRow(row(), "in_review")], roundId: "round-1" }));
    const text = textOf(html);
    expect(text).toContain("Canal Studios → Casa do Porto");
    expect(text).toContain("Reviewer One: 80.0 (z +1.23)");
    expect(text).toContain("Reviewer Two: 50.0 (z —)");
    expect(text).toContain("2 of 3 reviews");
    expect(text).toContain("Disagree: call a third reviewer");
    expect(text).toContain("€1,675");
    expect(html).toMatch(/value="app-1 selected"[^>]*aria-pressed="true"/);
    expect(html).toMatch(/value="app-1 reserve"[^>]*aria-pressed="false"/);
    expect(html).toContain("<legend");
  });

  it("after the release shows the status, with promotion for a reserve", async () => {
    const text = textOf(await renderIn("en-GB", createElement(RankingTable, { rows: [rankingTableRow(row({ status: "reserve", selection: "reserve" }), "results_released")], roundId: "round-1" })));
    expect(text).toContain("Reserve");
    expect(text).toContain("Promote…");
  });

  it("sums up the budget and the decisions", async () => {
    const text = textOf(await renderIn("en-GB", createElement(BudgetSummary, { budgetCents: 335_000, committedCents: 167_500, counts: { selected: 1, reserve: 2, not_selected: 0, undecided: 4 } })));
    expect(text).toContain("€1,675 in selected grants (visiting and host) of €3,350 (50 %); €1,675 left.");
    expect(text).toContain("4 undecided");
  });
});
