import "server-only";
import { db } from "@/lib/db";
import { deliverOutboxSoon, queueEmail } from "@/lib/email/outbox";
import { NotFoundError, UserError } from "@/lib/errors";
import type { Locale } from "@/i18n/languages";
import { publishedHubWhere } from "@/lib/hubs/filters";
import { hubMessageAcknowledgement, hubMessageToHub } from "@/lib/hubs/contact/emails";
import type { HubMessageInput } from "@/lib/hubs/contact/schema";
import { enforceRateLimit, hitRateLimit, type Limit } from "@/lib/rate-limit";

/**
 * Messages through hub pages: a sender may write to a few hubs an hour, and a hub receives
 * at most a day's worth of messages it can read, however many senders there are.
 */
export const HUB_CONTACT_LIMITS = {
  perIp: { name: "hub-contact:ip", max: 5, windowSeconds: 60 * 60 },
  perHub: { name: "hub-contact:hub", max: 20, windowSeconds: 24 * 60 * 60 },
} satisfies Record<string, Limit>;

/**
 * Relays a message to a published hub: stores it and queues the email to the hub (with the
 * sender's address, so the hub can reply) and the acknowledgement to the sender, in one
 * transaction, both in `locale`, the language of the page the sender wrote from. The hub's
 * address is never returned.
 */
export async function sendHubMessage(input: HubMessageInput, ip: string, locale: Locale): Promise<{ id: string; hubName: string }> {
  await enforceRateLimit(HUB_CONTACT_LIMITS.perIp, ip);
  const where = { id: input.hubId, ...publishedHubWhere({ stale: "1" }) };
  if (!(await db.hub.count({ where }))) throw new NotFoundError();
  const byHub = await hitRateLimit(HUB_CONTACT_LIMITS.perHub, input.hubId);
  if (!byHub.allowed) throw new UserError("hubManagement.contact.errors.hubBusy");

  const saved = await db.$transaction(async (tx) => {
    // Read again inside the transaction: the hub may have been archived in the meantime.
    const hub = await tx.hub.findFirst({ where, select: { id: true, name: true, slug: true, contactEmail: true } });
    if (!hub) throw new NotFoundError();
    const message = await tx.hubMessage.create({
      data: { hubId: hub.id, name: input.name, email: input.email, message: input.message },
      select: { id: true },
    });
    await queueEmail(tx, await hubMessageToHub(locale, hub, input));
    await queueEmail(tx, await hubMessageAcknowledgement(input.email, locale, hub));
    return { id: message.id, hubName: hub.name };
  });
  deliverOutboxSoon();
  return saved;
}

