// Who may apply for which P2P exchange: every refusal of lib/p2p/applications/eligibility.ts and
// the cases that pass, as a table, on a round like ECHN's Round 2 (call 27 March – 23 April 2017,
// exchanges 1 May – 17 September, at most 5 days, one person), moved to 2027; then the same rules
// as the steps of /p2p/apply say them, and the words a refusal is shown in.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/messages";
import { calendarDay, parseIsoDay } from "@/lib/calendar";
import { firstRefusal, type EligibilityInput, type EligibilityRound, type HostHub, type VisitingHub } from "@/lib/p2p/applications/eligibility";
import { checkSteps, refusalField } from "@/lib/p2p/applications/steps";
import { PROGRAMME_COUNTRIES_2017 } from "@/lib/p2p/rounds/countries";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const ROUND: EligibilityRound = {
  status: "published",
  opensOn: day("2027-03-27"),
  closesOn: day("2027-04-23"),
  timeZone: "Europe/Brussels",
  exchangesFrom: day("2027-05-01"),
  exchangesUntil: day("2027-09-17"),
  maxStayDays: 5,
  peoplePerExchange: 1,
  membershipRequired: true,
  countries: PROGRAMME_COUNTRIES_2017,
};

const VISITING: VisitingHub = { id: "visiting", countryCode: "NL", status: "published", owned: true, member: true };
const HOST: HostHub = { id: "host", countryCode: "PT", ownedByApplicant: false, placesLeft: 2 };

const INPUT: EligibilityInput = {
  now: new Date("2027-04-10T12:00:00Z"),
  nextOpensOn: null,
  hasLiveApplication: false,
  visiting: VISITING,
  host: HOST,
  startsOn: day("2027-05-03"),
  endsOn: day("2027-05-07"),
  people: 1,
};

type Case = [name: string, round: Partial<EligibilityRound>, input: Partial<EligibilityInput>, refusal: string | null, values?: Record<string, unknown>];

const CASES: Case[] = [
  ["a member hub in the Netherlands visiting a host in Portugal for five days", {}, {}, null],

  // The window: date-only in the round's zone, from the start of opensOn to the end of closesOn.
  ["the day before the call opens", {}, { now: new Date("2027-03-26T12:00:00Z") }, "notOpenYet", { opensOn: calendarDay(day("2027-03-27")) }],
  ["the first minute of the opening day in Brussels (23:30 UTC the day before)", {}, { now: new Date("2027-03-26T23:30:00Z") }, null],
  ["the last minute of the closing day in Brussels (21:59 UTC, summer time)", {}, { now: new Date("2027-04-23T21:59:00Z") }, null],
  ["midnight after the closing day in Brussels", {}, { now: new Date("2027-04-23T22:00:00Z") }, "windowClosed"],
  ["closed, with the next round announced", {}, { now: new Date("2027-05-02T10:00:00Z"), nextOpensOn: day("2027-10-01") }, "windowClosedNext", { opensOn: calendarDay(day("2027-10-01")) }],
  ["a round in review is closed whatever its dates", { status: "in_review" }, {}, "windowClosed"],
  ["a round closed by staff is closed", { status: "closed" }, { nextOpensOn: day("2028-03-01") }, "windowClosedNext"],

  ["a live application in the round already", {}, { hasLiveApplication: true }, "alreadyApplied"],

  // The visiting hub.
  ["no hub of one's own (an id from the browser that is not theirs)", {}, { visiting: null }, "hubNotYours"],
  ["a hub that is not theirs", {}, { visiting: { ...VISITING, owned: false } }, "hubNotYours"],
  ["a hub waiting for moderation", {}, { visiting: { ...VISITING, status: "pending" } }, "hubNotPublished"],
  ["a hub that is not a member, where the round requires it", {}, { visiting: { ...VISITING, member: false } }, "hubNotMember"],
  ["a hub that is not a member, where membership is not required", { membershipRequired: false }, { visiting: { ...VISITING, member: false } }, null],
  ["a hub in a country outside the round (Switzerland)", {}, { visiting: { ...VISITING, countryCode: "CH" } }, "hubCountryNotInRound"],

  // The host.
  ["a host that is not hosting in the round", {}, { host: { ...HOST, placesLeft: null } }, "hostNotInRound"],
  ["a host id that is no hub", {}, { host: null }, "hostNotInRound"],
  ["the applicant's own hub as host", {}, { host: { ...HOST, id: "visiting" } }, "hostIsOwnHub"],
  ["another hub the applicant co-owns as host", {}, { host: { ...HOST, ownedByApplicant: true } }, "hostIsOwnHub"],
  ["a host in the applicant's own country", {}, { host: { ...HOST, countryCode: "NL" } }, "hostSameCountry"],
  ["a host in a country outside the round", {}, { host: { ...HOST, countryCode: "CH" } }, "hostCountryNotInRound"],
  ["a host with no places left", {}, { host: { ...HOST, placesLeft: 0 } }, "hostFull"],
  ["a host with one place left", {}, { host: { ...HOST, placesLeft: 1 } }, null],

  // The dates: the period's edges, the longest stay.
  ["the last day before the first", {}, { startsOn: day("2027-05-07"), endsOn: day("2027-05-03") }, "datesReversed"],
  // The past: today in the round's zone (10 April 2027) is the earliest first day.
  ["starting yesterday, in a round with no period set", { exchangesFrom: null }, { startsOn: day("2027-04-09"), endsOn: day("2027-04-11") }, "datesPast"],
  ["starting today, in a round with no period set", { exchangesFrom: null }, { startsOn: day("2027-04-10"), endsOn: day("2027-04-11") }, null],
  ["starting 9 April at 00:30 on 10 April in Brussels (still 9 April in UTC)", { exchangesFrom: null }, { now: new Date("2027-04-09T22:30:00Z"), startsOn: day("2027-04-09"), endsOn: day("2027-04-11") }, "datesPast"],
  ["starting on the period's first day", {}, { startsOn: day("2027-05-01"), endsOn: day("2027-05-05") }, null],
  ["starting the day before the period", {}, { startsOn: day("2027-04-30"), endsOn: day("2027-05-03") }, "datesOutsidePeriod", { from: calendarDay(day("2027-05-01")), until: calendarDay(day("2027-09-17")) }],
  ["ending on the period's last day", {}, { startsOn: day("2027-09-13"), endsOn: day("2027-09-17") }, null],
  ["ending the day after the period", {}, { startsOn: day("2027-09-14"), endsOn: day("2027-09-18") }, "datesOutsidePeriod"],
  ["one day, arriving and leaving the same day", {}, { startsOn: day("2027-06-01"), endsOn: day("2027-06-01") }, null],
  ["exactly the longest stay (5 days)", {}, { startsOn: day("2027-06-01"), endsOn: day("2027-06-05") }, null],
  ["a day longer than the longest stay", {}, { startsOn: day("2027-06-01"), endsOn: day("2027-06-06") }, "stayTooLong", { days: 6, max: 5 }],
  ["a long stay in a round with no longest stay", { maxStayDays: null }, { startsOn: day("2027-06-01"), endsOn: day("2027-06-30") }, null],

  // People.
  ["nobody travelling", {}, { people: 0 }, "peopleAtLeastOne"],
  ["half a person", {}, { people: 1.5 }, "peopleAtLeastOne"],
  ["two people where the round pays for one", {}, { people: 2 }, "peopleTooMany", { max: 1 }],
  ["two people where the round allows two", { peoplePerExchange: 2 }, { people: 2 }, null],
  ["three people where the round allows two", { peoplePerExchange: 2 }, { people: 3 }, "peopleTooMany", { max: 2 }],

  // The order: the first step that fails is the one said.
  ["a closed window wins over a host in one's own country", {}, { now: new Date("2027-05-02T10:00:00Z"), host: { ...HOST, countryCode: "NL" } }, "windowClosed"],
  ["a hub refusal wins over a full host", {}, { visiting: { ...VISITING, member: false }, host: { ...HOST, placesLeft: 0 } }, "hubNotMember"],
];

describe("firstRefusal: the eligibility rules as a table", () => {
  it.each(CASES)("%s", (_name, round, input, refusal, values) => {
    const verdict = firstRefusal({ ...ROUND, ...round }, { ...INPUT, ...input });
    if (refusal === null) return expect(verdict).toBeNull();
    expect(verdict?.key).toBe(`p2pApply.eligibility.${refusal}`);
    if (values) expect(verdict?.values).toMatchObject(values);
  });

  it("covers every refusal code the catalogue has", async () => {
    const codes = Object.keys((await loadMessages("en-GB")).p2pApply.eligibility);
    const tested = new Set(CASES.map((c) => c[3]).filter(Boolean));
    expect(codes.filter((code) => !tested.has(code))).toEqual([]);
  });

  it("says each refusal in plain words, with its dates and numbers", async () => {
    const t = createTranslator({ locale: "en-GB", messages: await loadMessages("en-GB"), timeZone: "Europe/Brussels" });
    const say = (round: Partial<EligibilityRound>, input: Partial<EligibilityInput>) => {
      const verdict = firstRefusal({ ...ROUND, ...round }, { ...INPUT, ...input })!;
      return t(verdict.key, verdict.values as never);
    };
    expect(say({}, { now: new Date("2027-05-02T10:00:00Z"), nextOpensOn: day("2027-10-01") })).toBe("Applications for this round are closed. The next round opens on 1 October 2027.");
    expect(say({}, { startsOn: day("2027-06-01"), endsOn: day("2027-06-06") })).toBe("6 days is longer than this round allows: at most 5 days. Shorten the stay.");
    expect(say({}, { startsOn: day("2027-04-30"), endsOn: day("2027-05-02") })).toBe("Exchanges in this round take place between 1 May 2027 and 17 September 2027. Choose dates within that period.");
    expect(say({}, { host: { ...HOST, countryCode: "NL" } })).toContain("choose a host in another country");
  });
});

describe("the steps of /p2p/apply", () => {
  const facts = { hubs: [VISITING, { ...VISITING, id: "pending-hub", status: "pending" }], hosts: [HOST, { ...HOST, id: "dutch-host", countryCode: "NL" }] };
  const full = { hub: "visiting", role: "Founder", host: "host", from: "2027-05-03", until: "2027-05-07", people: "1" };
  const at = { ...ROUND };

  it("shows no refusal before the person asks, and a refusal for each empty step once they do", () => {
    expect(Object.values(checkSteps(at, {}, facts, false, INPUT.now).verdicts).every((v) => v === null)).toBe(true);
    const asked = checkSteps(at, { hub: "visiting" }, facts, true, INPUT.now);
    expect(asked.verdicts.hub).toBeNull();
    expect(asked.verdicts.role?.key).toBe("p2pApply.errors.roleMissing");
    expect(asked.verdicts.host?.key).toBe("p2pApply.errors.hostMissing");
    expect(asked.verdicts.dates?.key).toBe("p2pApply.errors.datesMissing");
    expect(asked.verdicts.people?.key).toBe("p2pApply.errors.peopleMissing");
    expect(asked.choice).toBeNull();
  });

  it("gives the choices to start the draft once every step passes", () => {
    const result = checkSteps(at, full, facts, true, INPUT.now);
    expect(Object.values(result.verdicts).every((v) => v === null)).toBe(true);
    expect(result.choice).toEqual({ visitingHubId: "visiting", role: "Founder", hostHubId: "host", startsOn: day("2027-05-03"), endsOn: day("2027-05-07"), people: 1 });
  });

  it("refuses beside the step that fails, each with the rules' reason", () => {
    const result = checkSteps(at, { ...full, hub: "pending-hub", host: "dutch-host", until: "2027-05-09", people: "2" }, facts, true, INPUT.now);
    expect(result.verdicts.hub?.key).toBe("p2pApply.eligibility.hubNotPublished");
    expect(result.verdicts.dates?.key).toBe("p2pApply.eligibility.stayTooLong");
    expect(result.verdicts.people?.key).toBe("p2pApply.eligibility.peopleTooMany");
    expect(result.choice).toBeNull();
    // A host in the applicant's country is refused once their hub passes.
    expect(checkSteps(at, { ...full, host: "dutch-host" }, facts, true, INPUT.now).verdicts.host?.key).toBe("p2pApply.eligibility.hostSameCountry");
  });

  it("trusts nothing in the address: unknown hubs, impossible dates, odd numbers", () => {
    const result = checkSteps(at, { ...full, hub: "someone-elses", host: "nowhere", from: "2027-02-30", people: "x" }, facts, true, INPUT.now);
    expect(result.verdicts.hub?.key).toBe("p2pApply.eligibility.hubNotYours");
    expect(result.verdicts.host?.key).toBe("p2pApply.eligibility.hostNotInRound");
    expect(result.verdicts.dates?.key).toBe("p2pApply.errors.dateInvalid");
    expect(result.verdicts.people?.key).toBe("forms.errors.invalid");
    expect(parseIsoDay("2027-02-28")).toEqual(day("2027-02-28"));
    expect(parseIsoDay("2027-13-01")).toBeNull();
    expect(parseIsoDay("28/02/2027")).toBeNull();
  });

  it("puts a refusal from the rules beside the application's field", () => {
    expect(refusalField({ key: "p2pApply.eligibility.stayTooLong" })).toBe("startsOn");
    expect(refusalField({ key: "p2pApply.eligibility.peopleTooMany" })).toBe("people");
    expect(refusalField({ key: "p2pApply.eligibility.hostFull" })).toBe("hostHubId");
    expect(refusalField({ key: "p2pApply.eligibility.windowClosed" })).toBeUndefined();
  });
});
