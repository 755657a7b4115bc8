// The programme as it was announced: the lead and partner organisations, the three
// Creative Hubs Fora and the three Skills Workshops. Idempotent: every row is upserted on
// its slug, so running the seed again brings the rows back to these values.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { PROGRAMME_ORGANISATIONS } from "@/lib/programme/partners";

/** A calendar date as @db.Date expects it: midnight UTC. */
const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));

/** Only the month is known: the first and the last day of that month. */
const wholeMonth = (year: number, month: number) => ({
  startsOn: day(year, month, 1),
  endsOn: new Date(Date.UTC(year, month, 0)),
  datePrecision: "month" as const,
});

type SeedEvent = Omit<Prisma.EventCreateInput, "status"> & { slug: string };

export const PROGRAMME_EVENTS: readonly SeedEvent[] = [
  {
    slug: "forum-belgrade-2016",
    kind: "forum",
    title: "Creative Hubs Forum Belgrade",
    theme: "Collaborative spaces and organisations — How work works?",
    summary:
      "The first of three fora for hub managers: how collaborative spaces and organisations are run, and how work actually gets done in them.",
    ...wholeMonth(2016, 9),
    timeZone: "Europe/Belgrade",
    city: "Belgrade",
    countryCode: "RS",
    venueName: null,
    participation: "application",
    capacity: 100,
  },
  {
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
    venueName: null,
    participation: "application",
    capacity: 100,
  },
  {
    slug: "forum-madrid-2017",
    kind: "forum",
    title: "Creative Hubs Forum Madrid",
    theme: "Challenges of the collaborative economy",
    summary:
      "The third forum looks at the challenges the collaborative economy brings to creative hubs. The dates are to be confirmed.",
    ...wholeMonth(2017, 5),
    timeZone: "Europe/Madrid",
    city: "Madrid",
    countryCode: "ES",
    venueName: null,
    participation: "application",
    capacity: 100,
  },
  {
    slug: "workshop-madrid-2017",
    kind: "workshop",
    title: "How to start me up: building my creative hub",
    theme: null,
    summary:
      "A two-day skills workshop for people setting up a creative hub: from the first idea to a space, a community and a model that lasts.",
    startsOn: day(2017, 3, 22),
    endsOn: day(2017, 3, 23),
    datePrecision: "day",
    timeZone: "Europe/Madrid",
    city: "Madrid",
    countryCode: "ES",
    venueName: "Factoría Cultural",
    participation: "application",
    applicationsCloseOn: day(2017, 2, 26),
  },
  {
    slug: "workshop-berlin-2017",
    kind: "workshop",
    title: "How to be a hub superhero?",
    theme: null,
    summary:
      "A two-day skills workshop on the many roles a hub leader plays, and on the tools that make them manageable.",
    startsOn: day(2017, 6, 7),
    endsOn: day(2017, 6, 8),
    datePrecision: "day",
    timeZone: "Europe/Berlin",
    city: "Berlin",
    countryCode: "DE",
    venueName: "betahaus",
    participation: "application",
  },
  {
    slug: "workshop-edinburgh-2017",
    kind: "workshop",
    title: "Creative Hubs Skills Workshop Edinburgh",
    theme: null,
    summary: "The third skills workshop for hub leaders. The dates and the venue are to be confirmed.",
    ...wholeMonth(2017, 10),
    timeZone: "Europe/London",
    city: "Edinburgh",
    countryCode: "GB",
    venueName: null,
    participation: "information",
  },
];

export async function seedProgramme(db: PrismaClient) {
  await db.$transaction(async (tx) => {
    for (const { slug, ...org } of PROGRAMME_ORGANISATIONS) {
      await tx.organisation.upsert({ where: { slug }, create: { slug, ...org }, update: org });
    }
    for (const { slug, ...event } of PROGRAMME_EVENTS) {
      const data = { applicationsCloseOn: null, ...event, status: "published" as const };
      await tx.event.upsert({ where: { slug }, create: { slug, ...data }, update: data });
    }
  });
}
