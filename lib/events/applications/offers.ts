import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { deliverOutboxSoon, queueEmail } from "@/lib/email/outbox";
import { readerLocale } from "@/lib/email/words";
import { offerLapsedEmail } from "@/lib/events/applications/emails";
import { isEventOver } from "@/lib/events/rules";
import { lockEvent, offerFreeSeats } from "@/lib/events/applications/seats";

/**
 * Lapses every seat offer past its deadline, tells each person, and offers the freed seats
 * to the next on the waiting list. One transaction per event, which locks the event first
 * like every other seat decision (so it never deadlocks with a member taking their seat);
 * the offers are claimed with FOR UPDATE SKIP LOCKED, so any number of instances may sweep
 * at once and nobody is told twice. Returns the number of offers lapsed.
 */
export async function expireOffers(now = new Date()): Promise<number> {
  const events = await db.eventApplication.findMany({
    where: { status: "offered", offerExpiresAt: { lte: now } },
    distinct: ["eventId"],
    select: { eventId: true },
  });
  let lapsed = 0;
  for (const { eventId } of events) lapsed += await expireOffersOf(eventId, now);
  if (lapsed) deliverOutboxSoon();
  return lapsed;
}

async function expireOffersOf(eventId: string, now: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (!event) return 0;
    const due = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "EventApplication"
      WHERE "eventId" = ${eventId} AND "status" = 'offered' AND "offerExpiresAt" <= ${now}
      ORDER BY "offerExpiresAt", "id" FOR UPDATE SKIP LOCKED`;
    if (due.length === 0) return 0;
    const offers = await tx.eventApplication.findMany({
      where: { id: { in: due.map((d) => d.id) } },
      select: { id: true, offerExpiresAt: true, user: { select: { email: true, name: true, locale: true } } },
    });
    await tx.eventApplication.updateMany({ where: { id: { in: offers.map((o) => o.id) } }, data: { status: "lapsed" } });
    for (const offer of offers) {
      await recordAudit(tx, { actorId: null, action: "event.application.offer-lapsed", targetType: "EventApplication", targetId: offer.id, data: { eventId } });
      await queueEmail(tx, await offerLapsedEmail(offer.user, event, offer.offerExpiresAt!, readerLocale(offer.user)));
    }
    // After the event there is no seat worth offering.
    if (!isEventOver(event, now)) await offerFreeSeats(tx, eventId, now);
    return offers.length;
  });
}
