// The P2P demo (only with --demo): an open round dated from the day it is seeded, six demo hubs
// hosting in it, member hubs, a membership request waiting for staff, and one application in
// each state with the requests to its hosts, so the scheme can be tried on a local site:
// applying, answering as a host, following a timeline, deciding as staff. The README says which
// account tries what. Everything is invented, and the round says so.
//
// Written once: each row is found by a unique key (the round's slug, a host offer's round and
// hub, a hub's membership, a fixed id for the requests and applications) and left as it is when
// it exists, so a second run adds nothing and what someone did while trying the scheme stands.
// The dates follow the round's own opening day, so rows added later still fit the round.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { PROGRAMME_COUNTRIES_CURRENT } from "@/lib/p2p/rounds/countries";
import { DAY, HOUR, MINUTE, clockFrom, demoIds, roundClock, utcDay, writeApplication, writeHostOffers, type Clock, type DemoApplication } from "./demo-p2p-rows";
import { ROUND_2_RATES } from "./p2p";

export const DEMO_ROUND_SLUG = "demo-round";

/** How long after its window opened the round is seeded: the window opens 14 days before. */
const OPENED_DAYS_BEFORE = 14;

/** The rules and rates every demo round shares: Round 2's rates, up to two people for up to five days. */
export const DEMO_ROUND_TERMS = {
  rules: [
    "- Apply from a hub you own or co-own: published on the map, a member of the network, in one of the round's countries.",
    "- Choose a hub that hosts in this round, in another of the round's countries; not your own hub, and not one with no place left.",
    "- The stay falls within the round's exchange period and lasts at most the longest stay; one or two people travel.",
    "- The grant is computed from the round's rates, up to the largest grant per exchange; the host's grant is separate.",
    "- The host has the round's number of days to answer. After a decline, or no answer in time, you may choose another host while the round is open.",
    "- One application per person in the round (withdrawn, declined or unanswered ones aside).",
  ].join("\n"),
  timeZone: "Europe/Brussels",
  periodPrecision: "day" as const,
  maxStayDays: 5,
  peoplePerExchange: 2,
  ...ROUND_2_RATES,
  hostAnswerDays: 14,
  membershipRequired: true,
  countries: [...PROGRAMME_COUNTRIES_CURRENT],
};

function demoRound(clock: Clock) {
  return {
    slug: DEMO_ROUND_SLUG,
    name: "Demo round — try the scheme",
    summary: [
      "**This is a demo round**, seeded on a local copy of the site so that the peer-to-peer scheme can be tried: its dates, hosts and applications are made up, and nobody travels.",
      "",
      "People who run a member hub choose a host hub in another country and ask to spend up to five days there, alone or with a colleague, to share what they know or to start a project together. The host agrees on the site.",
    ].join("\n"),
    status: "published" as const,
    publishedAt: clock.at(-21, 9),
    createdAt: clock.at(-28, 10),
    opensOn: clock.date(-OPENED_DAYS_BEFORE),
    closesOn: clock.date(45),
    exchangesFrom: clock.date(60),
    exchangesUntil: clock.date(240),
    budgetCents: 2_000_000,
    ...DEMO_ROUND_TERMS,
  };
}

/** Member hubs of the network (their owners can apply), and since how many days. */
const MEMBERS = [
  { hub: "spreeufer-sound-collective", kind: "regular", sinceDaysAgo: 720 },
  { hub: "podil-print-studio", kind: "regular", sinceDaysAgo: 540 },
  { hub: "stocznia-creative-docks", kind: "associate", sinceDaysAgo: 300 },
  { hub: "croix-rousse-textile-lab", kind: "regular", sinceDaysAgo: 610 },
  { hub: "kvart-collective", kind: "regular", sinceDaysAgo: 900 },
  { hub: "mtkvari-media-lab", kind: "regular", sinceDaysAgo: 450 },
  // Their owners applied in the round whose results are out (demo-p2p-results.ts).
  { hub: "metaxourgeio-open-studios", kind: "regular", sinceDaysAgo: 820 },
  { hub: "tresnjevka-creative-hub", kind: "associate", sinceDaysAgo: 380 },
] as const;

/** Hubs open to hosting in the demo round (and, with their own places, in the other two): six countries; Kvart's one place is taken by the accepted application. */
export const HOSTS = [
  {
    hub: "alfama-tile-workshop", places: 2, languages: ["pt", "en"], daysBefore: 13,
    offer: "A bench in the tile workshop, a day with our painters on traditional glazes, and an evening with the neighbourhood's makers.",
    availability: "Tuesday to Saturday; not in August, when the kiln is serviced.",
  },
  {
    hub: "kvart-collective", places: 1, languages: ["sr", "en"], daysBefore: 18,
    offer: "A room in one of our residency flats, a desk in the gallery office, and a Friday open evening to show your work.",
    availability: "Any week outside our spring festival.",
  },
  {
    hub: "mtkvari-media-lab", places: 2, languages: ["ka", "en", "ru"], daysBefore: 17,
    offer: "Time in the editing suites, a session with our young reporters, and help to meet Tbilisi's documentary makers.",
    availability: "Weekdays; the courtyard screenings are in May.",
  },
  {
    hub: "podil-print-studio", places: 1, languages: ["uk", "en"], daysBefore: 16,
    offer: "Press time on our letterpress and risograph, and a workshop with our small-press publishers.",
    availability: "Weekdays, with a week's notice.",
  },
  {
    hub: "croix-rousse-textile-lab", places: 2, languages: ["fr", "en"], daysBefore: 15,
    offer: "A place at the looms next to our residents, and a visit to the textile archive.",
    availability: "Monday to Thursday.",
  },
  {
    hub: "stocznia-creative-docks", places: 2, languages: ["pl", "en", "de"], daysBefore: 12,
    offer: "A desk in the welding hall's office, a walk with our oral-history team, and a stage for a closing evening.",
    availability: "Any week but the last in June.",
  },
] as const;

/** The hub asking to join the network (one request pending, for staff to decide). */
const MEMBERSHIP_REQUEST = {
  id: "demo-membership-request-alfama",
  hub: "alfama-tile-workshop",
  user: "member2@echn.test",
  kind: "regular",
  message: [
    "We are a studio of tile painters and ceramicists in Alfama, working with traditional Portuguese techniques.",
    "Four studios and six independent makers share our workshop and kiln.",
    "Our ground floor is open to the neighbourhood: a shop, a glazing table and free Saturday classes.",
    "Members learn from each other, and we help young makers price and sell their work.",
  ].join("\n\n"),
} as const;

/** One application in each state, by six people; none by member@echn.test is live, so that account can apply. */
function demoApplications(clock: Clock): DemoApplication[] {
  // The lapsed request was sent the day the window opened, 14 days (the round's time to
  // answer) before the seeding, and at least half an hour earlier, so it is overdue whatever
  // the hour; to the minute.
  const latest = Math.min(clock.at(-OPENED_DAYS_BEFORE, 9).getTime(), clock.now.getTime() - OPENED_DAYS_BEFORE * DAY - HOUR / 2);
  const lapsedSentAt = new Date(Math.floor(latest / MINUTE) * MINUTE);
  return [
    {
      id: "demo-p2p-draft",
      status: "draft",
      applicant: "member5@echn.test",
      visiting: "croix-rousse-textile-lab",
      host: "alfama-tile-workshop",
      role: "Founder and lab coordinator",
      stay: [75, 78],
      aim: "share_knowledge",
      plan: ["Arrive; a tour of the workshop and its kiln.", "A day at the glazing table with the tile painters.", "", ""],
      visitorGains: "How a small studio keeps a traditional technique alive and still sells enough to pay its makers.",
      hostGains: "",
      sharing: "",
      travelMode: null,
      createdAt: clock.at(-2, 15),
      updatedAt: clock.at(-1, 18),
    },
    {
      id: "demo-p2p-submitted",
      status: "submitted",
      applicant: "member3@echn.test",
      visiting: "podil-print-studio",
      host: "alfama-tile-workshop",
      role: "Co-founder and printer",
      stay: [90, 94],
      aim: "collaborate",
      plan: [
        "Arrive; meet the studio and its makers.",
        "Glazing techniques with the tile painters.",
        "Design a tile series with Portuguese and Ukrainian patterns.",
        "Print the series' poster on the studio's table press.",
        "Open studio evening: show the first tiles and posters.",
      ],
      visitorGains: "A first collaboration outside printing, and a way to bring pattern work into our chapbooks.",
      hostGains: "A printed series and poster to sell in the shop, and a link to Kyiv's small presses.",
      sharing: "The open studio evening at the end of the stay, and a zine about the series printed back in Kyiv.",
      travelMode: "plane",
      accessibilityNeeds: "Step-free access to the workshop, please: I walk with a stick.",
      createdAt: clock.at(-4, 9),
      submittedAt: clock.at(-3, 10),
      updatedAt: clock.at(-3, 10),
      request: { status: "pending" },
    },
    {
      id: "demo-p2p-accepted",
      status: "host_accepted",
      applicant: "member4@echn.test",
      visiting: "stocznia-creative-docks",
      host: "kvart-collective",
      role: "Programme director",
      stay: [100, 102],
      partner: { name: "Agnieszka Wiśniewska", role: "Production manager", email: "agnieszka@stocznia.echn.test" },
      aim: "both",
      plan: [
        "Arrive; a walk through the neighbourhood with Kvart's members.",
        "Work with the gallery team on how residents are paired with local members.",
        "Plan a shared programme of performances for both hubs; closing evening at Kvart.",
      ],
      visitorGains: "How Kvart hosts residents from abroad, for our own residency in the shipyard.",
      hostGains: "A partner for a performance programme on post-industrial sites, and our oral-history method.",
      sharing: "A talk at Kvart's Friday open evening, and a report on both hubs' websites.",
      travelMode: "train",
      createdAt: clock.at(-11, 8),
      submittedAt: clock.at(-10, 14),
      updatedAt: clock.at(-6, 10),
      request: {
        status: "accepted",
        answeredBy: "member6@echn.test",
        answeredAt: clock.at(-6, 10),
        message: "Those dates suit us. You will stay in our residency flat, and the Friday evening is yours for the talk.",
      },
    },
    {
      id: "demo-p2p-declined",
      status: "host_declined",
      applicant: "member6@echn.test",
      visiting: "kvart-collective",
      host: "mtkvari-media-lab",
      role: "Co-founder",
      stay: [120, 122],
      aim: "share_knowledge",
      plan: ["Arrive; meet the lab's trainers.", "A day with the young reporters' course.", "Screen two of Kvart's short films and talk about them."],
      visitorGains: "How the lab trains first-time filmmakers, for a video course at Kvart.",
      hostGains: "Short films from Belgrade for the courtyard screenings, and a contact for touring them.",
      sharing: "A screening night at both hubs.",
      travelMode: "plane",
      createdAt: clock.at(-12, 9),
      submittedAt: clock.at(-12, 11),
      updatedAt: clock.at(-8, 15),
      request: {
        status: "declined",
        answeredBy: "member7@echn.test",
        answeredAt: clock.at(-8, 15),
        message: "We are sorry: our editing suites are booked for a festival on those days. Please ask us again for another round.",
      },
    },
    {
      id: "demo-p2p-lapsed",
      status: "host_lapsed",
      applicant: "member7@echn.test",
      visiting: "mtkvari-media-lab",
      host: "podil-print-studio",
      role: "Director",
      stay: [150, 154],
      aim: "collaborate",
      plan: ["Arrive; meet the studio.", "Letterpress basics.", "Design a poster for our screenings.", "Print it.", "Show the posters and films together."],
      visitorGains: "Print skills for our festival's posters.",
      hostGains: "Films for a screening at the studio, and posters to sell.",
      sharing: "A joint evening of films and posters.",
      travelMode: "bus",
      createdAt: new Date(lapsedSentAt.getTime() - 20 * MINUTE),
      submittedAt: lapsedSentAt,
      updatedAt: new Date(lapsedSentAt.getTime() + 14 * DAY),
      request: { status: "lapsed" },
    },
    {
      id: "demo-p2p-withdrawn",
      status: "withdrawn",
      applicant: "member@echn.test",
      visiting: "spreeufer-sound-collective",
      host: "croix-rousse-textile-lab",
      role: "Studio manager",
      stay: [80, 81],
      partner: { name: "Lena Hoffmann", role: "Sound engineer", email: "lena@spreeufer.echn.test" },
      aim: "collaborate",
      plan: ["Record the looms and the knitting machines.", "Play the recordings back in the lab, with the residents."],
      visitorGains: "Sounds for an installation about work and machines.",
      hostGains: "A sound piece for the lab's archive.",
      sharing: "The installation, shown at both hubs.",
      travelMode: "train",
      createdAt: clock.at(-13, 10),
      submittedAt: clock.at(-13, 12),
      withdrawnAt: clock.at(-9, 16),
      updatedAt: clock.at(-9, 16),
      request: { status: "cancelled" },
    },
  ];
}

const PEOPLE = ["member@echn.test", "member2@echn.test", "member3@echn.test", "member4@echn.test", "member5@echn.test", "member6@echn.test", "member7@echn.test"] as const;

export async function seedDemoP2P(db: PrismaClient, now = new Date()) {
  const ids = await demoIds(db, PEOPLE, [...new Set([...MEMBERS.map((m) => m.hub), ...HOSTS.map((h) => h.hub)])]);
  await db.$transaction(async (tx) => {
    const seeded = demoRound(clockFrom(utcDay(now), now));
    const round = await tx.p2PRound.upsert({ where: { slug: DEMO_ROUND_SLUG }, create: seeded, update: {} });
    const clock = roundClock(round, OPENED_DAYS_BEFORE, now);
    const applications = demoApplications(clock);
    const answerDays = round.hostAnswerDays ?? seeded.hostAnswerDays;

    for (const member of MEMBERS) {
      const hubId = ids.hub(member.hub);
      await tx.hubMembership.upsert({
        where: { hubId },
        create: { hubId, kind: member.kind, since: clock.date(-member.sinceDaysAgo), createdAt: clock.at(-member.sinceDaysAgo, 12) },
        update: {},
      });
    }

    const { id, hub, user, ...request } = MEMBERSHIP_REQUEST;
    await tx.hubMembershipRequest.upsert({
      where: { id },
      create: { id, ...request, hubId: ids.hub(hub), userId: ids.user(user), createdAt: clock.at(-5, 11) },
      update: {},
    });

    await writeHostOffers(tx, round, ids, clock, HOSTS, applications);
    for (const application of applications) await writeApplication(tx, round, ids, clock, application, answerDays);
  });
}
