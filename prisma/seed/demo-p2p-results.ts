// The P2P demo's round whose results are out (only with --demo): eight applications, one in
// each state after the release — selected (to sign the agreement), agreement signed (the
// exchange just ended, the report is due), report submitted, changes asked for, report
// approved (its draft story waiting for staff), paid (its story published), reserve and not
// selected — with the reports, their photos and the two P2P stories.
//
// Written once, like demo-p2p.ts: fixed ids and slugs, and the dates follow the round's own
// opening day. The pictures are drawings stored under fixed keys (demo-images.ts).
import type { P2PApplicationStatus, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { computeGrant, stayDays } from "@/lib/p2p/applications/grant";
import { DEMO_IMAGES, storeDemoImages } from "./demo-images";
import { DEMO_ROUND_TERMS, HOSTS } from "./demo-p2p";
import { DAY, clockFrom, demoIds, roundClock, utcDay, writeApplication, writeHostOffers, type Clock, type DemoApplication, type DemoEmail, type DemoIds } from "./demo-p2p-rows";

export const DEMO_RESULTS_ROUND_SLUG = "demo-round-released";
export const DEMO_STORY_SLUG = "demo-story-kyiv-lisbon";

/** The window opened 120 days before the seeding; the results were released 45 days before. */
const OPENED_DAYS_BEFORE = 120;
const RELEASED_DAY = -45;
/** The report is due this many days after the exchange's last day. */
const REPORT_DAYS = 14;

function resultsRound(clock: Clock) {
  return {
    slug: DEMO_RESULTS_ROUND_SLUG,
    name: "Demo round (results released)",
    summary: [
      "**This is a demo round**, seeded on a local copy of the site so that what follows the selection can be tried: its dates, exchanges, reports and payments are made up, and nobody travels.",
      "",
      "Its results are out: the applicants selected sign the grant agreement, travel, send their report, and are paid once staff approve it.",
    ].join("\n"),
    status: "results_released" as const,
    publishedAt: clock.at(-127, 9),
    createdAt: clock.at(-130, 10),
    opensOn: clock.date(-OPENED_DAYS_BEFORE),
    closesOn: clock.date(-75),
    exchangesFrom: clock.date(-40),
    exchangesUntil: clock.date(60),
    budgetCents: 1_200_000,
    reviewsNeeded: 2,
    panelClosedAt: clock.at(RELEASED_DAY - 3, 12),
    resultsReleasedAt: clock.at(RELEASED_DAY, 10),
    ...DEMO_ROUND_TERMS,
  };
}

const STAFF = "staff@echn.test";
const APPLICANTS = ["member@echn.test", "member3@echn.test", "member4@echn.test", "member5@echn.test", "member6@echn.test", "member7@echn.test", "member8@echn.test", "member9@echn.test"] as const;
const HUBS = [...HOSTS.map((h) => h.hub), "spreeufer-sound-collective", "metaxourgeio-open-studios", "tresnjevka-creative-hub"];

const DECISION: Record<string, "selected" | "reserve" | "not_selected"> = { reserve: "reserve", not_selected: "not_selected" };

type Outcome = {
  status: P2PApplicationStatus;
  /** Days after the seeding day: signed, paid. */
  signed?: number;
  paid?: { day: number; reference: string };
};

/** An application of the round and what became of it after the release. */
function released(clock: Clock, ids: DemoIds, base: Omit<DemoApplication, "status" | "createdAt" | "submittedAt" | "updatedAt" | "request" | "later"> & { created: number; hostOwner: DemoEmail; hostMessage: string }, outcome: Outcome): DemoApplication {
  const { created, hostOwner, hostMessage, ...application } = base;
  const endsOn = clock.date(application.stay[1]);
  const signed = outcome.signed === undefined ? {} : {
    agreementTerms: AGREEMENT_TERMS,
    agreementName: ids.name(application.applicant),
    agreementSignedAt: clock.at(outcome.signed, 19),
    reportDueOn: new Date(endsOn.getTime() + REPORT_DAYS * DAY),
  };
  // The visiting hub's grant, paid in full (the host's grant is its own).
  const grant = computeGrant(DEMO_ROUND_TERMS, stayDays(clock.date(application.stay[0]), endsOn), application.partner ? 2 : 1);
  const paid = outcome.paid ? { paidAt: clock.at(outcome.paid.day, 11), paidCents: grant.grantCents, paymentReference: outcome.paid.reference } : {};
  return {
    ...application,
    status: outcome.status,
    createdAt: clock.at(created, 9),
    submittedAt: clock.at(created, 12),
    updatedAt: clock.at(Math.max(RELEASED_DAY, outcome.signed ?? RELEASED_DAY, outcome.paid?.day ?? RELEASED_DAY, reportChangedDay(application.id) ?? RELEASED_DAY), 11),
    request: { status: "accepted", answeredBy: hostOwner, answeredAt: clock.at(created + 5, 10), message: hostMessage },
    later: { selection: DECISION[outcome.status] ?? "selected", selectionById: ids.user(STAFF), selectionAt: clock.at(RELEASED_DAY - 4, 15), ...signed, ...paid },
  };
}

const AGREEMENT_TERMS = [
  "Demo grant agreement (a local copy of the site: nothing here is binding).",
  "The visiting hub carries out the exchange as planned with the host, within the round's exchange period.",
  "Within 14 days of the exchange's last day, the applicant sends the report with the evidence of travel.",
  "The grant is paid once staff approve the report.",
].join("\n\n");

function resultsApplications(clock: Clock, ids: DemoIds): DemoApplication[] {
  const app = (base: Parameters<typeof released>[2], outcome: Outcome) => released(clock, ids, base, outcome);
  return [
    app({
      id: "demo-p2p-released-selected", applicant: "member@echn.test", visiting: "spreeufer-sound-collective", host: "kvart-collective",
      role: "Studio manager", stay: [20, 23], aim: "collaborate", created: -110, hostOwner: "member6@echn.test",
      hostMessage: "Our residency flat is yours for those days, and the gallery for the listening evening.",
      plan: ["Arrive; record the gallery's Friday evening.", "Record the rehearsal room.", "Mix with Kvart's dancers.", "A listening evening in the gallery."],
      visitorGains: "Recordings of a collective at work, for our series on shared spaces.", hostGains: "A sound piece for the gallery.",
      sharing: "The listening evening, and the piece online.", travelMode: "train",
    }, { status: "selected" }),
    app({
      id: "demo-p2p-released-signed", applicant: "member4@echn.test", visiting: "stocznia-creative-docks", host: "alfama-tile-workshop",
      role: "Programme director", stay: [-6, -3], aim: "share_knowledge", created: -106, hostOwner: "member2@echn.test",
      hostMessage: "Welcome. The painters will show you how they restore old tiles.",
      plan: ["Arrive; the workshop and its kiln.", "Restoring old tiles with the painters.", "Our oral-history walk, adapted for Alfama.", "An open evening at the shop."],
      visitorGains: "How a craft workshop restores heritage, for the shipyard's old signs.", hostGains: "A method for collecting the neighbourhood's memories.",
      sharing: "The open evening, and a talk in the shipyard's hall.", travelMode: "plane",
    }, { status: "agreement_signed", signed: -40 }),
    app({
      id: "demo-p2p-released-report-submitted", applicant: "member5@echn.test", visiting: "croix-rousse-textile-lab", host: "mtkvari-media-lab",
      role: "Founder and lab coordinator", stay: [-20, -16], aim: "collaborate", created: -102, hostOwner: "member7@echn.test",
      hostMessage: "Our reporters would like to film the looms when you come back; this time, bring samples.",
      plan: ["Arrive; meet the reporters.", "Film the lab's samples with them.", "Edit a short about textiles.", "Interview Tbilisi's weavers.", "Screen the short in the courtyard."],
      visitorGains: "A film about the lab's work, made with trained reporters.", hostGains: "A subject for the reporters' course, and a partner in Lyon.",
      sharing: "The courtyard screening, and the film at the lab's open days.", travelMode: "plane",
    }, { status: "report_submitted", signed: -41 }),
    app({
      id: "demo-p2p-released-changes", applicant: "member6@echn.test", visiting: "kvart-collective", host: "croix-rousse-textile-lab",
      role: "Co-founder", stay: [-28, -25], aim: "share_knowledge", created: -98, hostOwner: "member5@echn.test",
      hostMessage: "Monday to Thursday, please; the looms are free then.",
      plan: ["Arrive; the textile archive.", "Weaving with the residents.", "How the lab pairs residents with members.", "A talk about Kvart's residency."],
      visitorGains: "How the lab runs its residencies.", hostGains: "Kvart's way of pairing residents with local members.",
      sharing: "A talk in Lyon, and a report at Kvart's Friday evening.", travelMode: "plane",
    }, { status: "report_changes_requested", signed: -42 }),
    app({
      id: "demo-p2p-released-approved", applicant: "member7@echn.test", visiting: "mtkvari-media-lab", host: "podil-print-studio",
      role: "Director", stay: [-32, -30], aim: "collaborate", created: -94, hostOwner: "member3@echn.test",
      hostMessage: "Bring the films; we will print the posters together.",
      plan: ["Arrive; letterpress basics.", "Print the posters for our screenings.", "Films and posters together, in the studio."],
      visitorGains: "Posters for our festival, and the skills to print them.", hostGains: "Films for a screening at the studio.",
      sharing: "A joint evening of films and posters.", travelMode: "plane",
    }, { status: "report_approved", signed: -43 }),
    app({
      id: "demo-p2p-released-paid", applicant: "member3@echn.test", visiting: "podil-print-studio", host: "alfama-tile-workshop",
      role: "Co-founder and printer", stay: [-38, -34], aim: "collaborate", created: -108, hostOwner: "member2@echn.test",
      partner: { name: "Taras Melnyk", role: "Designer", email: "taras@podil.echn.test" },
      hostMessage: "Those dates suit us. The table press fits in the shop for the closing evening.",
      plan: ["Arrive; the workshop and its kiln.", "Glazing with the tile painters.", "Design a tile series from both cities' patterns.", "Print the series' poster.", "Open studio evening."],
      visitorGains: "Pattern work beyond paper, for our chapbooks' covers.", hostGains: "A printed series and posters for the shop.",
      sharing: "The open studio evening, and a zine printed in Kyiv.", travelMode: "plane",
    }, { status: "paid", signed: -44, paid: { day: -15, reference: "DEMO-P2P-0001" } }),
    app({
      id: "demo-p2p-released-reserve", applicant: "member8@echn.test", visiting: "metaxourgeio-open-studios", host: "stocznia-creative-docks",
      role: "Studio coordinator", stay: [30, 34], aim: "share_knowledge", created: -90, hostOwner: "member4@echn.test",
      hostMessage: "The stage is free that week for a closing evening.",
      plan: ["Arrive; the docks.", "How the docks run their stage.", "A workshop on guest studios.", "Rehearse with the docks' performers.", "A closing evening on stage."],
      visitorGains: "How a large hub programmes its stage.", hostGains: "How a small house runs guest studios.",
      sharing: "The closing evening, and a note to our guest artists.", travelMode: "plane",
    }, { status: "reserve" }),
    app({
      id: "demo-p2p-released-not-selected", applicant: "member9@echn.test", visiting: "tresnjevka-creative-hub", host: "kvart-collective",
      role: "Community manager", stay: [45, 46], aim: "share_knowledge", created: -86, hostOwner: "member6@echn.test",
      hostMessage: "Welcome for two days; our members meet on the Friday.",
      plan: ["Arrive; meet Kvart's members.", "Present the hub at the Friday evening."],
      visitorGains: "Contacts in Belgrade.", hostGains: "A presentation of the hub.",
      sharing: "A post on our website.", travelMode: "bus",
    }, { status: "not_selected" }),
  ];
}

type DemoReport = {
  application: string;
  whatHappened: string;
  outcomes: string;
  nextSteps: string;
  publicSummary: string;
  hostNote: string;
  submitted: number;
  approved?: number;
  staffMessage?: string;
  photo?: { key: string; alt: string };
};

const REPORTS: readonly DemoReport[] = [
  {
    application: "demo-p2p-released-report-submitted", submitted: -3,
    whatHappened: "Five days in Tbilisi with the lab's young reporters. We filmed our samples, interviewed three weavers in the old town and edited a six-minute short together.",
    outcomes: "A short film about the lab; two reporters who want to film in Lyon; a list of weavers who would sell through our shop.",
    nextSteps: "We will screen the film at our open days and invite two reporters to Lyon next spring.",
    publicSummary: "The Croix-Rousse Textile Lab spent five days with the Mtkvari Media Lab's young reporters and came home with a short film about weaving in two cities.",
    hostNote: "Our reporters learned to film craft work slowly and closely. We would host the lab again.",
  },
  {
    application: "demo-p2p-released-changes", submitted: -13, staffMessage: "Thank you. Please add what Kvart will change in its residency after the visit, and tick the travel tickets you sent.",
    whatHappened: "Four days at the lab: the archive, the looms and long talks with the residents about how they are welcomed.",
    outcomes: "Notes on the lab's welcome pack.",
    nextSteps: "",
    publicSummary: "Kvart Collective visited the Croix-Rousse Textile Lab in Lyon to learn how it welcomes its residents.",
    hostNote: "A good visit; we learned as much as we taught.",
  },
  {
    application: "demo-p2p-released-approved", submitted: -20, approved: -9, photo: DEMO_IMAGES.filmAndType,
    whatHappened: "Three days at the Podil Print Studio: letterpress basics on the first day, then a run of posters for our courtyard screenings, and an evening where films and posters were shown together.",
    outcomes: "Two hundred posters printed by hand; a screening at the studio; our team can now set type for the next festival.",
    nextSteps: "The studio will print the festival's posters next year, and we will screen its members' animations in May.",
    publicSummary: "The Mtkvari Media Lab learned letterpress at the Podil Print Studio and printed the posters for its own screenings.",
    hostNote: "A lively three days. Our presses have never printed so many film posters.",
  },
  {
    application: "demo-p2p-released-paid", submitted: -27, approved: -22, photo: DEMO_IMAGES.tilesAndPosters,
    whatHappened: "Five days in the Alfama Tile Workshop. The painters taught us to glaze; we drew a series of tiles from Kyiv's and Lisbon's patterns and printed its poster on our portable press.",
    outcomes: "Twelve tiles and a poster sold in the workshop's shop; a zine of the series; an open evening with forty neighbours.",
    nextSteps: "The zine is being printed in Kyiv, and two painters will visit the studio next year.",
    publicSummary: "The Podil Print Studio and the Alfama Tile Workshop made a series of tiles and posters from the patterns of both cities.",
    hostNote: "Our painters loved working with printers. The poster is still in the shop window.",
  },
];

/** When staff last decided on an application's report (changes asked two days after it came, or approved), or when it came. */
function reportChangedDay(applicationId: string): number | undefined {
  const report = REPORTS.find((r) => r.application === applicationId);
  if (!report) return undefined;
  return report.approved ?? (report.staffMessage ? report.submitted + 2 : report.submitted);
}

/** The paid exchange's published story: written for the demo, about demo hubs. */
const PUBLISHED_STORY = {
  id: "demo-story-kyiv-lisbon",
  slug: DEMO_STORY_SLUG,
  application: "demo-p2p-released-paid",
  title: "Tiles and type: a Kyiv print studio in Lisbon",
  standfirst: "Two printers from the Podil Print Studio spent five days at the Alfama Tile Workshop, and the two hubs made a series of tiles and posters from the patterns of both cities.",
  body: [
    "The Alfama Tile Workshop glazes by hand, in a kiln the neighbourhood can hear on Wednesdays. The Podil Print Studio prints by hand too, on presses rescued from a closing printer. Their exchange began with that likeness.",
    "## Five days at the glazing table",
    "The painters spent the first two days teaching the printers to glaze. On the third, both teams drew a series of twelve tiles from the patterns of Kyiv's and Lisbon's old buildings; on the fourth, the printers set up a table press in the shop and printed the series' poster.",
    "## An open evening",
    "Forty neighbours came to the closing evening. The tiles and the poster sold in the shop, and a zine of the series is being printed in Kyiv.",
    "> \"Our painters loved working with printers. The poster is still in the shop window.\" — the Alfama Tile Workshop",
    "*A demo story: the hubs, the people and the exchange are invented for a local copy of the site.*",
  ].join("\n\n"),
  publishedDay: -12,
};

/** The approved report's story, a draft until staff publish it. */
const DRAFT_STORY = {
  id: "demo-story-tbilisi-kyiv",
  slug: "demo-story-tbilisi-kyiv",
  application: "demo-p2p-released-approved",
  title: "Mtkvari Media Lab × Podil Print Studio",
};

type StoryRows = Omit<Prisma.ArticleUncheckedCreateInput, "kind" | "language" | "p2pApplicationId" | "hubs"> & { id: string };

/** A P2P story in English about an exchange, linking its two hubs. */
async function writeStory(tx: Prisma.TransactionClient, article: StoryRows & { p2pApplicationId: string }, hubIds: string[]) {
  await tx.article.upsert({ where: { id: article.id }, create: { ...article, kind: "p2p_story", language: "en-GB" }, update: {} });
  await tx.articleHub.createMany({ data: hubIds.map((hubId) => ({ articleId: article.id, hubId })), skipDuplicates: true });
}

export async function seedDemoP2PResults(db: PrismaClient, now = new Date()) {
  const ids = await demoIds(db, [STAFF, "member2@echn.test", ...APPLICANTS], HUBS);
  await storeDemoImages();
  await db.$transaction(async (tx) => {
    const seeded = resultsRound(clockFrom(utcDay(now), now));
    const round = await tx.p2PRound.upsert({ where: { slug: DEMO_RESULTS_ROUND_SLUG }, create: seeded, update: {} });
    const clock = roundClock(round, OPENED_DAYS_BEFORE, now);
    const applications = resultsApplications(clock, ids);

    await writeHostOffers(tx, round, ids, clock, HOSTS.map((h) => ({ ...h, places: 2, daysBefore: h.daysBefore + 100 })), applications);
    for (const application of applications) await writeApplication(tx, round, ids, clock, application, round.hostAnswerDays ?? seeded.hostAnswerDays);

    // The report's reminder went when each signed exchange ended.
    for (const application of applications.filter((a) => a.later?.agreementSignedAt && a.stay[1] < 0)) {
      await tx.p2PReminder.upsert({
        where: { applicationId_kind: { applicationId: application.id, kind: "report_open" } },
        create: { applicationId: application.id, kind: "report_open", sentAt: clock.at(application.stay[1] + 1, 8) },
        update: {},
      });
    }

    for (const { application, photo, submitted, approved, ...report } of REPORTS) {
      const id = `${application}-report`;
      await tx.p2PReport.upsert({
        where: { id },
        create: {
          id, applicationId: application, ...report, evidence: report.staffMessage ? [] : ["travel_tickets"],
          submittedAt: clock.at(submitted, 18), approvedAt: approved === undefined ? null : clock.at(approved, 11),
          createdAt: clock.at(submitted - 2, 20), updatedAt: clock.at(reportChangedDay(application)!, 11),
        },
        update: {},
      });
      if (photo) {
        await tx.p2PReportPhoto.upsert({
          where: { id: `${id}-photo-1` },
          create: { id: `${id}-photo-1`, reportId: id, storageKey: photo.key, alt: photo.alt, position: 0, createdAt: clock.at(submitted - 2, 20) },
          update: {},
        });
      }
    }

    const story = (applicationId: string, article: StoryRows) => {
      const { visiting, host } = applications.find((a) => a.id === applicationId)!;
      return writeStory(tx, { ...article, p2pApplicationId: applicationId }, [ids.hub(visiting), ids.hub(host)]);
    };
    const { application, publishedDay, ...published } = PUBLISHED_STORY;
    const cover = DEMO_IMAGES.tilesAndPosters;
    await story(application, {
      ...published, status: "published", publishedAt: clock.at(publishedDay, 9), coverKey: cover.key, coverAlt: cover.alt,
      coverCaption: "The Kyiv printers' stay at the Alfama Tile Workshop, drawn for the demo.", coverCredit: "Demo drawing",
      createdAt: clock.at(-22, 11), updatedAt: clock.at(publishedDay, 9),
    });
    // The approved report's draft story, as approving a report makes one (lib/p2p/stories/draft.ts
    // is the rule; written here as rows, like the rest of the demo): the report's own words, for
    // staff to edit and publish.
    const { application: approved, ...draft } = DRAFT_STORY;
    const report = REPORTS.find((r) => r.application === approved)!;
    await story(approved, {
      ...draft, standfirst: report.publicSummary, status: "draft",
      body: [report.whatHappened, report.outcomes, report.nextSteps, report.hostNote].filter((part) => part.trim()).join("\n\n"),
      coverKey: report.photo?.key ?? null, coverAlt: report.photo?.alt ?? null, createdAt: clock.at(report.approved!, 11), updatedAt: clock.at(report.approved!, 11),
    });
  });
}
