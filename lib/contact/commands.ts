import "server-only";
import type { Locale } from "@/i18n/languages";
import { db, type Prisma } from "@/lib/db";
import { deliverOutboxSoon, queueEmail } from "@/lib/email/outbox";
import { isStaff, type CurrentUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit";
import { readerLocale } from "@/lib/email/words";
import { NotFoundError } from "@/lib/errors";
import { staffRecipients } from "@/lib/users/queries";
import { contactAcknowledgement, contactNotification } from "@/lib/contact/emails";
import type { ContactInput } from "@/lib/contact/schema";

/**
 * Where contact messages go, each in its reader's language: every staff and admin account (in
 * its own language), plus CONTACT_EMAIL if set (in the language of the page the sender used).
 */
async function contactRecipients(tx: Prisma.TransactionClient, pageLocale: Locale): Promise<{ to: string; locale: Locale }[]> {
  const staff = await staffRecipients(tx);
  const recipients = new Map(staff.map((u) => [u.email, readerLocale(u, pageLocale)]));
  const extra = process.env.CONTACT_EMAIL?.trim().toLowerCase();
  if (extra && !recipients.has(extra)) recipients.set(extra, pageLocale);
  return [...recipients].map(([to, locale]) => ({ to, locale }));
}

/**
 * Stores a message from the contact form and queues the emails it causes — one to each
 * recipient and an acknowledgement to the sender — in one transaction: either the message
 * and all its emails exist, or none of them do. `pageLocale` is the language of the page the
 * sender wrote from: their acknowledgement is in it.
 */
export async function sendContactMessage(input: ContactInput, actor: Pick<CurrentUser, "id"> | null, pageLocale: Locale): Promise<{ id: string }> {
  const saved = await db.$transaction(async (tx) => {
    const message = await tx.contactMessage.create({
      data: { name: input.name, email: input.email, topic: input.topic, message: input.message, userId: actor?.id ?? null },
      select: { id: true },
    });
    for (const { to, locale } of await contactRecipients(tx, pageLocale)) {
      await queueEmail(tx, await contactNotification(to, locale, { ...input, id: message.id }));
    }
    await queueEmail(tx, await contactAcknowledgement(input.email, pageLocale, input.topic));
    return message;
  });
  deliverOutboxSoon();
  return saved;
}

/** Staff mark a message as dealt with (or reopen it); recorded in the audit log. */
export async function markContactMessageHandled(actor: CurrentUser | null, input: { messageId: string; handled: boolean }) {
  if (!isStaff(actor)) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    const { count } = await tx.contactMessage.updateMany({
      where: { id: input.messageId },
      data: input.handled ? { handledAt: new Date(), handledById: actor.id } : { handledAt: null, handledById: null },
    });
    if (count === 0) throw new NotFoundError();
    await recordAudit(tx, { actorId: actor.id, action: input.handled ? "contact.handled" : "contact.reopened", targetType: "contact-message", targetId: input.messageId });
  });
}
