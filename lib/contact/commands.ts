import "server-only";
import { db, type Prisma } from "@/lib/db";
import { deliverOutboxSoon, queueEmail } from "@/lib/email/outbox";
import { isStaff, type CurrentUser } from "@/lib/auth/user";
import { recordAudit } from "@/lib/audit";
import { staffEmails } from "@/lib/users/queries";
import { NotFoundError } from "@/lib/errors";
import { contactAcknowledgement, contactNotification } from "@/lib/contact/emails";
import type { ContactInput } from "@/lib/contact/schema";

/** Where contact messages go: every staff and admin account, plus CONTACT_EMAIL if set. */
async function contactRecipients(tx: Prisma.TransactionClient): Promise<string[]> {
  const extra = process.env.CONTACT_EMAIL?.trim().toLowerCase();
  return [...new Set([...(await staffEmails(tx)), ...(extra ? [extra] : [])])];
}

/**
 * Stores a message from the contact form and queues the emails it causes — one to each
 * recipient and an acknowledgement to the sender — in one transaction: either the message
 * and all its emails exist, or none of them do.
 */
export async function sendContactMessage(input: ContactInput, actor: Pick<CurrentUser, "id"> | null): Promise<{ id: string }> {
  const saved = await db.$transaction(async (tx) => {
    const message = await tx.contactMessage.create({
      data: { name: input.name, email: input.email, topic: input.topic, message: input.message, userId: actor?.id ?? null },
      select: { id: true },
    });
    for (const to of await contactRecipients(tx)) {
      await queueEmail(tx, contactNotification(to, { ...input, id: message.id }));
    }
    await queueEmail(tx, contactAcknowledgement(input.email, input.topic));
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
