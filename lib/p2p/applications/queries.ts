import "server-only";
// The applicant's reads: their applications with every step, one of them in full, and what the
// eligibility check shows them. Each takes the acting user and finds only their own.
import type { Actor } from "@/lib/auth/user";
import { db, type Prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { hostFact, ownHubFacts, visitingHubFact } from "@/lib/p2p/applications/facts";
import { LIVE_APPLICATION_STATUSES } from "@/lib/p2p/applications/workflow";
import { withReportEvents } from "@/lib/p2p/reports/history";
import { ownReportSelect } from "@/lib/p2p/reports/queries";
import { hostsOfRound } from "@/lib/p2p/hosts/queries";

/** What a timeline and a summary need of an application. */
const listedSelect = {
  id: true, status: true, createdAt: true, submittedAt: true, withdrawnAt: true, startsOn: true, endsOn: true, people: true, grantCents: true,
  agreementSignedAt: true, reportDueOn: true, paidAt: true,
  round: { select: { id: true, name: true, status: true, opensOn: true, closesOn: true, timeZone: true, resultsReleasedAt: true } },
  report: { select: { submittedAt: true, approvedAt: true, staffMessage: true } },
  visitingHub: { select: { id: true, name: true } },
  hostHub: { select: { id: true, name: true, slug: true, city: true, countryCode: true } },
  hostRequests: {
    select: { id: true, hostHubId: true, status: true, createdAt: true, dueAt: true, answeredAt: true, message: true, hostHub: { select: { name: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.P2PApplicationSelect;

/** The actor's applications, newest first. */
export async function listOwnP2PApplications(actor: Actor<"id"> | null) {
  if (!actor) throw new NotFoundError();
  return withReportEvents(await db.p2PApplication.findMany({ where: { applicantId: actor.id }, select: listedSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 50 }));
}

export type OwnP2PApplication = Awaited<ReturnType<typeof listOwnP2PApplications>>[number];

/** One of the actor's applications in full (its answers, stored rates, round rules, agreement and report); null when not theirs. */
export async function getOwnP2PApplication(actor: Actor<"id">, id: string) {
  const application = await db.p2PApplication.findFirst({
    where: { id, applicantId: actor.id },
    select: {
      ...listedSelect,
      role: true, partnerName: true, partnerRole: true, partnerEmail: true, aim: true, plan: true, visitorGains: true, hostGains: true,
      sharing: true, travelMode: true, accessibilityNeeds: true, travelRateCents: true, dailyRateCents: true, maxGrantCents: true, hostGrantCents: true,
      round: {
        select: {
          ...listedSelect.round.select, exchangesFrom: true, exchangesUntil: true, maxStayDays: true, peoplePerExchange: true,
          membershipRequired: true, countries: true, hostAnswerDays: true,
        },
      },
      visitingHub: { select: { id: true, name: true, countryCode: true } },
      agreementTerms: true, agreementName: true, paidCents: true,
      report: { select: { ...ownReportSelect, submittedAt: true, approvedAt: true, staffMessage: true } },
    },
  });
  return application ? (await withReportEvents([application]))[0]! : null;
}

export type FullOwnP2PApplication = NonNullable<Awaited<ReturnType<typeof getOwnP2PApplication>>>;

/**
 * What the eligibility check shows a person for a round: their hubs and the round's hosts with
 * the rules' facts, their live application in it, and their last one a host declined or let lapse.
 */
export async function applyChoices(actor: Actor<"id">, roundId: string) {
  const [hubs, hosts, applications] = await Promise.all([
    ownHubFacts(db, actor.id),
    hostsOfRound(roundId),
    db.p2PApplication.findMany({ where: { roundId, applicantId: actor.id, status: { not: "withdrawn" } }, select: { id: true, status: true }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
  ]);
  const live = applications.find((a) => (LIVE_APPLICATION_STATUSES as readonly string[]).includes(a.status)) ?? null;
  const ended = applications.find((a) => a.status === "host_declined" || a.status === "host_lapsed") ?? null;
  const own = new Set(hubs.map((h) => h.id));
  return { hubs, hosts: hosts.map((host) => hostFact(host, own)), live, ended };
}

/** The hosts the actor may send the application to instead, each with its facts for the rules (the page filters with checkHost). */
export async function otherHostChoices(actor: Actor<"id">, application: FullOwnP2PApplication) {
  const [hosts, own, visiting] = await Promise.all([hostsOfRound(application.round.id), ownHubFacts(db, actor.id), visitingHubFact(db, actor.id, application.visitingHub.id)]);
  const asked = new Set(application.hostRequests.map((r) => r.hostHubId));
  const ownIds = new Set(own.map((h) => h.id));
  return { hosts: hosts.filter((h) => !asked.has(h.id)).map((host) => hostFact(host, ownIds)), visiting };
}
