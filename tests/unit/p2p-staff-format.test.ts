import { describe, expect, it } from "vitest";
import { budgetText, euros } from "@/components/admin/p2p/format";

describe("budgetText", () => {
  it("says what is selected of the budget, and what the exchanges awaiting a decision ask", () => {
    expect(budgetText({ budgetCents: 2_000_000, committedCents: 167_500, committed: { cents: 235_000, exchanges: 2 } })).toBe(
      "€1,675 selected of €20,000; €2,350 asked by 2 exchanges agreed by their hosts and awaiting a decision",
    );
    expect(budgetText({ budgetCents: 2_000_000, committedCents: 0, committed: { cents: 117_550, exchanges: 1 } })).toBe(
      "€0 selected of €20,000; €1,175.50 asked by 1 exchange agreed by its host and awaiting a decision",
    );
  });

  it("says when the budget is not published", () => {
    expect(budgetText({ budgetCents: null, committedCents: 0, committed: { cents: 0, exchanges: 0 } })).toBe(
      "Budget not published (nothing can be selected without one); €0 asked by 0 exchanges agreed by their hosts and awaiting a decision",
    );
  });

  it("writes whole euros without cents", () => {
    expect(euros(50_000)).toBe("€500");
    expect(euros(50_001)).toBe("€500.01");
  });
});
