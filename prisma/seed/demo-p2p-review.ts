// The P2P demo's round in review (only with --demo): its window closed, six applications the
// hosts agreed to, a rubric of four criteria, a panel of three reviewers (members who own no
// hub) and their assignments in every state: reviews done (one changed once, two that disagree
// by more than 30 %), a declared conflict and the site's replacement, one to confirm and one
// confirmed but not yet scored, for reviewer1 to try /review. Staff have two selections pending
// within the budget and one reserve, and may decide the rest at /admin/p2p.
//
// Written once, like demo-p2p.ts: fixed ids, and the dates follow the round's own opening day.
import type { P2PAssignmentStatus, PrismaClient } from "@/lib/generated/prisma/client";
import { conflictedWith, conflictFacts } from "@/lib/p2p/panel/fill";
import { weightedTotal } from "@/lib/p2p/reviews/rubric";
import { DEMO_ROUND_TERMS, HOSTS } from "./demo-p2p";
import { clockFrom, demoIds, roundClock, utcDay, writeApplication, writeHostOffers, type Clock, type DemoApplication } from "./demo-p2p-rows";

export const DEMO_REVIEW_ROUND_SLUG = "demo-round-review";

/** The window opened 60 days before the seeding and closed 15 days before. */
const OPENED_DAYS_BEFORE = 60;

function reviewRound(clock: Clock) {
  return {
    slug: DEMO_REVIEW_ROUND_SLUG,
    name: "Demo round (in review)",
    summary: [
      "**This is a demo round**, seeded on a local copy of the site so that the panel can be tried: its dates, applications and reviews are made up, and nobody travels.",
      "",
      "Its call has closed; a panel of three reviewers scores the applications the hosts agreed to, and staff select within the budget.",
    ].join("\n"),
    status: "in_review" as const,
    publishedAt: clock.at(-67, 9),
    createdAt: clock.at(-70, 10),
    opensOn: clock.date(-OPENED_DAYS_BEFORE),
    closesOn: clock.date(-15),
    exchangesFrom: clock.date(30),
    exchangesUntil: clock.date(200),
    budgetCents: 500_000,
    reviewsNeeded: 2,
    ...DEMO_ROUND_TERMS,
  };
}

/** The rubric: what the panel scores, 0 to 5, each value with its label. Relevance weighs most. */
export const DEMO_RUBRIC = [
  {
    name: "Relevance to the scheme",
    description: "Does the exchange share knowledge between the two hubs, or start a project they could not do alone?",
    weight: 3,
    labels: ["Not addressed", "Barely related", "Partly relevant", "Relevant", "Clearly relevant", "Exactly what the scheme is for"],
  },
  {
    name: "Quality of the plan",
    description: "Are the days planned, realistic for the length of the stay, and agreed with the host?",
    weight: 2,
    labels: ["No plan", "Vague", "Outline only", "Workable", "Detailed and realistic", "Detailed, realistic and agreed with the host"],
  },
  {
    name: "Benefit to both hubs",
    description: "What each hub gains: skills, contacts, a shared project, a method to take home.",
    weight: 2,
    labels: ["None stated", "For one hub only", "Unclear for one hub", "Some for both", "Clear for both", "Lasting for both"],
  },
  {
    name: "Sharing the results",
    description: "How the exchange will be shown: the closing event at the host, and what follows at home.",
    weight: 1,
    labels: ["Not planned", "An intention only", "Within the two hubs", "A public event", "A public event and a write-up", "A public event, a write-up and a follow-up"],
  },
] as const;

const PANEL = ["reviewer1@echn.test", "reviewer2@echn.test", "reviewer3@echn.test"] as const;
type Reviewer = (typeof PANEL)[number];

const STAFF = "staff@echn.test";
const APPLICANTS = ["member@echn.test", "member3@echn.test", "member4@echn.test", "member5@echn.test", "member6@echn.test", "member7@echn.test"] as const;
const HOST_OWNERS = ["member2@echn.test"] as const;

/** Applications the hosts agreed to, one per member hub; the request was answered within a week. */
function reviewApplications(clock: Clock, staffId: string): DemoApplication[] {
  const accepted = (created: number, answeredBy: `${string}@echn.test`, message: string) => ({
    createdAt: clock.at(created, 9),
    submittedAt: clock.at(created, 11),
    updatedAt: clock.at(created + 4, 16),
    request: { status: "accepted" as const, answeredBy, answeredAt: clock.at(created + 4, 16), message },
  });
  const pending = (selection: "selected" | "reserve") => ({ later: { selection, selectionById: staffId, selectionAt: clock.at(-1, 15) } });
  return [
    {
      id: "demo-p2p-review-spreeufer",
      status: "host_accepted",
      applicant: "member@echn.test",
      visiting: "spreeufer-sound-collective",
      host: "alfama-tile-workshop",
      role: "Studio manager",
      stay: [40, 44],
      partner: { name: "Lena Hoffmann", role: "Sound engineer", email: "lena@spreeufer.echn.test" },
      aim: "collaborate",
      plan: ["Arrive; record the kiln and the workshop at work.", "Record the tile painters' day.", "Record the neighbourhood's Saturday class.", "Mix the recordings with the painters.", "Play the piece at the workshop's shop."],
      visitorGains: "Sounds of a craft we have never recorded, for our series on work and machines.",
      hostGains: "A sound piece about the workshop to play in the shop and online.",
      sharing: "A listening evening at the workshop, and the piece on both hubs' websites.",
      travelMode: "train",
      ...accepted(-48, "member2@echn.test", "We would love to be recorded. The kiln is loudest on Wednesdays."),
      ...pending("reserve"),
    },
    {
      id: "demo-p2p-review-podil",
      status: "host_accepted",
      applicant: "member3@echn.test",
      visiting: "podil-print-studio",
      host: "croix-rousse-textile-lab",
      role: "Co-founder and printer",
      stay: [55, 58],
      aim: "share_knowledge",
      plan: ["Arrive; a visit to the textile archive.", "Printing on fabric with the lab's residents.", "Our risograph methods, shown to the lab.", "An open afternoon of prints on cloth."],
      visitorGains: "Printing on textiles, which our small presses have asked about for years.",
      hostGains: "Risograph and letterpress for the lab's labels and pattern books.",
      sharing: "The open afternoon in Lyon, and a chapbook of the prints back in Kyiv.",
      travelMode: "plane",
      ...accepted(-44, "member5@echn.test", "Monday to Thursday suits us; the archive visit is booked for the first day."),
      ...pending("selected"),
    },
    {
      id: "demo-p2p-review-stocznia",
      status: "host_accepted",
      applicant: "member4@echn.test",
      visiting: "stocznia-creative-docks",
      host: "mtkvari-media-lab",
      role: "Programme director",
      stay: [70, 74],
      aim: "both",
      plan: ["Arrive; meet the lab's young reporters.", "Our oral-history method, in a workshop.", "Record interviews in the neighbourhood together.", "Edit with the lab's team.", "Screen the first cut in the courtyard."],
      visitorGains: "How the lab trains young reporters, for our own oral-history volunteers.",
      hostGains: "A method for collecting workers' memories, and a first short film made with it.",
      sharing: "The courtyard screening, and the film shown in the shipyard's hall.",
      travelMode: "plane",
      ...accepted(-40, "member7@echn.test", "Our editing suites are free that week. The courtyard screening can close your stay."),
      ...pending("selected"),
    },
    {
      id: "demo-p2p-review-croix-rousse",
      status: "host_accepted",
      applicant: "member5@echn.test",
      visiting: "croix-rousse-textile-lab",
      host: "kvart-collective",
      role: "Founder and lab coordinator",
      stay: [85, 87],
      aim: "collaborate",
      plan: ["Arrive; a walk through the neighbourhood with Kvart's members.", "Make costumes with Kvart's dancers from the lab's offcuts.", "Friday open evening: the costumes on stage."],
      visitorGains: "A first collaboration with dancers, and a use for the lab's offcuts.",
      hostGains: "Costumes for the collective's next performance.",
      sharing: "The Friday open evening at Kvart, and photographs in the lab's archive.",
      travelMode: "train",
      ...accepted(-36, "member6@echn.test", "Our dancers are keen. The Friday evening is yours."),
    },
    {
      id: "demo-p2p-review-kvart",
      status: "host_accepted",
      applicant: "member6@echn.test",
      visiting: "kvart-collective",
      host: "podil-print-studio",
      role: "Co-founder",
      stay: [100, 101],
      aim: "share_knowledge",
      plan: ["Arrive; print the posters for Kvart's festival on the studio's presses.", "Show the posters in the studio's window, with a talk."],
      visitorGains: "Our festival's posters printed by hand, and the skills to print the next ones.",
      hostGains: "A commission, and a link to Belgrade's artists.",
      sharing: "A talk at the studio, and the posters in Kvart's gallery.",
      travelMode: "bus",
      ...accepted(-32, "member3@echn.test", "Two days is enough for a poster run. Please send the designs a week before."),
    },
    {
      id: "demo-p2p-review-mtkvari",
      status: "host_accepted",
      applicant: "member7@echn.test",
      visiting: "mtkvari-media-lab",
      host: "stocznia-creative-docks",
      role: "Director",
      stay: [120, 123],
      aim: "both",
      plan: ["Arrive; a walk with the oral-history team.", "Film in the welding hall.", "Edit with the shipyard's volunteers.", "Screen the film on the docks' stage."],
      visitorGains: "How a hub in a working shipyard involves its neighbours.",
      hostGains: "A short film about the docks, made with our volunteers.",
      sharing: "The closing screening on the docks' stage, and in Tbilisi's courtyard in May.",
      travelMode: "plane",
      ...accepted(-28, "member4@echn.test", "Welcome to the docks. The welding hall is quiet in the mornings, for filming."),
    },
  ];
}

type DemoReview = { day: number; scores: [number, number, number, number]; comment: string; revised?: { day: number; scores: [number, number, number, number]; comment: string } };
type DemoAssignment = {
  application: string;
  reviewer: Reviewer;
  status: P2PAssignmentStatus;
  /** Staff's fill, or the site's replacement of a declared conflict. */
  by: "staff" | "site";
  /** Days after the seeding day: assigned, confirmed (or declared). */
  assigned: number;
  answered?: number;
  conflictReason?: string;
  review?: DemoReview;
};

/** Two reviewers per application; reviewer1 has one to confirm and one to score, reviewer3 declared a conflict. */
const ASSIGNMENTS: readonly DemoAssignment[] = [
  {
    application: "demo-p2p-review-spreeufer", reviewer: "reviewer2@echn.test", status: "confirmed", by: "staff", assigned: -13, answered: -12,
    review: {
      day: -9, scores: [4, 4, 4, 3], comment: "A strong idea with a clear plan; the recordings will be useful to both hubs.",
      revised: { day: -4, scores: [5, 4, 4, 3], comment: "A strong idea with a clear plan; the recordings will be useful to both hubs. On reflection, exactly the kind of collaboration the scheme is for." },
    },
  },
  {
    application: "demo-p2p-review-spreeufer", reviewer: "reviewer3@echn.test", status: "confirmed", by: "staff", assigned: -13, answered: -11,
    review: { day: -7, scores: [3, 2, 2, 2], comment: "Pleasant, but the workshop gains little beyond a recording, and two people for five days is costly." },
  },
  {
    application: "demo-p2p-review-podil", reviewer: "reviewer1@echn.test", status: "confirmed", by: "staff", assigned: -13, answered: -12,
    review: { day: -8, scores: [4, 4, 3, 3], comment: "A useful skill for the studio, well planned with the host." },
  },
  {
    application: "demo-p2p-review-podil", reviewer: "reviewer2@echn.test", status: "confirmed", by: "staff", assigned: -13, answered: -12,
    review: { day: -8, scores: [4, 3, 4, 3], comment: "Both hubs gain; the chapbook is a good way to share it." },
  },
  {
    application: "demo-p2p-review-stocznia", reviewer: "reviewer1@echn.test", status: "confirmed", by: "staff", assigned: -13, answered: -12,
    review: { day: -6, scores: [4, 4, 4, 3], comment: "A method passed on and a film made together: a model exchange." },
  },
  {
    application: "demo-p2p-review-stocznia", reviewer: "reviewer3@echn.test", status: "confirmed", by: "staff", assigned: -13, answered: -11,
    review: { day: -5, scores: [4, 3, 4, 4], comment: "Ambitious for five days, but the host has agreed the plan." },
  },
  {
    application: "demo-p2p-review-croix-rousse", reviewer: "reviewer2@echn.test", status: "confirmed", by: "staff", assigned: -13, answered: -12,
    review: { day: -3, scores: [4, 4, 4, 4], comment: "Short and focused; the Friday evening gives it a public end." },
  },
  {
    application: "demo-p2p-review-croix-rousse", reviewer: "reviewer3@echn.test", status: "conflict", by: "staff", assigned: -13, answered: -11,
    conflictReason: "I curated Kvart Collective's spring festival last year, as a paid guest curator.",
  },
  { application: "demo-p2p-review-croix-rousse", reviewer: "reviewer1@echn.test", status: "assigned", by: "site", assigned: -11 },
  { application: "demo-p2p-review-kvart", reviewer: "reviewer1@echn.test", status: "assigned", by: "staff", assigned: -13 },
  {
    application: "demo-p2p-review-kvart", reviewer: "reviewer2@echn.test", status: "confirmed", by: "staff", assigned: -13, answered: -12,
    review: { day: -2, scores: [2, 3, 2, 2], comment: "More a print job than an exchange; what the studio learns is not said." },
  },
  { application: "demo-p2p-review-mtkvari", reviewer: "reviewer1@echn.test", status: "confirmed", by: "staff", assigned: -13, answered: -10 },
  {
    application: "demo-p2p-review-mtkvari", reviewer: "reviewer3@echn.test", status: "confirmed", by: "staff", assigned: -13, answered: -11,
    review: { day: -4, scores: [4, 3, 3, 4], comment: "Good use of both hubs' strengths, and two screenings to share it." },
  },
];

export async function seedDemoP2PReview(db: PrismaClient, now = new Date()) {
  const hubs = [...HOSTS.map((h) => h.hub), "spreeufer-sound-collective"];
  const ids = await demoIds(db, [...PANEL, STAFF, ...APPLICANTS, ...HOST_OWNERS], hubs);
  const staffId = ids.user(STAFF);
  await db.$transaction(async (tx) => {
    const seeded = reviewRound(clockFrom(utcDay(now), now));
    const round = await tx.p2PRound.upsert({ where: { slug: DEMO_REVIEW_ROUND_SLUG }, create: seeded, update: {} });
    const clock = roundClock(round, OPENED_DAYS_BEFORE, now);
    const applications = reviewApplications(clock, staffId);

    await writeHostOffers(tx, round, ids, clock, HOSTS.map((h) => ({ ...h, places: 2, daysBefore: h.daysBefore + 45 })), applications);
    for (const application of applications) await writeApplication(tx, round, ids, clock, application, round.hostAnswerDays ?? seeded.hostAnswerDays);

    for (const [position, criterion] of DEMO_RUBRIC.entries()) {
      await tx.p2PCriterion.upsert({
        where: { roundId_position: { roundId: round.id, position } },
        create: { roundId: round.id, position, ...criterion, labels: [...criterion.labels], createdAt: clock.at(-20, 10) },
        update: {},
      });
    }
    const criteria = await tx.p2PCriterion.findMany({ where: { roundId: round.id }, orderBy: { position: "asc" }, select: { id: true, weight: true } });

    for (const email of PANEL) {
      await tx.p2PPanelist.upsert({
        where: { roundId_userId: { roundId: round.id, userId: ids.user(email) } },
        create: { roundId: round.id, userId: ids.user(email), addedById: staffId, createdAt: clock.at(-14, 10) },
        update: {},
      });
    }

    // The conflict rule the site applies (lib/p2p/panel/fill.ts): a reviewer who owns the
    // visiting or the host hub, or declared a conflict, is never on the application.
    // Read one query at a time (conflictFacts): the transaction's one connection runs one at a time.
    const owned = await conflictFacts(tx, applications.map((a) => a.id));
    for (const application of owned) {
      const planned = ASSIGNMENTS.filter((a) => a.application === application.id).map((a) => ({ reviewerId: ids.user(a.reviewer), status: a.status }));
      const excluded = conflictedWith({ ...application, assignments: planned.filter((a) => a.status === "conflict") });
      const clash = planned.find((a) => a.status !== "conflict" && excluded.has(a.reviewerId));
      if (clash) throw new Error(`The P2P demo would assign ${application.id} to a reviewer in conflict with it`);
    }

    for (const a of ASSIGNMENTS) {
      const id = `${a.application}-${a.reviewer.split("@")[0]}`;
      const reviewerId = ids.user(a.reviewer);
      const answeredAt = a.answered === undefined ? null : clock.at(a.answered, 14);
      await tx.p2PAssignment.upsert({
        where: { id },
        create: {
          id, roundId: round.id, applicationId: a.application, reviewerId, status: a.status, conflictReason: a.conflictReason ?? null,
          assignedById: a.by === "staff" ? staffId : null, createdAt: a.by === "staff" ? clock.at(a.assigned, 10) : clock.at(a.assigned, 14),
          confirmedAt: a.status === "confirmed" ? answeredAt : null, declaredAt: a.status === "conflict" ? answeredAt : null,
        },
        update: {},
      });
      if (!a.review) continue;
      const latest = a.review.revised ?? a.review;
      const reviewId = `${id}-review`;
      const existing = await tx.p2PReview.findUnique({ where: { id: reviewId }, select: { id: true } });
      if (existing) continue;
      await tx.p2PReview.create({
        data: {
          id: reviewId, assignmentId: id, roundId: round.id, applicationId: a.application, reviewerId, comment: latest.comment,
          total: weightedTotal(criteria, latest.scores), submittedAt: clock.at(a.review.day, 17), updatedAt: clock.at(latest.day, 17),
          scores: { create: criteria.map((c, i) => ({ criterionId: c.id, value: latest.scores[i]! })) },
        },
      });
      if (a.review.revised) {
        await tx.p2PReviewRevision.create({
          data: {
            id: `${reviewId}-1`, reviewId, comment: a.review.comment, total: weightedTotal(criteria, a.review.scores), savedAt: clock.at(a.review.day, 17),
            scores: Object.fromEntries(criteria.map((c, i) => [c.id, a.review!.scores[i]!])),
          },
        });
      }
    }
  });
}
