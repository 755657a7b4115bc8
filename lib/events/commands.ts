import "server-only";
import { db, type Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { deliverOutboxSoon, queueEmail } from "@/lib/email/outbox";
import { isUniqueViolation, NotFoundError, UserError } from "@/lib/errors";
import { assertStaff, type CurrentUser } from "@/lib/auth/user";
import { readerLocale } from "@/lib/email/words";
import { eventCancelledEmail } from "@/lib/events/review/emails";
import { LIVE_STATUSES } from "@/lib/events/rules";
import type { EventInput } from "@/lib/events/schema";
import { countSeats, isCapacityBelowSeatsError, lockEvent, offerFreeSeats } from "@/lib/events/applications/seats";
import { firstFreeSlug, slugify } from "@/lib/slugs";
import { fileStorage } from "@/lib/storage";
import { isStorageKey } from "@/lib/storage/keys";
import type { MessageKey } from "@/lib/message";

// Staff create, change, publish, unpublish and cancel events. Each is one transaction with
// its audit row (and, for a cancellation, an email to every applicant). Members and
// visitors get "not found" from every command: they learn nothing about drafts.

type Actor = Pick<CurrentUser, "id" | "role">;
type Tx = Prisma.TransactionClient;

const RESERVED_EVENT_SLUGS = new Set(["all", "calendar"]);

/** "telling-your-hubs-story", then "-2", "-3", …: an event's address follows its title. */
export function eventSlugCandidates(title: string, count = 20): string[] {
  const slug = slugify(title);
  const found = /[a-z0-9]/.test(title.normalize("NFKD").toLowerCase()) ? slug.slice(0, 70).replace(/-+$/, "") : "event";
  // Addresses under /events that are not events: the cached list pages and the feeds.
  const base = RESERVED_EVENT_SLUGS.has(found) ? `${found}-event` : found;
  return [base, ...Array.from({ length: count - 1 }, (_, i) => `${base}-${i + 2}`)];
}

async function freeSlug(tx: Tx, title: string): Promise<string> {
  const candidates = eventSlugCandidates(title);
  const taken = await tx.event.findMany({ where: { slug: { in: candidates } }, select: { slug: true } });
  return firstFreeSlug(candidates, new Set(taken.map((e) => e.slug)));
}

/** Each clash is lost to an event that did commit, so a handful of tries covers any real burst. */
const SLUG_ATTEMPTS = 5;

/**
 * Runs `write` again when it hit the unique slug: two events of one title saved at the
 * same moment both saw the slug free, and the next attempt picks the following one.
 */
async function withFreshSlug<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (e) {
      if (!isUniqueViolation(e) || attempt === SLUG_ATTEMPTS) throw e;
    }
  }
}

/** The published hub the form names, by its address (slug) or else by its exact name, in any case. */
async function hostHubId(tx: Tx, ref: string | null): Promise<string | null> {
  if (!ref) return null;
  const bySlug = await tx.hub.findFirst({ where: { slug: ref.toLowerCase(), status: "published" }, select: { id: true } });
  if (bySlug) return bySlug.id;
  const byName = await tx.hub.findMany({ where: { name: { equals: ref, mode: "insensitive" }, status: "published" }, select: { id: true }, take: 2 });
  if (byName.length === 1) return byName[0]!.id;
  if (byName.length > 1) throw new UserError("staff.events.errors.hostHubAmbiguous", "hostHub");
  throw new UserError("staff.events.errors.hostHubUnknown", "hostHub");
}

/** A cover key from the form: ours in shape, an event cover, stored, and not another event's. */
async function assertUsableCover(tx: Tx, key: string | null, eventId: string | null) {
  if (!key) return;
  const usable =
    isStorageKey(key) &&
    key.startsWith("events/") &&
    (await tx.event.count({ where: { coverImageKey: key, ...(eventId ? { id: { not: eventId } } : {}) } })) === 0 &&
    (await fileStorage().get(key)) !== null;
  if (!usable) throw new UserError("staff.events.errors.coverImageMissing", "coverImage");
}

/** The columns the form sets. */
function eventColumns(input: EventInput, hubId: string | null, coverImageKey: string | null) {
  const { kind, title, theme, summary, programme, datePrecision, startsOn, endsOn, startTime, endTime, timeZone, city, countryCode } = input;
  const { venueName, venueAddress, latitude, longitude, capacity, participation, applicationsOpenOn, applicationsCloseOn, curators } = input;
  return {
    kind, title, theme, summary, programme, datePrecision, startsOn, endsOn, startTime, endTime, timeZone, city, countryCode,
    venueName, venueAddress, latitude, longitude, capacity, participation, applicationsOpenOn, applicationsCloseOn, curators,
    hubId, coverImageKey, coverImageAlt: coverImageKey ? input.coverImageAlt : null,
  } satisfies Prisma.EventUncheckedUpdateInput;
}

/** The names of the fields whose values differ, for the audit log. */
function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

const CAPACITY_BELOW_SEATS = (seats: number) =>
  new UserError("staff.events.errors.capacityBelowSeats", "capacity", { seats });

/** Creates a draft: nobody but staff sees it until it is published. */
export async function createEvent(actor: Actor | null, input: EventInput, opts: { coverImageKey: string | null }) {
  assertStaff(actor);
  return withFreshSlug(() =>
    db.$transaction(async (tx) => {
      const hubId = await hostHubId(tx, input.hostHub);
      await assertUsableCover(tx, opts.coverImageKey, null);
      const event = await tx.event.create({
        data: { ...eventColumns(input, hubId, opts.coverImageKey), slug: await freeSlug(tx, input.title), status: "draft" },
        select: { id: true, slug: true, title: true },
      });
      await recordAudit(tx, { actorId: actor.id, action: "event.created", targetType: "event", targetId: event.id, data: { title: event.title, slug: event.slug } });
      return event;
    }),
  );
}

/**
 * Saves staff's changes. The slug follows the title until the event is first published,
 * then never changes (links to it are out there). The event's row is locked first, as
 * every seat decision does, so a lower capacity is compared with the seats really given;
 * the capacity trigger refuses it anyway. A higher capacity offers the new seats to the
 * waiting list.
 */
export async function updateEvent(actor: Actor | null, eventId: string, input: EventInput, opts: { coverImageKey: string | null }) {
  assertStaff(actor);
  try {
    const result = await withFreshSlug(() =>
      db.$transaction(async (tx) => {
        if (!(await lockEvent(tx, eventId))) throw new NotFoundError();
        const event = await tx.event.findUniqueOrThrow({ where: { id: eventId } });
        const hubId = await hostHubId(tx, input.hostHub);
        if (opts.coverImageKey !== event.coverImageKey) await assertUsableCover(tx, opts.coverImageKey, event.id);
        const seats = await countSeats(tx, event.id);
        if (input.capacity !== null && input.capacity < seats) throw CAPACITY_BELOW_SEATS(seats);
        const columns = eventColumns(input, hubId, opts.coverImageKey);
        const slug = event.publishedAt === null && input.title !== event.title ? await freeSlug(tx, input.title) : event.slug;
        const changes = changedFields(event, { ...columns, slug });
        if (!changes.length) return { id: event.id, slug: event.slug, status: event.status, changed: 0, offered: 0 };
        await tx.event.update({ where: { id: event.id }, data: { ...columns, slug } });
        await recordAudit(tx, { actorId: actor.id, action: "event.updated", targetType: "event", targetId: event.id, data: { changes } });
        const offered = await offerFreeSeats(tx, event.id);
        return { id: event.id, slug, status: event.status, changed: changes.length, offered };
      }),
    );
    if (result.offered) deliverOutboxSoon();
    return result;
  } catch (e) {
    if (isCapacityBelowSeatsError(e)) throw CAPACITY_BELOW_SEATS(await countSeats(db, eventId));
    throw e;
  }
}

type StatusChange = { from: readonly ("draft" | "published" | "cancelled")[]; refusal: MessageKey };

/** Locks the event, checks it is in a status the change starts from, and returns it. */
async function lockedEventIn(tx: Tx, eventId: string, change: StatusChange) {
  const event = await lockEvent(tx, eventId);
  if (!event) throw new NotFoundError();
  if (!change.from.includes(event.status)) throw new UserError(change.refusal);
  return event;
}

/** Makes a draft public. publishedAt keeps the first publication, which also freezes the slug. */
export async function publishEvent(actor: Actor | null, eventId: string) {
  assertStaff(actor);
  return db.$transaction(async (tx) => {
    const event = await lockedEventIn(tx, eventId, { from: ["draft"], refusal: "staff.events.refusals.publishNotDraft" });
    await tx.event.update({ where: { id: eventId }, data: { status: "published", publishedAt: event.publishedAt ?? new Date() } });
    await recordAudit(tx, { actorId: actor.id, action: "event.published", targetType: "event", targetId: eventId, data: { slug: event.slug } });
    return { id: eventId, slug: event.slug };
  });
}

/** Takes a published event back to draft: it disappears from the public pages and feeds. */
export async function unpublishEvent(actor: Actor | null, eventId: string) {
  assertStaff(actor);
  return db.$transaction(async (tx) => {
    const event = await lockedEventIn(tx, eventId, { from: ["published"], refusal: "staff.events.refusals.unpublishNotPublished" });
    await tx.event.update({ where: { id: eventId }, data: { status: "draft" } });
    await recordAudit(tx, { actorId: actor.id, action: "event.unpublished", targetType: "event", targetId: eventId, data: { slug: event.slug } });
    return { id: eventId, slug: event.slug };
  });
}

/**
 * Cancels an event, for good, with a message that the event page shows and every person
 * with a live application receives. Their applications keep their status (so each person
 * still sees what they had); no seat is offered any more, since offers are made only for
 * published events.
 */
export async function cancelEvent(actor: Actor | null, eventId: string, message: string) {
  assertStaff(actor);
  const result = await db.$transaction(async (tx) => {
    const locked = await lockedEventIn(tx, eventId, { from: ["draft", "published"], refusal: "staff.events.refusals.alreadyCancelled" });
    const event = await tx.event.update({
      where: { id: eventId },
      data: { status: "cancelled", cancelMessage: message },
      select: { id: true, slug: true, title: true, startsOn: true, endsOn: true, datePrecision: true, city: true },
    });
    const applicants = await tx.eventApplication.findMany({
      where: { eventId, status: { in: [...LIVE_STATUSES] } },
      select: { user: { select: { email: true, name: true, locale: true } } },
    });
    for (const { user } of applicants) await queueEmail(tx, await eventCancelledEmail(user, event, message, readerLocale(user)));
    await recordAudit(tx, { actorId: actor.id, action: "event.cancelled", targetType: "event", targetId: eventId, data: { from: locked.status, message, emailed: applicants.length } });
    return { id: eventId, slug: event.slug, emailed: applicants.length };
  });
  deliverOutboxSoon();
  return result;
}
