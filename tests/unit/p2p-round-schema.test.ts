// The staff round form: money typed in euros is kept in whole cents, dates and numbers are
// read strictly, and a round to be published is refused beside each field applicants need.
import { describe, expect, it } from "vitest";
import { PROGRAMME_COUNTRIES_CURRENT } from "@/lib/p2p/rounds/countries";
import { centsToEuros, parseEuros, publishGaps, roundFormValues, roundSchema, type PublishFacts } from "@/lib/p2p/rounds/schema";
import { membershipStanding } from "@/lib/p2p/membership/rules";

/** Round 2 as staff type it (creativehubs.net, project.creativehubs.net). */
const ROUND_2 = {
  name: "Round 2",
  summary: "Hub staff spend a few days in a hub in another country.",
  rules: "",
  opensOn: "2017-03-27",
  closesOn: "2017-04-23",
  timeZone: "Europe/Brussels",
  exchangesFrom: "2017-05-01",
  exchangesUntil: "2017-09-17",
  periodPrecision: "day",
  maxStayDays: "5",
  peoplePerExchange: "1",
  travelRate: "350",
  dailyRate: "165",
  hostGrant: "500",
  maxGrant: "1,175",
  budget: "",
  hostAnswerDays: "14",
  membershipRequired: "on",
  countries: ["PT", "RS", "NL"],
};

/** Each field's error keys, as the form shows them. */
function errorsOf(result: ReturnType<ReturnType<typeof roundSchema>["safeParse"]>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) (errors[String(issue.path[0])] ??= []).push(issue.message);
  return errors;
}

describe("parseEuros", () => {
  it.each([
    ["350", 35_000],
    ["350.5", 35_050],
    ["350.50", 35_050],
    ["0.05", 5],
    ["0", 0],
    ["1,175", 117_500],
    ["1,175.00", 117_500],
    ["2,000,000", 200_000_000],
    [" 165 ", 16_500],
    ["€165", 16_500],
    ["€ 165.99", 16_599],
    ["EUR 500", 50_000],
  ])("reads %j as %i cents", (text, cents) => {
    expect(parseEuros(text)).toBe(cents);
  });

  it.each(["", "abc", "350,50", "1,17", "12.345", "-5", "+5", "1e3", "0x30", ".5", "5.", "1 175", "350 EUR", "Infinity"])("refuses %j: nothing is guessed", (text) => {
    expect(parseEuros(text)).toBeNull();
  });

  it("writes cents back as the form shows them", () => {
    expect(centsToEuros(35_000)).toBe("350");
    expect(centsToEuros(35_050)).toBe("350.50");
    expect(centsToEuros(5)).toBe("0.05");
    expect(centsToEuros(null)).toBe("");
    for (const cents of [0, 1, 99, 100, 117_500, 123_456_789]) expect(parseEuros(centsToEuros(cents))).toBe(cents);
  });
});

describe("the round form", () => {
  it("gives the round's columns: money in cents, days at midnight UTC, countries sorted without repeats", () => {
    const round = roundSchema(true).parse({ ...ROUND_2, countries: ["PT", "RS", "NL", "PT"] });
    expect(round).toEqual({
      name: "Round 2",
      summary: ROUND_2.summary,
      rules: "",
      opensOn: new Date("2017-03-27T00:00:00Z"),
      closesOn: new Date("2017-04-23T00:00:00Z"),
      timeZone: "Europe/Brussels",
      exchangesFrom: new Date("2017-05-01T00:00:00Z"),
      exchangesUntil: new Date("2017-09-17T00:00:00Z"),
      periodPrecision: "day",
      maxStayDays: 5,
      peoplePerExchange: 1,
      travelRateCents: 35_000,
      dailyRateCents: 16_500,
      hostGrantCents: 50_000,
      maxGrantCents: 117_500,
      budgetCents: null,
      hostAnswerDays: 14,
      membershipRequired: true,
      countries: ["NL", "PT", "RS"],
    });
  });

  it("keeps a draft's unknowns as null, and an unticked box as no membership required", () => {
    const { name, summary, timeZone, periodPrecision, peoplePerExchange } = ROUND_2;
    const round = roundSchema(false).parse({ name, summary, timeZone, periodPrecision, peoplePerExchange, opensOn: " ", travelRate: "" });
    expect(round).toMatchObject({ opensOn: null, travelRateCents: null, maxStayDays: null, hostAnswerDays: null, membershipRequired: false, countries: [] });
  });

  it("says beside each field what it cannot read, all at once", () => {
    const errors = errorsOf(
      roundSchema(false).safeParse({
        ...ROUND_2,
        name: "R",
        summary: "",
        opensOn: "2017-02-30",
        timeZone: "Europe/Atlantis",
        maxStayDays: "2.5",
        peoplePerExchange: "3",
        travelRate: "350,50",
        budget: "20,000,000",
        hostAnswerDays: "120",
        countries: ["PT", "US"],
      }),
    );
    expect(errors).toEqual({
      name: ["staff.p2p.rounds.errors.name.tooShort"],
      summary: ["staff.p2p.rounds.errors.summary.missing"],
      opensOn: ["staff.p2p.rounds.errors.day"],
      timeZone: ["staff.p2p.rounds.errors.timeZone"],
      maxStayDays: ["staff.p2p.rounds.errors.maxStayDays"],
      peoplePerExchange: ["staff.p2p.rounds.errors.peoplePerExchange"],
      travelRate: ["staff.p2p.rounds.errors.money"],
      budget: ["staff.p2p.rounds.errors.moneyTooLarge"],
      hostAnswerDays: ["staff.p2p.rounds.errors.hostAnswerDays"],
      countries: ["staff.p2p.rounds.errors.countries"],
    });
  });

  it("puts dates in order, even when another field is wrong", () => {
    const errors = errorsOf(roundSchema(false).safeParse({ ...ROUND_2, travelRate: "lots", closesOn: "2017-03-01", exchangesUntil: "2017-04-30" }));
    expect(errors).toEqual({
      travelRate: ["staff.p2p.rounds.errors.money"],
      closesOn: ["staff.p2p.rounds.errors.closesBeforeOpens"],
      exchangesUntil: ["staff.p2p.rounds.errors.untilBeforeFrom"],
    });
  });

  it("resets the countries to the current programme list when asked, whatever was ticked", () => {
    const round = roundSchema(true).parse({ ...ROUND_2, countries: ["GB"], resetCountries: "on" });
    expect(round.countries).toEqual([...PROGRAMME_COUNTRIES_CURRENT].sort());
    expect(round.countries).not.toContain("GB");
  });

  it("fills the edit form with what it stores, which reads back the same", () => {
    const round = roundSchema(true).parse(ROUND_2);
    const values = roundFormValues(round);
    expect(values).toMatchObject({ travelRate: "350", maxGrant: "1175", budget: "", opensOn: "2017-03-27", membershipRequired: "on", countries: ["NL", "PT", "RS"] });
    expect(roundSchema(true).parse(values)).toEqual(round);
  });
});

describe("what publishing needs", () => {
  const facts: PublishFacts = {
    opensOn: new Date("2017-03-27"),
    closesOn: new Date("2017-04-23"),
    exchangesFrom: new Date("2017-05-01"),
    exchangesUntil: new Date("2017-09-17"),
    maxStayDays: 5,
    travelRateCents: 35_000,
    dailyRateCents: 16_500,
    hostGrantCents: 0,
    maxGrantCents: 117_500,
    hostAnswerDays: 14,
    countries: ["PT"],
  };

  it("is nothing more for a round with every fact (a host's grant of 0 is a fact; the budget is not needed)", () => {
    expect(publishGaps(facts)).toEqual([]);
  });

  it("names each missing fact at its field, in the form's order", () => {
    const gaps = publishGaps({ ...facts, closesOn: null, maxStayDays: null, dailyRateCents: null, hostAnswerDays: null, countries: [] });
    expect(gaps.map((g) => [g.field, g.reason.key])).toEqual([
      ["closesOn", "staff.p2p.rounds.errors.publish.closesOn"],
      ["maxStayDays", "staff.p2p.rounds.errors.publish.maxStayDays"],
      ["dailyRate", "staff.p2p.rounds.errors.publish.dailyRate"],
      ["hostAnswerDays", "staff.p2p.rounds.errors.publish.hostAnswerDays"],
      ["countries", "staff.p2p.rounds.errors.publish.countries"],
    ]);
  });

  it("refuses a form to publish beside every field applicants need, and a draft's save not at all", () => {
    const bare = { name: "Round 3", summary: "A round to be written.", timeZone: "Europe/Brussels", periodPrecision: "day", peoplePerExchange: "1" };
    expect(roundSchema(false).safeParse(bare).success).toBe(true);
    const errors = errorsOf(roundSchema(true).safeParse(bare));
    expect(Object.keys(errors)).toEqual(["opensOn", "closesOn", "exchangesFrom", "exchangesUntil", "maxStayDays", "travelRate", "dailyRate", "hostGrant", "maxGrant", "hostAnswerDays", "countries"]);
    expect(errors.countries).toEqual(["staff.p2p.rounds.errors.publish.countries"]);
  });

  it("counts the reset list as countries, and keeps a field's own error rather than adding the publishing one", () => {
    const errors = errorsOf(roundSchema(true).safeParse({ ...ROUND_2, countries: [], resetCountries: "on", travelRate: "a lot" }));
    expect(errors).toEqual({ travelRate: ["staff.p2p.rounds.errors.money"] });
  });
});

describe("where a hub stands with the network", () => {
  const at = new Date("2027-01-10T09:00:00Z");
  it("is a member, a request waiting, or free to ask with the last answer when it was no", () => {
    expect(membershipStanding({ kind: "regular", since: at }, { status: "pending", kind: "associate", createdAt: at, decidedAt: null, decisionMessage: null })).toEqual({
      state: "member",
      kind: "regular",
      since: at,
    });
    expect(membershipStanding(null, { status: "pending", kind: "associate", createdAt: at, decidedAt: null, decisionMessage: null })).toEqual({ state: "pending", kind: "associate", sentOn: at });
    expect(membershipStanding(null, { status: "declined", kind: "regular", createdAt: at, decidedAt: at, decisionMessage: "Not yet." })).toEqual({
      state: "may-ask",
      declined: { on: at, message: "Not yet." },
    });
    // Accepted once, then ended by staff: they may ask again, with no refusal to show.
    expect(membershipStanding(null, { status: "approved", kind: "regular", createdAt: at, decidedAt: at, decisionMessage: null })).toEqual({ state: "may-ask", declined: null });
    expect(membershipStanding(null, undefined)).toEqual({ state: "may-ask", declined: null });
  });
});
