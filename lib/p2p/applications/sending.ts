import "server-only";
// What submitting and choosing another host share: the applicant's own application read under
// its row lock, every eligibility rule run again on what the database says, the host request
// opened with its deadline, and the emails to the host's owners and the applicant.
import type { Locale } from "@/i18n/languages";
import type { Prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/user";
import type { Email } from "@/lib/email/outbox";
import { readerLocale } from "@/lib/email/words";
import { NotFoundError, UserError } from "@/lib/errors";
import { firstRefusal } from "@/lib/p2p/applications/eligibility";
import { refusalField, type RefusalField } from "@/lib/p2p/applications/steps";
import { hostRequestEmail, sentEmail, type EmailExchange } from "@/lib/p2p/applications/emails";
import { eligibilityFacts, hubOwners, lockHostOffer } from "@/lib/p2p/applications/facts";
import { roundForApplyingSelect } from "@/lib/p2p/rounds/queries";
import { openUntil } from "@/lib/p2p/rounds/rules";
import { addDays, endOfDayIn, todayIn } from "@/lib/calendar";

type Tx = Prisma.TransactionClient;

const lockedApplicationSelect = {
  id: true, roundId: true, applicantId: true, visitingHubId: true, hostHubId: true, status: true, role: true,
  startsOn: true, endsOn: true, people: true, partnerName: true, partnerRole: true, partnerEmail: true, aim: true, plan: true,
  visitorGains: true, hostGains: true, sharing: true, travelMode: true,
  travelRateCents: true, dailyRateCents: true, maxGrantCents: true, hostGrantCents: true,
  round: { select: roundForApplyingSelect },
} satisfies Prisma.P2PApplicationSelect;

/**
 * The actor's own application, its row locked for the rest of the transaction, so that two
 * sends, a send and a withdrawal, or a send and an edit queue one behind the other. Anyone
 * else's (a host owner's, a stranger's) is not found. `offerOf`: a host whose offer row to lock
 * first ("current": the application's own host), in the order every decision on places keeps,
 * the offer then the application (lib/p2p/agreement/commands.ts), so a withdrawal and a host's
 * answer at the same moment queue rather than deadlock. The person and hubs the emails name are
 * read one query at a time, and so are the host requests: with two relations or more in one
 * select, Prisma sends queries at once on the transaction's single connection, which pg is retiring.
 */
export async function lockOwnApplication(tx: Tx, actor: Actor<"id"> | null, id: string, offerOf?: "current" | { hubId: string }, roundLock: "share" | "update" = "share") {
  if (!actor) throw new NotFoundError();
  const seen = await tx.p2PApplication.findFirst({ where: { id, applicantId: actor.id }, select: { roundId: true, hostHubId: true } });
  if (!seen) throw new NotFoundError();
  const lockedOfferHubId = offerOf === "current" ? seen.hostHubId : (offerOf?.hubId ?? null);
  if (lockedOfferHubId) await lockHostOffer(tx, seen.roundId, lockedOfferHubId);
  // NO KEY UPDATE: a row pointing at the application (a reviewer's review, under the round's
  // share lock) is not kept waiting by it, which would deadlock with the round's lock below.
  await tx.$queryRaw`SELECT 1 FROM "P2PApplication" WHERE "id" = ${id} FOR NO KEY UPDATE`;
  // "update": the change moves the round's committed grants (the budget trigger updates its row),
  // which from a share lock held by two at once would deadlock.
  if (roundLock === "update") await tx.$queryRaw`SELECT 1 FROM "P2PRound" WHERE "id" = ${seen.roundId} FOR UPDATE`;
  else await shareRound(tx, seen.roundId);
  const application = await tx.p2PApplication.findUniqueOrThrow({ where: { id }, select: lockedApplicationSelect });
  // Another host was asked between the first read and the lock: the offer locked is not its host's.
  if (offerOf === "current" && application.hostHubId !== seen.hostHubId) throw new UserError("p2pApply.errors.changedMeanwhile");
  const hostRequests = await tx.p2PHostRequest.findMany({ where: { applicationId: id }, select: { id: true, hostHubId: true, status: true } });
  const applicant = await tx.user.findUniqueOrThrow({ where: { id: application.applicantId }, select: { name: true, email: true, locale: true } });
  const visitingHub = await tx.hub.findUniqueOrThrow({ where: { id: application.visitingHubId }, select: { name: true, countryCode: true } });
  const hostHub = await tx.hub.findUniqueOrThrow({ where: { id: application.hostHubId }, select: { name: true } });
  return { ...application, hostRequests, applicant, visitingHub, hostHub, lockedOfferHubId };
}

/**
 * Holds the round as it is for the rest of the transaction: staff's moves and edits take its
 * row FOR UPDATE (lib/p2p/rounds/commands.ts), so a round unpublished or closed at the same
 * moment waits for this application's change, or this change sees the round's new state.
 */
export async function shareRound(tx: Tx, roundId: string) {
  await tx.$queryRaw`SELECT 1 FROM "P2PRound" WHERE "id" = ${roundId} FOR SHARE`;
}

export type LockedApplication = Awaited<ReturnType<typeof lockOwnApplication>>;

/**
 * Every eligibility rule on the database's facts, for the application as stored, with `hostHubId`
 * as its host. A refusal goes beside its field when the sending form has it (`formFields`), else above the form.
 */
export async function refuseIneligible(tx: Tx, application: LockedApplication, hostHubId: string, now: Date, formFields: readonly RefusalField[]) {
  const facts = await eligibilityFacts(tx, application.applicantId, { roundId: application.roundId, visitingHubId: application.visitingHubId, hostHubId, exceptId: application.id }, now);
  const refusal = firstRefusal(application.round, { ...facts, startsOn: application.startsOn, endsOn: application.endsOn, people: application.people });
  if (!refusal) return;
  const field = refusalField(refusal);
  throw UserError.of(refusal, field && formFields.includes(field) ? field : undefined);
}

/** The round's days for a host to answer; a round without them takes no application on the site. */
export function answerDays(application: LockedApplication): number {
  const days = application.round.hostAnswerDays;
  if (days === null) throw new UserError("p2pApply.errors.roundIncomplete");
  return days;
}

/**
 * Opens the request to the host, due at the end of the day `days` days after today in the
 * round's zone: the emails and pages name that day, so the host may answer until it is over.
 */
export function openHostRequest(tx: Tx, application: LockedApplication, hostHubId: string, days: number, now: Date) {
  const zone = application.round.timeZone;
  return tx.p2PHostRequest.create({
    data: { applicationId: application.id, hostHubId, dueAt: endOfDayIn(zone, addDays(todayIn(zone, now), days)) },
    select: { id: true, dueAt: true },
  });
}

/** What the emails say about the exchange, with `host` as its host. */
export const exchangeFor = (application: LockedApplication, host: { name: string }): EmailExchange => ({
  applicationId: application.id,
  applicantName: application.applicant.name,
  roundName: application.round.name,
  visitingHub: application.visitingHub,
  hostHub: host,
  startsOn: application.startsOn,
  endsOn: application.endsOn,
  people: application.people,
});

/** A request to every owner of the host hub, each in their language, and the applicant's receipt. */
export async function sentEmails(
  tx: Tx,
  application: LockedApplication,
  hostHubId: string,
  request: { id: string; dueAt: Date },
  opts: { again: boolean; now: Date; pageLocale: Locale },
): Promise<Email[]> {
  const host = await tx.hub.findUniqueOrThrow({ where: { id: hostHubId }, select: { name: true } });
  const exchange = exchangeFor(application, host);
  const owners = await hubOwners(tx, hostHubId);
  const toHost = await Promise.all(owners.map((owner) => hostRequestEmail(owner, exchange, request, readerLocale(owner, opts.pageLocale))));
  const receipt = await sentEmail(application.applicant, exchange, { dueAt: request.dueAt, closesOn: openUntil(application.round, opts.now), again: opts.again }, readerLocale(application.applicant, opts.pageLocale));
  return [...toHost, receipt];
}
