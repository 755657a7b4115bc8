import "server-only";
// Seats and the waiting list, for every command that gives or frees a seat (a member
// registering or withdrawing, staff accepting or declining, an offer lapsing). Callers run
// inside a transaction and call lockEvent first: the row lock queues writers from every
// app instance, and the capacity trigger in the migration holds even if one forgets.
import type { Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { queueEmail } from "@/lib/email/outbox";
import { readerLocale } from "@/lib/email/words";
import { seatOfferedEmail } from "@/lib/events/applications/emails";
import { OFFER_HOURS, SEAT_STATUSES } from "@/lib/events/rules";

type Tx = Prisma.TransactionClient;

/** Locks the event's row for the rest of the transaction and returns what seat decisions and their emails need. */
export async function lockEvent(tx: Tx, eventId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Event" WHERE "id" = ${eventId} FOR UPDATE`;
  return tx.event.findUnique({
    where: { id: eventId },
    select: {
      id: true, slug: true, title: true, status: true, participation: true, capacity: true, timeZone: true,
      startsOn: true, endsOn: true, datePrecision: true, city: true, applicationsOpenOn: true, applicationsCloseOn: true, publishedAt: true,
    },
  });
}

/** An event's seats taken, as a Prisma `_count` select: `_count: { select: seatsTaken }`. */
export const seatsTaken = { applications: { where: { status: { in: [...SEAT_STATUSES] } } } } satisfies Prisma.EventCountOutputTypeSelect;

export const countSeats = (tx: Tx, eventId: string) =>
  tx.eventApplication.count({ where: { eventId, status: { in: [...SEAT_STATUSES] } } });

/**
 * Offers every free seat to the waiting list, first come first served: each person offered
 * gets an email (in their account's language) and OFFER_HOURS to take the seat. Call after freeing a seat, under lockEvent.
 */
export async function offerFreeSeats(tx: Tx, eventId: string, now = new Date()): Promise<number> {
  const event = await tx.event.findUnique({ where: { id: eventId }, select: { slug: true, title: true, capacity: true, status: true } });
  if (!event || event.status !== "published" || event.capacity === null) return 0;
  const free = event.capacity - (await countSeats(tx, eventId));
  if (free <= 0) return 0;
  const next = await tx.eventApplication.findMany({
    where: { eventId, status: "waitlisted" },
    orderBy: [{ waitlistedAt: "asc" }, { createdAt: "asc" }],
    take: free,
    select: { id: true, user: { select: { email: true, name: true, locale: true } } },
  });
  const offerExpiresAt = new Date(now.getTime() + OFFER_HOURS * 3_600_000);
  for (const application of next) {
    await tx.eventApplication.update({ where: { id: application.id }, data: { status: "offered", offerExpiresAt } });
    await recordAudit(tx, { actorId: null, action: "event.application.offered", targetType: "EventApplication", targetId: application.id, data: { eventId, offerExpiresAt: offerExpiresAt.toISOString() } });
    await queueEmail(tx, await seatOfferedEmail(application.user, event, offerExpiresAt, readerLocale(application.user)));
  }
  return next.length;
}

/**
 * Whether `e` is the capacity trigger's refusal `code` (see the events migration), as the
 * driver reports it: in the message, or in the error's meta.
 */
function isTriggerRefusal(e: unknown, code: "event_full" | "event_capacity_below_seats"): boolean {
  return (String((e as Error)?.message ?? "") + JSON.stringify((e as { meta?: unknown })?.meta ?? "")).includes(code);
}

/** A seat was written past the capacity. */
export const isEventFullError = (e: unknown) => isTriggerRefusal(e, "event_full");
/** The capacity was lowered below the seats already given. */
export const isCapacityBelowSeatsError = (e: unknown) => isTriggerRefusal(e, "event_capacity_below_seats");
