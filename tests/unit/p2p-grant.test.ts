// The visiting hub's grant (lib/p2p/applications/grant.ts): travel per person × people + daily
// allowance × days × people, capped at the round's largest grant per exchange; the host's grant
// apart. ECHN's Round 2 (creativehubs.net): EUR 350 travel + EUR 165 a day, at most 5 days,
// at most EUR 1,175; the host EUR 500.
import { describe, expect, it } from "vitest";
import { computeGrant, roundRates, stayDays } from "@/lib/p2p/applications/grant";

const ROUND_2 = { travelRateCents: 35_000, dailyRateCents: 16_500, maxGrantCents: 117_500, hostGrantCents: 50_000 };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("computeGrant", () => {
  it("gives Round 2's EUR 1,175 for one person over five days: 35000 + 5 × 16500 = 117500 cents", () => {
    expect(computeGrant(ROUND_2, 5, 1)).toEqual({ travelCents: 35_000, allowanceCents: 82_500, grantCents: 117_500, capped: false, hostGrantCents: 50_000, totalCents: 167_500 });
  });

  it("counts each day: three days are EUR 350 + 3 × EUR 165", () => {
    expect(computeGrant(ROUND_2, 3, 1).grantCents).toBe(84_500);
  });

  it("stops at the round's largest grant, and says so", () => {
    const grant = computeGrant({ ...ROUND_2, maxGrantCents: 100_000 }, 5, 1);
    expect(grant).toMatchObject({ grantCents: 100_000, capped: true, travelCents: 35_000, allowanceCents: 82_500, totalCents: 150_000 });
  });

  it("pays travel and the allowance for each of two people, within the cap", () => {
    expect(computeGrant({ ...ROUND_2, maxGrantCents: 300_000 }, 5, 2)).toMatchObject({ travelCents: 70_000, allowanceCents: 165_000, grantCents: 235_000, capped: false });
    expect(computeGrant(ROUND_2, 5, 2)).toMatchObject({ grantCents: 117_500, capped: true });
  });

  it("keeps the host's grant apart from the cap", () => {
    expect(computeGrant({ ...ROUND_2, maxGrantCents: 50_000 }, 5, 1)).toMatchObject({ grantCents: 50_000, hostGrantCents: 50_000, totalCents: 100_000 });
  });
});

describe("stayDays", () => {
  it("counts the first and the last day", () => {
    expect(stayDays(day("2027-05-03"), day("2027-05-07"))).toBe(5);
    expect(stayDays(day("2027-05-03"), day("2027-05-03"))).toBe(1);
  });

  it("counts whole days across a change of clocks (date-only values are UTC midnights)", () => {
    expect(stayDays(day("2027-03-27"), day("2027-03-29"))).toBe(3);
    expect(stayDays(day("2027-10-30"), day("2027-11-01"))).toBe(3);
  });
});

describe("roundRates", () => {
  it("takes a round's rates when all four are published, else none", () => {
    expect(roundRates(ROUND_2)).toEqual(ROUND_2);
    expect(roundRates({ ...ROUND_2, dailyRateCents: null })).toBeNull();
    expect(roundRates({ ...ROUND_2, hostGrantCents: null })).toBeNull();
  });
});
