import "server-only";
// A member applies to or registers for an event, changes or withdraws it, and takes or lets
// go a seat offered from the waiting list. Each command is one transaction that locks the
// event first (./seats.ts), so every seat decision from every app instance queues on that
// lock; the capacity trigger and the unique (eventId, userId) back it up. Emails go out in the
// member's account language, else in the language of the page they used (`pageLocale`).
import { APPLICANT_HUB_STATUSES } from "@/lib/events/applications/rules";
import { createFormatter } from "next-intl";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/languages";
import { db, type Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/user";
import { deliverOutboxSoon, queueEmail } from "@/lib/email/outbox";
import { readerLocale } from "@/lib/email/words";
import { isUniqueViolation, NotFoundError, UserError } from "@/lib/errors";
import { withDeadline } from "@/lib/events/applications/dates";
import { applicationReceivedEmail, registrationConfirmedEmail, seatTakenEmail, waitlistedEmail, withdrawnEmail } from "@/lib/events/applications/emails";
import { waitingListPosition } from "@/lib/events/applications/queries";
import { closedOfferReason, notEditableReason, windowMessage, withdrawRefusal } from "@/lib/events/applications/rules";
import type { ApplicationInput } from "@/lib/events/applications/schema";
import { countSeats, isEventFullError, lockEvent, offerFreeSeats } from "@/lib/events/applications/seats";
import { applyState, canEditApplication, initialStatus, isOfferOpen, isSeat } from "@/lib/events/rules";
import type { Msg } from "@/lib/message";

type Tx = Prisma.TransactionClient;
type LockedEvent = NonNullable<Awaited<ReturnType<typeof lockEvent>>>;

/** When the command runs (tests move it), and the language of the page the member used. */
type CommandContext = { now?: Date; pageLocale?: Locale };

const refuse = (reason: Msg) => UserError.of(reason);

/** Whether the event takes applications through the site at all (a draft or an information-only event does not). */
const isApplicable = (event: { status: string; participation: string }) => event.status !== "draft" && event.participation !== "information";

/**
 * The event, locked, with what the emails say about it; not found for drafts and
 * information-only events, unless `anyEvent` (withdrawing is possible whatever became of the event).
 */
async function lockApplicableEvent(tx: Tx, eventId: string, { anyEvent = false } = {}): Promise<LockedEvent> {
  const event = await lockEvent(tx, eventId);
  if (!event || (!anyEvent && !isApplicable(event))) throw new NotFoundError();
  return event;
}

/** The actor's own application, read after the event's lock so its status is the latest; not found when not theirs. */
async function lockOwnApplication(tx: Tx, actor: CurrentUser | null, id: string, opts: { anyEvent?: boolean } = {}) {
  if (!actor) throw new NotFoundError();
  const found = await tx.eventApplication.findFirst({ where: { id, userId: actor.id }, select: { eventId: true } });
  if (!found) throw new NotFoundError();
  const event = await lockApplicableEvent(tx, found.eventId, opts);
  const application = await tx.eventApplication.findFirstOrThrow({
    where: { id, userId: actor.id },
    select: { id: true, status: true, offerExpiresAt: true, user: { select: { email: true, name: true, locale: true } } },
  });
  return { actor, event, application };
}

/** The hub the applicant names: one of their own hubs by id (never trusted from the form), else the typed name. */
async function applicantHub(tx: Tx, actor: CurrentUser, input: ApplicationInput): Promise<{ hubId: string | null; hubName: string | null }> {
  if (input.hubId) {
    // The same hubs the form offers: an archived or turned-down hub's id counts as no hub.
    const owned = await tx.hub.findFirst({
      where: { id: input.hubId, owners: { some: { userId: actor.id } }, status: { in: [...APPLICANT_HUB_STATUSES] } },
      select: { id: true, name: true },
    });
    if (owned) return { hubId: owned.id, hubName: owned.name };
  }
  return { hubId: null, hubName: input.hubName ?? null };
}

const answers = (input: ApplicationInput) => ({ role: input.role, bring: input.bring, takeAway: input.takeAway, needs: input.needs ?? null });

/** Refuses the form outside the window, with the window's reason, for registration and application alike. */
function refuseOutsideWindow(event: LockedEvent, seatsTaken: number, now: Date) {
  const state = applyState(event, seatsTaken, now);
  if (state.state !== "open") throw refuse(windowMessage(state, event.participation));
  return state;
}

/**
 * Applies (application events: pending) or registers (registration events: registered while
 * a seat is free, else on the waiting list). One per person per event; someone who withdrew
 * may apply again while the window is open.
 */
export async function submitApplication(actor: CurrentUser | null, eventSlug: string, input: ApplicationInput, { now = new Date(), pageLocale = DEFAULT_LOCALE }: CommandContext = {}) {
  if (!actor) throw new NotFoundError();
  // The event lock makes the seat count exact, so the trigger refuses only a writer that
  // skipped the lock; the second attempt then sees the event full and waitlists.
  for (let attempt = 1; ; attempt++) {
    try {
      const saved = await db.$transaction((tx) => submitInTransaction(tx, actor, eventSlug, input, now, pageLocale));
      deliverOutboxSoon();
      return saved;
    } catch (e) {
      if (isUniqueViolation(e)) throw new UserError("eventApplications.errors.alreadyApplied");
      if (isEventFullError(e) && attempt < 2) continue;
      if (isEventFullError(e)) throw new UserError("eventApplications.errors.seatsJustTaken");
      throw e;
    }
  }
}

async function submitInTransaction(tx: Tx, actor: CurrentUser, eventSlug: string, input: ApplicationInput, now: Date, pageLocale: Locale) {
  const found = await tx.event.findUnique({ where: { slug: eventSlug }, select: { id: true } });
  if (!found) throw new NotFoundError();
  const event = await lockApplicableEvent(tx, found.id);
  const state = refuseOutsideWindow(event, await countSeats(tx, event.id), now);
  const participation = event.participation as "registration" | "application";
  const existing = await tx.eventApplication.findUnique({ where: { eventId_userId: { eventId: event.id, userId: actor.id } }, select: { id: true, status: true } });
  if (existing && existing.status !== "withdrawn") throw new UserError("eventApplications.errors.alreadyApplied");

  const status = initialStatus(participation, state.full);
  const data = {
    ...answers(input),
    ...(await applicantHub(tx, actor, input)),
    status,
    waitlistedAt: status === "waitlisted" ? now : null,
    offerExpiresAt: null,
    decisionMessage: null,
    decidedAt: null,
    decidedById: null,
  };
  const application = existing
    ? await tx.eventApplication.update({ where: { id: existing.id }, data, select: { id: true, status: true, eventId: true, waitlistedAt: true, createdAt: true } })
    : await tx.eventApplication.create({ data: { ...data, eventId: event.id, userId: actor.id }, select: { id: true, status: true, eventId: true, waitlistedAt: true, createdAt: true } });

  await recordAudit(tx, {
    actorId: actor.id,
    action: participation === "registration" ? "event.registration.submitted" : "event.application.submitted",
    targetType: "EventApplication",
    targetId: application.id,
    data: { eventId: event.id, status, reapplied: Boolean(existing) },
  });
  const me = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true, name: true, locale: true } });
  const locale = readerLocale(me, pageLocale);
  if (status === "pending") await queueEmail(tx, await applicationReceivedEmail(me, event, state.closesOn, locale));
  else if (status === "registered") await queueEmail(tx, await registrationConfirmedEmail(me, event, locale));
  else await queueEmail(tx, await waitlistedEmail(me, event, await waitingListPosition(tx, application), locale));
  return { id: application.id, status, participation };
}

/** Changes what the applicant wrote, while staff have not decided and the window is open. */
export async function updateApplication(actor: CurrentUser | null, id: string, input: ApplicationInput, { now = new Date() }: CommandContext = {}) {
  await db.$transaction(async (tx) => {
    const { actor: me, event, application } = await lockOwnApplication(tx, actor, id);
    if (!canEditApplication(application.status)) throw refuse(notEditableReason(application.status));
    refuseOutsideWindow(event, await countSeats(tx, event.id), now);
    await tx.eventApplication.update({ where: { id }, data: { ...answers(input), ...(await applicantHub(tx, me, input)) } });
    await recordAudit(tx, { actorId: me.id, action: "event.application.updated", targetType: "EventApplication", targetId: id, data: { eventId: event.id } });
  });
}

/**
 * Withdraws until the event is over or cancelled, even if staff have since unpublished it or stopped
 * taking applications; a seat it held is offered to the first on the waiting list, while the
 * event takes applications.
 */
export async function withdrawApplication(actor: CurrentUser | null, id: string, { now = new Date(), pageLocale = DEFAULT_LOCALE }: CommandContext = {}) {
  await db.$transaction(async (tx) => {
    const { actor: me, event, application } = await lockOwnApplication(tx, actor, id, { anyEvent: true });
    const refusal = withdrawRefusal(application.status, event, now);
    if (refusal) throw new UserError(`eventApplications.errors.withdraw.${refusal}`);
    await tx.eventApplication.update({ where: { id }, data: { status: "withdrawn", waitlistedAt: null, offerExpiresAt: null } });
    await recordAudit(tx, { actorId: me.id, action: "event.application.withdrawn", targetType: "EventApplication", targetId: id, data: { eventId: event.id, from: application.status } });
    const email = await withdrawnEmail(application.user, event, { offerDeclined: false, reapplyUntil: await reapplyUntil(tx, event, now) }, readerLocale(application.user, pageLocale));
    await queueEmail(tx, email);
    if (isSeat(application.status) && isApplicable(event)) await offerFreeSeats(tx, event.id, now);
  });
  deliverOutboxSoon();
}

/** The last day to apply again, when the window is still open. */
async function reapplyUntil(tx: Tx, event: LockedEvent, now: Date): Promise<Date | null> {
  const state = applyState(event, await countSeats(tx, event.id), now);
  return state.state === "open" ? state.closesOn : null;
}

/** Takes a seat offered from the waiting list, before the offer runs out (even if the hourly sweep has not lapsed it yet). */
export async function acceptOffer(actor: CurrentUser | null, id: string, { now = new Date(), pageLocale = DEFAULT_LOCALE }: CommandContext = {}) {
  await db.$transaction(async (tx) => {
    const { actor: me, event, application } = await lockOwnApplication(tx, actor, id);
    // A seat offered before the event was cancelled is a seat at nothing.
    if (event.status === "cancelled") throw new UserError("eventApplications.errors.cancelledNoSeat");
    // The deadline is said in the language of the page that shows the refusal.
    if (!isOfferOpen(application, now)) throw refuse(withDeadline(closedOfferReason(application), createFormatter({ locale: pageLocale })));
    const status = event.participation === "registration" ? "registered" : "accepted";
    await tx.eventApplication.update({ where: { id }, data: { status, offerExpiresAt: null } });
    await recordAudit(tx, { actorId: me.id, action: "event.application.offer-accepted", targetType: "EventApplication", targetId: id, data: { eventId: event.id, status } });
    await queueEmail(tx, await seatTakenEmail(application.user, event, readerLocale(application.user, pageLocale)));
  });
  deliverOutboxSoon();
}

/** Lets an offered seat go: the application is withdrawn and the seat offered to the next in line. */
export async function declineOffer(actor: CurrentUser | null, id: string, { now = new Date(), pageLocale = DEFAULT_LOCALE }: CommandContext = {}) {
  await db.$transaction(async (tx) => {
    const { actor: me, event, application } = await lockOwnApplication(tx, actor, id);
    if (application.status !== "offered") throw refuse(closedOfferReason(application));
    await tx.eventApplication.update({ where: { id }, data: { status: "withdrawn", waitlistedAt: null, offerExpiresAt: null } });
    await recordAudit(tx, { actorId: me.id, action: "event.application.offer-declined", targetType: "EventApplication", targetId: id, data: { eventId: event.id } });
    const email = await withdrawnEmail(application.user, event, { offerDeclined: true, reapplyUntil: await reapplyUntil(tx, event, now) }, readerLocale(application.user, pageLocale));
    await queueEmail(tx, email);
    await offerFreeSeats(tx, event.id, now);
  });
  deliverOutboxSoon();
}
