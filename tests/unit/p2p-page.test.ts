// What /p2p shows, from its data alone, in the reader's language: the round's figures with
// "not published" where the round gives none, the hosts with their places and languages, the
// calculator's first answer in a live region, and the past rounds.
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { CurrentRound, RoundRules } from "@/components/p2p/public/current-round";
import { GrantCalculator } from "@/components/p2p/public/grant-calculator";
import { PastRounds } from "@/components/p2p/public/past-rounds";
import { RoundHosts } from "@/components/p2p/public/round-hosts";
import type { HostOfRound } from "@/lib/p2p/hosts/queries";
import type { PublicRound } from "@/lib/p2p/rounds/public-queries";
import { renderIn, textOf } from "@/tests/support/intl";

const day = (s: string) => new Date(`${s}T00:00:00Z`);

/** ECHN's Round 2 as the sources give it. */
const round2: PublicRound = {
  id: "r2", slug: "round-2", name: "Round 2", status: "published", opensOn: day("2017-03-27"), closesOn: day("2017-04-23"), timeZone: "Europe/Brussels",
  exchangesFrom: day("2017-05-01"), exchangesUntil: day("2017-09-17"), periodPrecision: "day", maxStayDays: 5, peoplePerExchange: 1,
  travelRateCents: 35_000, dailyRateCents: 16_500, hostGrantCents: 50_000, maxGrantCents: 117_500, budgetCents: null, hostAnswerDays: 14,
  membershipRequired: true, countries: ["RS", "PT", "DE"], summary: "The second call.", rules: "## Eligibility\n\n- Be a member.",
};

const host = (over: Partial<HostOfRound>): HostOfRound => ({
  id: "h1", slug: "loom", name: "Loom", city: "Porto", countryCode: "PT", places: 2, placesTaken: 0, languages: ["pt", "en"], offer: "A desk.", availability: "June", ...over,
});

describe("the current round", () => {
  it("says where its window stands, its figures with 'not published' where none is given, its countries, and its rules in a section of their own", async () => {
    const text = textOf(await renderIn("en-GB", createElement(CurrentRound, { round: round2, now: new Date("2017-04-01T10:00:00Z") })));
    expect(text).toContain("Applications are open until 23 April 2017.");
    expect(text).toContain("27 March 2017 to 23 April 2017, until the end of the day (Central European Summer Time, Europe/Brussels)");
    expect(text).toContain("1 May 2017 to 17 September 2017");
    expect(text).toMatch(/Longest stay 5 days/);
    expect(text).toMatch(/Travel, per person €350 Daily allowance, per person €165 Largest grant per exchange €1,175 Host hub's grant €500 The round's budget Not published/);
    expect(text).toContain("Germany Portugal Serbia");
    expect(text).toContain("Check your eligibility and apply");
    const html = await renderIn("en-GB", createElement(CurrentRound, { round: round2, now: new Date("2017-04-01T10:00:00Z") }));
    expect(html).toContain('href="/p2p/apply"');
    const rules = await renderIn("en-GB", createElement(RoundRules, { round: round2 }));
    expect(rules).toMatch(/<h2 id="rules"[^>]*>Rules of the round<\/h2>.*<h3>Eligibility<\/h3>/s);
    expect(await renderIn("en-GB", createElement(RoundRules, { round: { ...round2, rules: " " } }))).toBe("");
  });

  it("before it opens, says when, and offers no application yet; in German, with the countries' German names", async () => {
    const text = textOf(await renderIn("de", createElement(CurrentRound, { round: round2, now: new Date("2017-03-01T10:00:00Z") })));
    expect(text).toContain("Bewerbungen sind ab 27. März 2017 möglich.");
    expect(text).toContain("Deutschland Portugal Serbien");
    expect(text).not.toContain("Teilnahme prüfen und bewerben");
  });
});

describe("the hosts", () => {
  it("link each hub, say its places left or that none is, and name its languages in the reader's language", async () => {
    const html = await renderIn("de", createElement(RoundHosts, { hosts: [host({}), host({ id: "h2", slug: "kiosk", name: "Kiosk", city: "Berlin", countryCode: "DE", places: 1, placesTaken: 1, languages: ["de"] })] }));
    const text = textOf(html);
    expect(html).toContain('href="/de/hubs/loom"');
    expect(html).toContain('href="/de/map?open=1"');
    expect(text).toContain("Porto, Portugal");
    expect(text).toContain("Noch 2 Plätze frei");
    expect(text).toContain("Keine Plätze mehr frei");
    expect(text).toContain("Englisch und Portugiesisch");
  });

  it("say so when no hub hosts yet", async () => {
    const text = textOf(await renderIn("en-GB", createElement(RoundHosts, { hosts: [] })));
    expect(text).toContain("No hub is hosting in this round yet.");
  });
});

describe("the grant calculator", () => {
  it("starts at the longest stay and reads out Round 2's grant: EUR 350 + 5 × EUR 165 = EUR 1,175, and the host's EUR 500", async () => {
    const rates = { travelRateCents: 35_000, dailyRateCents: 16_500, maxGrantCents: 117_500, hostGrantCents: 50_000 };
    const html = await renderIn("en-GB", createElement(GrantCalculator, { rates, maxStayDays: 5, peoplePerExchange: 1 }));
    expect(html).toMatch(/<div aria-live="polite" aria-atomic="true"[^>]*><p[^>]*>For 5 days and 1 person, the visiting hub receives €1,175, and the host hub €500.<\/p>/);
    expect(textOf(html)).toContain("5 days × 1 person × €165");
    expect(html).toContain('max="5"');
    expect(textOf(html)).toContain("This round pays for one person per exchange.");
  });

  it("says when the cap cut the sum, and asks for the people where a round pays for two", async () => {
    const rates = { travelRateCents: 35_000, dailyRateCents: 16_500, maxGrantCents: 100_000, hostGrantCents: 50_000 };
    const text = textOf(await renderIn("sr-Latn", createElement(GrantCalculator, { rates, maxStayDays: 5, peoplePerExchange: 2 })));
    expect(text).toContain("Ograničeno na najveći grant po razmeni u ovom krugu (1.000 €).");
    expect(text).toContain("Broj osoba koje putuju");
  });
});

describe("the past rounds", () => {
  it("give what the sources give: Round 1's months only, and 'not published' for its window and rates", async () => {
    const round1 = {
      ...round2, id: "r1", name: "Round 1", status: "closed" as const, opensOn: null, closesOn: null, exchangesFrom: day("2016-09-01"), exchangesUntil: day("2017-01-31"),
      periodPrecision: "month" as const, maxStayDays: null, travelRateCents: null, dailyRateCents: null, hostGrantCents: null, maxGrantCents: null, budgetCents: null,
      summary: "The first round.",
    };
    const text = textOf(await renderIn("en-GB", createElement(PastRounds, { rounds: [round1] })));
    expect(text).toContain("Round 1");
    expect(text).toContain("September 2016 to January 2017");
    expect(text).toMatch(/Applications Not published/);
    expect(text).toMatch(/Travel, per person Not published/);
    expect(text).toContain("The first round.");
    // No source says how many people Round 1 paid for: the page does not say either.
    expect(text).not.toContain("People per exchange");
    expect(textOf(await renderIn("en-GB", createElement(PastRounds, { rounds: [] })))).toContain("No earlier round to show yet.");
  });
});
