import "server-only";
// An applicant starts a P2P application from the eligibility check, fills it in, sends it to
// the host, asks another host after a decline or a lapse, or withdraws it. Each command is one
// transaction on the applicant's own application, under its row lock; sending and withdrawing
// first lock the host's offer (./sending.ts), so the places they read and give back are exact. Every
// eligibility rule runs again on what the database says; the partial unique index "one live
// application per person per round" backs up the rule under two requests at the same moment.
import { DEFAULT_LOCALE, type Locale } from "@/i18n/languages";
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { deliverOutboxSoon } from "@/lib/email/outbox";
import { readerLocale } from "@/lib/email/words";
import { isUniqueViolation, NotFoundError, UserError } from "@/lib/errors";
import { msg } from "@/lib/message";
import { missingAnswers, planForDays } from "@/lib/p2p/applications/answers";
import { checkDates, checkPeople, firstRefusal } from "@/lib/p2p/applications/eligibility";
import { hostWithdrawnEmail, withdrawnEmail } from "@/lib/p2p/applications/emails";
import { eligibilityFacts, hubOwners } from "@/lib/p2p/applications/facts";
import { computeGrant, roundRates, stayDays } from "@/lib/p2p/applications/grant";
import type { StartApplicationInput, UpdateApplicationInput } from "@/lib/p2p/applications/schema";
import { answerDays, exchangeFor, lockOwnApplication, openHostRequest, shareRound, refuseIneligible, sentEmails, type LockedApplication } from "@/lib/p2p/applications/sending";
import { refusalField } from "@/lib/p2p/applications/steps";
import { APPLICATION_WORKFLOW, HOLDS_HOST_PLACE, isEditable, withdrawRefusal, type ApplicationDecision } from "@/lib/p2p/applications/workflow";
import { roundForApplyingSelect } from "@/lib/p2p/rounds/queries";
import { openUntil } from "@/lib/p2p/rounds/rules";
import { takeDecision } from "@/lib/workflow/take";
import { canTake } from "@/lib/workflow/transitions";

/** When the command runs (tests move it), and the language of the page the applicant used. */
type CommandContext = { now?: Date; pageLocale?: Locale };

type Applicant = Actor<"id">;

const alreadyApplied = () => UserError.of(msg("p2pApply.eligibility.alreadyApplied"));

/** Two starts (or a start and a second host) at the same moment: the index lets one through. */
async function oneLivePerRound<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (isUniqueViolation(e)) throw alreadyApplied();
    throw e;
  }
}

/** The workflow's refusal, before anything else is checked: "already sent" says more than a rule would. */
function refuseUnlessAllowed(application: LockedApplication, decision: ApplicationDecision) {
  const check = canTake(APPLICATION_WORKFLOW, decision, application.status);
  if (!check.allowed) throw UserError.of(check.reason);
}

/** Under the row lock nobody else moves it; were it moved, the same refusal. */
const staleRefusal = (application: LockedApplication, decision: ApplicationDecision) => async (): Promise<never> => {
  throw UserError.of(msg(APPLICATION_WORKFLOW.refusal, { decision, status: application.status }));
};

/**
 * Starts a draft from the eligibility check's choices, with the round's rates copied onto it
 * (later edits to the round never change it) and the grant computed here.
 */
export async function startApplication(actor: Applicant | null, input: StartApplicationInput, { now = new Date() }: CommandContext = {}) {
  if (!actor) throw new NotFoundError();
  const application = await oneLivePerRound(() =>
    db.$transaction(async (tx) => {
      await shareRound(tx, input.roundId);
      const round = await tx.p2PRound.findFirst({ where: { id: input.roundId, status: { not: "draft" } }, select: roundForApplyingSelect });
      if (!round) throw new NotFoundError();
      const facts = await eligibilityFacts(tx, actor.id, { roundId: round.id, visitingHubId: input.visitingHubId, hostHubId: input.hostHubId }, now);
      const refusal = firstRefusal(round, { ...facts, startsOn: input.startsOn, endsOn: input.endsOn, people: input.people });
      if (refusal) throw UserError.of(refusal);
      const rates = roundRates(round);
      if (!rates || round.hostAnswerDays === null) throw new UserError("p2pApply.errors.roundIncomplete");
      const { grantCents } = computeGrant(rates, stayDays(input.startsOn, input.endsOn), input.people);
      const created = await tx.p2PApplication.create({
        data: {
          roundId: round.id, applicantId: actor.id, visitingHubId: input.visitingHubId, hostHubId: input.hostHubId, role: input.role,
          startsOn: input.startsOn, endsOn: input.endsOn, people: input.people, ...rates, grantCents,
        },
        select: { id: true },
      });
      await recordAudit(tx, { actorId: actor.id, action: "p2p.application.started", targetType: "p2p-application", targetId: created.id, data: { roundId: round.id, hostHubId: input.hostHubId, grantCents } });
      return created;
    }),
  );
  return application;
}

/**
 * Saves the applicant's answers while the host has not answered. In a draft, new dates and a new
 * number of people are checked by the round's rules; once sent they are fixed (the host is deciding
 * on them). The grant is recomputed with the rates stored on the application. The second person
 * is kept only when two travel.
 */
export async function updateApplication(actor: Applicant | null, id: string, input: UpdateApplicationInput, { now = new Date() }: CommandContext = {}) {
  if (!actor) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    const application = await lockOwnApplication(tx, actor, id);
    if (!isEditable(application.status)) throw UserError.of(msg(APPLICATION_WORKFLOW.refusal, { decision: "edit", status: application.status }));
    if (application.status === "submitted") {
      // The host is deciding on these dates and this many people: they change only by withdrawing and applying again.
      const datesMoved = input.startsOn.getTime() !== application.startsOn.getTime() || input.endsOn.getTime() !== application.endsOn.getTime();
      if (datesMoved) throw new UserError("p2pApply.errors.fixedOnceSent", "startsOn");
      if (input.people !== application.people) throw new UserError("p2pApply.errors.fixedOnceSent", "people");
    } else {
      const refusal = checkDates(application.round, input.startsOn, input.endsOn, now) ?? checkPeople(application.round, input.people);
      if (refusal) throw UserError.of(refusal, refusalField(refusal));
    }
    const days = stayDays(input.startsOn, input.endsOn);
    const two = input.people >= 2;
    const { grantCents } = computeGrant(application, days, input.people);
    await tx.p2PApplication.update({
      where: { id },
      data: {
        role: input.role, startsOn: input.startsOn, endsOn: input.endsOn, people: input.people,
        partnerName: two ? input.partnerName : null, partnerRole: two ? input.partnerRole : null, partnerEmail: two ? input.partnerEmail : null,
        aim: input.aim, plan: planForDays(input.plan, days), visitorGains: input.visitorGains, hostGains: input.hostGains, sharing: input.sharing,
        travelMode: input.travelMode, accessibilityNeeds: input.accessibilityNeeds, grantCents,
      },
    });
    await recordAudit(tx, { actorId: actor.id, action: "p2p.application.updated", targetType: "p2p-application", targetId: id, data: { grantCents } });
  });
}

/**
 * Sends the draft to its host: every rule again on the database's facts under the offer's
 * lock, every answer given, then the host's owners are asked (each by email, in their language)
 * and the applicant gets a receipt with what happens next and by when.
 */
export async function submitApplication(actor: Applicant | null, id: string, { now = new Date(), pageLocale = DEFAULT_LOCALE }: CommandContext = {}) {
  if (!actor) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    const application = await lockOwnApplication(tx, actor, id, "current");
    refuseUnlessAllowed(application, "submit");
    // Sent from the application form: the dates and people are beside their fields there.
    await refuseIneligible(tx, application, application.hostHubId, now, ["startsOn", "people"]);
    const missing = missingAnswers(application, stayDays(application.startsOn, application.endsOn));
    if (missing.length) throw new UserError("p2pApply.errors.neededToSend", missing[0]);
    const days = answerDays(application);
    let request: { id: string; dueAt: Date } | null = null;
    await takeDecision(tx, APPLICATION_WORKFLOW, {
      actorId: actor.id,
      actorIs: ["party"],
      decision: "submit",
      targetId: id,
      status: application.status,
      move: async (to) => {
        const moved = (await tx.p2PApplication.updateMany({ where: { id, status: application.status }, data: { status: to, submittedAt: now } })).count;
        if (moved) request = await openHostRequest(tx, application, application.hostHubId, days, now);
        return moved;
      },
      stale: staleRefusal(application, "submit"),
      emails: () => sentEmails(tx, application, application.hostHubId, request!, { again: false, now, pageLocale }),
      data: { roundId: application.roundId, hostHubId: application.hostHubId },
    });
  });
  deliverOutboxSoon();
}

/**
 * After the host declined or let the request lapse, while the round's window is open: the
 * same application goes to another host, never one that already declined or lapsed it.
 */
export async function chooseAnotherHost(actor: Applicant | null, id: string, hostHubId: string, { now = new Date(), pageLocale = DEFAULT_LOCALE }: CommandContext = {}) {
  if (!actor) throw new NotFoundError();
  await oneLivePerRound(() =>
    db.$transaction(async (tx) => {
      const application = await lockOwnApplication(tx, actor, id, { hubId: hostHubId });
      refuseUnlessAllowed(application, "rehost");
      if (application.hostRequests.some((r) => r.hostHubId === hostHubId)) throw new UserError("p2pApply.errors.hostAlreadyAsked");
      await refuseIneligible(tx, application, hostHubId, now, ["hostHubId"]);
      const days = answerDays(application);
      let request: { id: string; dueAt: Date } | null = null;
      await takeDecision(tx, APPLICATION_WORKFLOW, {
        actorId: actor.id,
        actorIs: ["party"],
        decision: "rehost",
        targetId: id,
        status: application.status,
        move: async (to) => {
          const moved = (await tx.p2PApplication.updateMany({ where: { id, status: application.status }, data: { status: to, hostHubId } })).count;
          if (moved) request = await openHostRequest(tx, application, hostHubId, days, now);
          return moved;
        },
        stale: staleRefusal(application, "rehost"),
        emails: () => sentEmails(tx, application, hostHubId, request!, { again: true, now, pageLocale }),
        data: { roundId: application.roundId, fromHostHubId: application.hostHubId, hostHubId },
      });
    }),
  );
  deliverOutboxSoon();
}

/**
 * Withdraws the application. A request the host has not answered is cancelled; a place the
 * host had given goes back to its offer. The applicant is told, and so are the host's owners
 * when they had it before them or had agreed to it. Returns whether a host's places changed.
 */
export async function withdrawApplication(actor: Applicant | null, id: string, { now = new Date(), pageLocale = DEFAULT_LOCALE }: CommandContext = {}): Promise<{ placeFreed: boolean }> {
  if (!actor) throw new NotFoundError();
  const result = await db.$transaction(async (tx) => {
    // The round's row for update: a pending selection withdrawn gives its grants back to it (the budget trigger).
    const application = await lockOwnApplication(tx, actor, id, "current", "update");
    // The workflow's refusal first, then the round's: withdrawing is allowed until results are released.
    const refusal = withdrawRefusal(application.status, application.round.status);
    if (refusal) throw UserError.of(refusal);
    const accepted = (HOLDS_HOST_PLACE as readonly string[]).includes(application.status);
    const hostInvolved = accepted || application.status === "submitted";
    await takeDecision(tx, APPLICATION_WORKFLOW, {
      actorId: actor.id,
      actorIs: ["party"],
      decision: "withdraw",
      targetId: id,
      status: application.status,
      move: async (to) => {
        // A pending selection goes with it: the budget trigger gives its grants back to the round.
        const moved = (await tx.p2PApplication.updateMany({ where: { id, status: application.status }, data: { status: to, withdrawnAt: now, selection: null } })).count;
        if (!moved) return 0;
        await tx.p2PHostRequest.updateMany({ where: { applicationId: id, status: "pending" }, data: { status: "cancelled" } });
        if (accepted) {
          await tx.p2PHostOffer.updateMany({ where: { roundId: application.roundId, hubId: application.hostHubId, placesTaken: { gt: 0 } }, data: { placesTaken: { decrement: 1 } } });
        }
        return moved;
      },
      stale: staleRefusal(application, "withdraw"),
      emails: async () => {
        const exchange = exchangeFor(application, application.hostHub);
        const emails = [await withdrawnEmail(application.applicant, exchange, { closesOn: openUntil(application.round, now) }, readerLocale(application.applicant, pageLocale))];
        if (hostInvolved) {
          for (const owner of await hubOwners(tx, application.hostHubId)) emails.push(await hostWithdrawnEmail(owner, exchange, { accepted }, readerLocale(owner, pageLocale)));
        }
        return emails;
      },
      data: { roundId: application.roundId, hostHubId: application.hostHubId },
    });
    return { placeFreed: accepted };
  });
  deliverOutboxSoon();
  return result;
}
