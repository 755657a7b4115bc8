// Demo events dated from the day the seed runs, so a local site always has something to
// apply to: a workshop taking applications, an open registration and a draft for staff.
// The programme's real 2016–2017 events are in programme.ts. Idempotent on the slug.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

const DAY = 86_400_000;
/** The calendar date `days` from `now`, as @db.Date expects it (midnight UTC). */
const daysFrom = (now: number, days: number) => {
  const d = new Date(now + days * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
};

type DemoEvent = Omit<Prisma.EventUncheckedCreateInput, "hubId"> & { slug: string; hubSlug?: string };

function demoEvents(now = Date.now()): DemoEvent[] {
  return [
    {
      slug: "demo-workshop-telling-your-hubs-story",
      kind: "workshop",
      title: "Telling your hub's story",
      theme: "Communication for small teams",
      summary: "Two days on finding the stories in your hub, writing them well and getting them read, with people who do it for a living.",
      programme: [
        "## Day one: finding the story",
        "- What your members, funders and neighbours each want to hear",
        "- Interviewing your own community",
        "",
        "## Day two: getting it read",
        "- Writing for the web and for funders",
        "- A plan for the next six months, reviewed by the group",
        "",
        "Bring a laptop and one story you would like to tell better.",
      ].join("\n"),
      startsOn: daysFrom(now, 60),
      endsOn: daysFrom(now, 61),
      datePrecision: "day",
      startTime: "09:30",
      endTime: "17:00",
      timeZone: "Europe/Lisbon",
      city: "Lisbon",
      countryCode: "PT",
      venueName: "Marvila Creative Docks",
      venueAddress: "Rua do Açúcar 12, 1950-010 Lisboa",
      latitude: 38.746,
      longitude: -9.101,
      capacity: 24,
      participation: "application",
      applicationsOpenOn: daysFrom(now, -7),
      applicationsCloseOn: daysFrom(now, 40),
      status: "published",
      publishedAt: new Date(now - 7 * DAY),
      curators: ["Ana Ribeiro", "Tomás Lindqvist"],
      hubSlug: "marvila-creative-docks",
    },
    {
      slug: "demo-meetup-hosting-a-p2p-exchange",
      kind: "other",
      title: "Hosting a peer-to-peer exchange",
      theme: null,
      summary: "An afternoon meet-up for hubs thinking of hosting a P2P placement: what hosts give, what they get back, and how to plan the weeks.",
      programme: "Short talks from two hubs that hosted exchanges, then questions and an open discussion.",
      startsOn: daysFrom(now, 30),
      endsOn: daysFrom(now, 30),
      datePrecision: "day",
      startTime: "14:00",
      endTime: "18:00",
      timeZone: "Europe/Berlin",
      city: "Berlin",
      countryCode: "DE",
      venueName: "betahaus",
      capacity: 40,
      participation: "registration",
      applicationsOpenOn: null,
      applicationsCloseOn: null,
      status: "published",
      publishedAt: new Date(now - 3 * DAY),
      curators: [],
      hubSlug: "betahaus-berlin",
    },
    {
      slug: "demo-forum-2027-draft",
      kind: "forum",
      title: "Creative Hubs Forum (draft)",
      theme: "Hubs and their cities",
      summary: "A draft that only staff can see: the next forum, still being planned.",
      programme: "",
      startsOn: daysFrom(now, 180),
      endsOn: daysFrom(now, 182),
      datePrecision: "day",
      timeZone: "Europe/Brussels",
      city: "Brussels",
      countryCode: "BE",
      capacity: 100,
      participation: "application",
      status: "draft",
      curators: [],
    },
  ];
}

export async function seedDemoEvents(db: PrismaClient, now = Date.now()) {
  const applicant = await db.user.findUnique({ where: { email: "member2@echn.test" }, select: { id: true } });
  await db.$transaction(async (tx) => {
    for (const { slug, hubSlug, ...event } of demoEvents(now)) {
      const hub = hubSlug ? await tx.hub.findUnique({ where: { slug: hubSlug }, select: { id: true } }) : null;
      const data = { ...event, hubId: hub?.id ?? null };
      const saved = await tx.event.upsert({ where: { slug }, create: { slug, ...data }, update: data, select: { id: true } });
      // One application waiting for review, so the staff pages have something to show.
      if (applicant && slug === "demo-workshop-telling-your-hubs-story") {
        const application = {
          status: "pending" as const,
          role: "Programme lead",
          hubName: "Kvart Collective",
          bring: "How we run a members' newsletter that people actually read.",
          takeAway: "A plan for telling our residents' stories to funders.",
        };
        await tx.eventApplication.upsert({
          where: { eventId_userId: { eventId: saved.id, userId: applicant.id } },
          create: { ...application, eventId: saved.id, userId: applicant.id },
          update: {},
        });
      }
    }
  });
}
