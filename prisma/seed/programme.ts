// The programme as it was announced (/work/shared/seed: the programme text and the P2P
// facts): the lead and partner organisations, the three Creative Hubs Fora, the three
// Skills Workshops and the two P2P rounds (p2p.ts). Only what those sources say: no application route, deadline, seat count
// or venue they do not give; where they give no date, the event says so (datePrecision).
// Idempotent: every row is upserted on its slug, and every field a source speaks to is
// written each time, so running the seed again also corrects rows seeded with facts no
// source gave (a deadline, a month, a venue, a seat count).
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { PROGRAMME_ORGANISATIONS } from "@/lib/programme/partners";
import { seedP2PRounds } from "./p2p";

/** A calendar date as @db.Date expects it: midnight UTC. */
const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));

/** Only the month is known: the first and the last day of that month. */
const wholeMonth = (year: number, month: number) => ({
  startsOn: day(year, month, 1),
  endsOn: new Date(Date.UTC(year, month, 0)),
  datePrecision: "month" as const,
});

/**
 * No date was published. The pages never show the stored day: it only orders the event, and
 * keeps it among the upcoming ones until `latest` (the last day of the programme's years) has passed.
 */
const datesNotPublished = (latest: Date) => ({ startsOn: latest, endsOn: latest, datePrecision: "unknown" as const });

/** What a seeded event has unless its source says otherwise: nobody applies through the site. */
const UNSTATED = {
  theme: null,
  venueName: null,
  venueAddress: null,
  latitude: null,
  longitude: null,
  startTime: null,
  endTime: null,
  capacity: null,
  participation: "information",
  applicationsOpenOn: null,
  applicationsCloseOn: null,
} as const satisfies Partial<Prisma.EventCreateInput>;

type SeedEvent = Omit<Prisma.EventCreateInput, "status"> & { slug: string };

export const PROGRAMME_EVENTS: readonly SeedEvent[] = [
  {
    ...UNSTATED,
    slug: "forum-belgrade-2016",
    kind: "forum",
    title: "Creative Hubs Forum Belgrade",
    theme: "Collaborative spaces and organisations — How work works?",
    summary:
      "The first of three fora for hub managers: how collaborative spaces and organisations are run, and how work actually gets done in them. The peer-to-peer exchange scheme was launched here.",
    // creativehubs.eu, as gathered in p2p-scheme.md: "Belgrade, 22–24 September 2016".
    startsOn: day(2016, 9, 22),
    endsOn: day(2016, 9, 24),
    datePrecision: "day",
    timeZone: "Europe/Belgrade",
    city: "Belgrade",
    countryCode: "RS",
  },
  {
    ...UNSTATED,
    slug: "forum-athens-2017",
    kind: "forum",
    title: "Creative Hubs Forum Athens",
    theme: "Growth and Innovation — SYN-acting, considered together",
    summary:
      "The second forum: three days on how hubs grow and innovate, and what they can achieve when they act together.",
    startsOn: day(2017, 1, 26),
    endsOn: day(2017, 1, 28),
    datePrecision: "day",
    timeZone: "Europe/Athens",
    city: "Athens",
    countryCode: "GR",
  },
  {
    ...UNSTATED,
    slug: "forum-madrid-2017",
    kind: "forum",
    title: "Creative Hubs Forum Madrid",
    theme: "Challenges of the collaborative economy",
    summary:
      "The third forum looks at the challenges the collaborative economy brings to creative hubs.",
    ...datesNotPublished(day(2017, 12, 31)),
    timeZone: "Europe/Madrid",
    city: "Madrid",
    countryCode: "ES",
  },
  {
    ...UNSTATED,
    slug: "workshop-madrid-2017",
    kind: "workshop",
    title: "How to start me up: building my creative hub",
    summary:
      "A two-day skills workshop for people setting up a creative hub: from the first idea to a space, a community and a model that lasts.",
    startsOn: day(2017, 3, 22),
    endsOn: day(2017, 3, 23),
    datePrecision: "day",
    timeZone: "Europe/Madrid",
    city: "Madrid",
    countryCode: "ES",
    venueName: "Factoría Cultural",
    // "Find out more and apply before 26 February."
    participation: "application",
    applicationsCloseOn: day(2017, 2, 26),
  },
  {
    ...UNSTATED,
    slug: "workshop-berlin-2017",
    kind: "workshop",
    title: "How to be a hub superhero?",
    summary:
      "A two-day skills workshop on the many roles a hub leader plays, and on the tools that make them manageable. The announcement names the venue as “Bahaus Berlin”.",
    startsOn: day(2017, 6, 7),
    endsOn: day(2017, 6, 8),
    datePrecision: "day",
    timeZone: "Europe/Berlin",
    city: "Berlin",
    countryCode: "DE",
  },
  {
    ...UNSTATED,
    slug: "workshop-edinburgh-2017",
    kind: "workshop",
    title: "Creative Hubs Skills Workshop Edinburgh",
    summary: "The third skills workshop for hub leaders, announced for Edinburgh in October 2017.",
    ...wholeMonth(2017, 10),
    timeZone: "Europe/London",
    city: "Edinburgh",
    countryCode: "GB",
  },
];

export async function seedProgramme(db: PrismaClient) {
  await db.$transaction(async (tx) => {
    for (const { slug, ...org } of PROGRAMME_ORGANISATIONS) {
      await tx.organisation.upsert({ where: { slug }, create: { slug, ...org }, update: org });
    }
    for (const { slug, ...event } of PROGRAMME_EVENTS) {
      const data = { ...event, status: "published" as const };
      await tx.event.upsert({ where: { slug }, create: { slug, ...data }, update: data });
    }
    await seedP2PRounds(tx);
  });
}
