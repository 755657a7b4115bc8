// The calculator on /p2p: what it reads of what is typed, and amounts in the reader's language.
// The sum itself is computeGrant's (lib/p2p/applications/grant.ts), the one the server stores.
import { describe, expect, it } from "vitest";
import { calculatorMaxDays, countWithin } from "@/components/p2p/public/calculator";
import { formatEuros } from "@/lib/money";
import { computeGrant } from "@/lib/p2p/applications/grant";

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("the calculator's fields", () => {
  it("take a whole number within the round's limits, and nothing else", () => {
    expect(countWithin("5", 5)).toBe(5);
    expect(countWithin(" 1 ", 5)).toBe(1);
    for (const text of ["", "0", "6", "2.5", "-1", "1e1", "five", "00001", "3 4"]) expect(countWithin(text, 5), text).toBeNull();
  });

  it("bound the days by the round's longest stay, or by a year when it sets none", () => {
    expect(calculatorMaxDays(5)).toBe(5);
    expect(calculatorMaxDays(null)).toBe(365);
  });
});

describe("amounts", () => {
  it("are euros as each language writes them, whole euros without cents", () => {
    expect(formatEuros(117_500, "en-GB")).toBe("€1,175");
    expect(nbsp(formatEuros(117_500, "de"))).toBe("1.175 €");
    expect(nbsp(formatEuros(117_550, "de"))).toBe("1.175,50 €");
    expect(nbsp(formatEuros(35_000, "pt-PT"))).toBe("350 €");
    expect(nbsp(formatEuros(16_500, "sr-Latn"))).toBe("165 €");
    expect(nbsp(formatEuros(117_500, "el"))).toBe("1.175 €");
    expect(nbsp(formatEuros(50_000, "es"))).toBe("500 €");
  });

  it("say ECHN's Round 2 grant as the source does: EUR 350 + 5 × EUR 165 = EUR 1,175", () => {
    const grant = computeGrant({ travelRateCents: 35_000, dailyRateCents: 16_500, maxGrantCents: 117_500, hostGrantCents: 50_000 }, 5, 1);
    expect([grant.travelCents, grant.allowanceCents, grant.grantCents, grant.hostGrantCents].map((c) => formatEuros(c, "en-GB"))).toEqual(["€350", "€825", "€1,175", "€500"]);
  });
});
