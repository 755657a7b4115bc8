// ECHN's two real P2P rounds, with only what ../shared/seed/p2p-scheme.md gives (it cites
// project.creativehubs.net for the dates, creativehubs.eu for the countries and
// creativehubs.net's P2P page for the grants). What no source gives — a budget, a host's time
// to answer, Round 1's application dates, rates and countries — stays null (or empty), and the
// pages say it was not published. Idempotent on the slug; unlike the events in programme.ts,
// an existing round is left as it is (`update: {}`), so what staff have edited stands.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Rates } from "@/lib/p2p/applications/grant";
import { PROGRAMME_COUNTRIES_2017 } from "@/lib/p2p/rounds/countries";

/** A calendar date as @db.Date expects it: midnight UTC. */
const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));

/** creativehubs.net's P2P page: EUR 350 travel per participant, EUR 165 a day, up to EUR 1,175; the host EUR 500. */
export const ROUND_2_RATES = { travelRateCents: 35_000, dailyRateCents: 16_500, maxGrantCents: 117_500, hostGrantCents: 50_000 } as const satisfies Rates;

type SeedRound = Omit<Prisma.P2PRoundCreateInput, "status"> & { slug: string };

/** What a seeded round has unless its source says otherwise. */
const UNSTATED = {
  opensOn: null,
  closesOn: null,
  exchangesFrom: null,
  exchangesUntil: null,
  maxStayDays: null,
  travelRateCents: null,
  dailyRateCents: null,
  hostGrantCents: null,
  maxGrantCents: null,
  budgetCents: null,
  hostAnswerDays: null,
  countries: [],
  publishedAt: null,
} as const satisfies Partial<Prisma.P2PRoundCreateInput>;

export const PROGRAMME_ROUNDS: readonly SeedRound[] = [
  {
    ...UNSTATED,
    slug: "round-1",
    name: "Round 1",
    summary: [
      "The first round of the peer-to-peer exchanges: people who run creative hubs spent a work experience in a different creative hub, to share what they know or to start a project together.",
      "",
      "The scheme was launched at the Creative Hubs Forum in Belgrade (22–24 September 2016), and this round ran from September 2016 to January 2017. Its application dates, its grants and the countries it was open to were not published.",
    ].join("\n"),
    rules: [
      "- Applicants belonged to a member hub of the network (a regular or an associate member).",
      "- Each exchange was a work experience in a different creative hub, to share knowledge or to set up a collaborative project.",
      "- The other rules of this round were not published.",
    ].join("\n"),
    // The source says only "Round 1: September 2016 – January 2017": the months the round ran,
    // without saying which were the call and which the exchanges (for Round 2 it gives both,
    // and they span March to September). A round's exchanges happen within the round, so those
    // months are a true outer bound of its exchanges, stored with month precision ("only the
    // months are known"); the call's dates, somewhere in the same months, are not known at all,
    // and the window stays null rather than claiming a five-month call.
    exchangesFrom: day(2016, 9, 1),
    exchangesUntil: day(2017, 1, 31),
    periodPrecision: "month",
    // No number is published for Round 1; the column cannot be empty, and one person is the
    // scheme's rule as the grants describe it (travel "per participant").
    peoplePerExchange: 1,
    // The grants in the source come from the scheme's page, which the issue gives as Round 2's.
    // The scheme required member hubs; nothing says Round 1 was an exception.
    membershipRequired: true,
  },
  {
    ...UNSTATED,
    slug: "round-2",
    name: "Round 2",
    summary: [
      "The second round of the peer-to-peer exchanges, for people who run creative hubs: a few days of work in a different creative hub, to share knowledge or to set up a project together.",
      "",
      "The call opened on 27 March 2017 and closed on 23 April 2017, for exchanges between 1 May and 17 September 2017, and was open to hubs in the countries of the Creative Europe programme. Its budget and the number of exchanges were not published.",
    ].join("\n"),
    rules: [
      "- Applicants belonged to a member hub of the network (a regular or an associate member).",
      "- The applicant chose the host hub first, on the network's map of hubs.",
      "- Open to hubs in the countries taking part in Creative Europe (the 2014–2020 programme).",
      "- The visiting hub received up to EUR 1,175 per exchange: EUR 350 for each participant's travel and EUR 165 a day for subsistence, for at most 5 days.",
      "- The host hub received EUR 500 toward a closing public event.",
    ].join("\n"),
    opensOn: day(2017, 3, 27),
    closesOn: day(2017, 4, 23),
    // The source gives no time zone for the deadline; the column's default (ECHN's Brussels) stands.
    timeZone: "Europe/Brussels",
    exchangesFrom: day(2017, 5, 1),
    exchangesUntil: day(2017, 9, 17),
    periodPrecision: "day",
    maxStayDays: 5,
    peoplePerExchange: 1,
    ...ROUND_2_RATES,
    membershipRequired: true,
    countries: [...PROGRAMME_COUNTRIES_2017],
  },
];

export async function seedP2PRounds(tx: Prisma.TransactionClient) {
  for (const { slug, ...round } of PROGRAMME_ROUNDS) {
    await tx.p2PRound.upsert({ where: { slug }, create: { slug, ...round, status: "closed" }, update: {} });
  }
}
