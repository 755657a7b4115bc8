// The staff preview reads a round as applicants will: its rates and the grant they give (ECHN's
// Round 2: EUR 350 + 5 × EUR 165 = EUR 1,175), and "not published" wherever the round is silent.
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { RoundPreview } from "@/components/admin/p2p/round-preview";
import type { StaffRound } from "@/lib/p2p/rounds/admin-queries";
import { renderIn, textOf } from "@/tests/support/intl";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const ROUND_2: StaffRound = {
  id: "r2", slug: "round-2", name: "Round 2", summary: "Hub staff spend a few days in **another** hub.", rules: "## Who may apply\n\n- Member hubs", status: "published",
  opensOn: day("2017-03-27"), closesOn: day("2017-04-23"), timeZone: "Europe/Brussels", exchangesFrom: day("2017-05-01"), exchangesUntil: day("2017-09-17"),
  periodPrecision: "day", maxStayDays: 5, peoplePerExchange: 1, travelRateCents: 35_000, dailyRateCents: 16_500, hostGrantCents: 50_000, maxGrantCents: 117_500,
  budgetCents: null, hostAnswerDays: 14, membershipRequired: true, countries: ["RS", "PT"], publishedAt: day("2017-03-27"), reviewsNeeded: 2, committedCents: 0, panelClosedAt: null, resultsReleasedAt: null, createdAt: day("2017-03-01"),
  updatedAt: day("2017-03-01"), _count: { hostOffers: 0 }, applications: {}, committed: { cents: 0, exchanges: 0 },
};

const render = async (over: Partial<StaffRound> = {}) => textOf(await renderIn("en-GB", createElement(RoundPreview, { round: { ...ROUND_2, ...over } })));

describe("the round preview", () => {
  it("shows the dates, the rates and the grant for the longest stay, and the rules as Markdown", async () => {
    const html = await renderIn("en-GB", createElement(RoundPreview, { round: ROUND_2 }));
    const text = textOf(html);
    expect(text).toContain("From 27 March 2017 to 23 April 2017 (Europe/Brussels time)");
    expect(text).toContain("Between 1 May 2017 and 17 September 2017");
    expect(text).toContain("€1,175 for 1 person staying 5 days: €350 travel + €825 allowance. The host receives €500.");
    expect(text).toContain("Portugal, Serbia");
    expect(text).toMatch(/The round's budget not published/);
    expect(html).toContain("<strong>another</strong>");
    expect(html).toContain("<h3>Who may apply</h3>");
  });

  it("says “not published” for every fact a past round's sources do not give, and names months when only they are known", async () => {
    const text = await render({
      opensOn: null, closesOn: null, periodPrecision: "month", exchangesFrom: day("2016-09-01"), exchangesUntil: day("2017-01-31"), maxStayDays: null,
      travelRateCents: null, dailyRateCents: null, hostGrantCents: null, maxGrantCents: null, hostAnswerDays: null, countries: [], rules: "",
    });
    expect(text).toContain("Between September 2016 and January 2017");
    // The window, the stay, four rates, the example, the budget, the days to answer, the countries and the rules.
    expect(text.match(/not published/g)?.length).toBe(11);
  });

  it("shows the cap when two people's sum is larger than the largest grant", async () => {
    expect(await render({ peoplePerExchange: 2 })).toContain("€1,175 for 2 people staying 5 days: €700 travel + €1,650 allowance, capped at €1,175.");
  });
});
