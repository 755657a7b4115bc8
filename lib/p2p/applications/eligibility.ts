// Who may apply for which exchange: one set of rules, plain functions returning codes, run by
// /p2p/apply step by step as the person chooses, and again by the commands at submit on what
// the database says (nothing the browser sends is trusted). Each refusal is a catalogue key
// ("p2pApply.eligibility.*") that says why and what would make it eligible. Client-safe.
import type { Messages } from "@/i18n/types";
import { calendarDay, isoDate, todayIn } from "@/lib/calendar";
import type { P2PRoundStatus } from "@/lib/generated/prisma/enums";
import { msg, type Msg } from "@/lib/message";
import { windowRefusal } from "@/lib/p2p/rounds/rules";
import { stayDays } from "@/lib/p2p/applications/grant";

export type EligibilityRound = {
  status: P2PRoundStatus;
  opensOn: Date | null;
  closesOn: Date | null;
  timeZone: string;
  exchangesFrom: Date | null;
  exchangesUntil: Date | null;
  maxStayDays: number | null;
  peoplePerExchange: number;
  membershipRequired: boolean;
  countries: readonly string[];
};

/** The hub the person would visit from, as the database says: theirs (owner or co-owner), published, a member. */
export type VisitingHub = { id: string; countryCode: string; status: string; owned: boolean; member: boolean };

/** The hub they would visit, and its offer in this round (null: it is not hosting in the round). */
export type HostHub = { id: string; countryCode: string; ownedByApplicant: boolean; placesLeft: number | null };

/** A refusal, or null when the step passes. */
export type Verdict = Msg | null;

/** A refusal's code: its words are p2pApply.eligibility.<code>. */
export type RefusalCode = keyof Messages["p2pApply"]["eligibility"];

const refuse = (code: RefusalCode, values?: Record<string, string | number | Date>): Msg => msg(`p2pApply.eligibility.${code}`, values);

/** Step 0: the round takes applications now. `nextOpensOn`: when the next round opens, if announced. */
export const checkWindow = (round: EligibilityRound, now: Date, nextOpensOn: Date | null = null): Verdict => windowRefusal(round, now, nextOpensOn);

/** Step 1: the hub they apply from. */
export function checkVisitingHub(round: EligibilityRound, hub: VisitingHub | null): Verdict {
  if (!hub || !hub.owned) return refuse("hubNotYours");
  if (hub.status !== "published") return refuse("hubNotPublished");
  if (round.membershipRequired && !hub.member) return refuse("hubNotMember");
  if (!round.countries.includes(hub.countryCode)) return refuse("hubCountryNotInRound");
  return null;
}

/** Step 2: the hub they would visit (after step 1 passed for `visiting`). */
export function checkHost(round: EligibilityRound, visiting: Pick<VisitingHub, "id" | "countryCode">, host: HostHub | null): Verdict {
  if (!host || host.placesLeft === null) return refuse("hostNotInRound");
  if (host.id === visiting.id || host.ownedByApplicant) return refuse("hostIsOwnHub");
  if (host.countryCode === visiting.countryCode) return refuse("hostSameCountry");
  if (!round.countries.includes(host.countryCode)) return refuse("hostCountryNotInRound");
  if (host.placesLeft <= 0) return refuse("hostFull");
  return null;
}

/**
 * Step 3: the dates of the stay (date-only values). With `now`, a stay starting before today in
 * the round's zone is refused too (left out only where dates already agreed are read again).
 */
export function checkDates(round: EligibilityRound, startsOn: Date, endsOn: Date, now?: Date): Verdict {
  if (isoDate(endsOn) < isoDate(startsOn)) return refuse("datesReversed");
  if (now && isoDate(startsOn) < todayIn(round.timeZone, now)) return refuse("datesPast");
  if (round.exchangesFrom && isoDate(startsOn) < isoDate(round.exchangesFrom)) return outsidePeriod(round);
  if (round.exchangesUntil && isoDate(endsOn) > isoDate(round.exchangesUntil)) return outsidePeriod(round);
  const days = stayDays(startsOn, endsOn);
  if (round.maxStayDays !== null && days > round.maxStayDays) return refuse("stayTooLong", { days, max: round.maxStayDays });
  return null;
}

const outsidePeriod = (round: EligibilityRound) =>
  refuse("datesOutsidePeriod", { from: calendarDay(round.exchangesFrom ?? round.exchangesUntil!), until: calendarDay(round.exchangesUntil ?? round.exchangesFrom!) });

/** Step 4: how many people travel. */
export function checkPeople(round: EligibilityRound, people: number): Verdict {
  if (!Number.isInteger(people) || people < 1) return refuse("peopleAtLeastOne");
  if (people > round.peoplePerExchange) return refuse("peopleTooMany", { max: round.peoplePerExchange });
  return null;
}

/** Before all: the person has no other live application in the round. */
export const checkExisting = (hasLiveApplication: boolean): Verdict => (hasLiveApplication ? refuse("alreadyApplied") : null);

export type EligibilityInput = {
  now: Date;
  nextOpensOn?: Date | null;
  hasLiveApplication: boolean;
  visiting: VisitingHub | null;
  host: HostHub | null;
  startsOn: Date;
  endsOn: Date;
  people: number;
};

/** Every step in order: the first refusal, or null when the application is eligible. What the server runs at submit. */
export function firstRefusal(round: EligibilityRound, input: EligibilityInput): Verdict {
  return (
    checkWindow(round, input.now, input.nextOpensOn ?? null) ??
    checkExisting(input.hasLiveApplication) ??
    checkVisitingHub(round, input.visiting) ??
    checkHost(round, input.visiting!, input.host) ??
    checkDates(round, input.startsOn, input.endsOn, input.now) ??
    checkPeople(round, input.people)
  );
}
