import { describe, expect, it } from "vitest";
import { budgetText, euros } from "@/components/admin/p2p/format";

describe("budgetText", () => {
  it("says what the agreed exchanges commit of the budget", () => {
    expect(budgetText(2_000_000, { cents: 235_000, exchanges: 2 })).toBe("€2,350 committed of €20,000; 2 exchanges agreed by their hosts");
    expect(budgetText(2_000_000, { cents: 117_550, exchanges: 1 })).toBe("€1,175.50 committed of €20,000; 1 exchange agreed by its host");
  });

  it("says when the budget is not published", () => {
    expect(budgetText(null, { cents: 0, exchanges: 0 })).toBe("Budget not published; €0 committed, 0 exchanges agreed by their hosts");
  });

  it("writes whole euros without cents", () => {
    expect(euros(50_000)).toBe("€500");
    expect(euros(50_001)).toBe("€500.01");
  });
});
