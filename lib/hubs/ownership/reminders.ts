import "server-only";
import { db } from "@/lib/db";
import { deliverOutboxSoon, queueEmail } from "@/lib/email/outbox";
import { readerLocale } from "@/lib/email/words";
import { confirmationDueBefore } from "@/lib/hubs/rules";
import { confirmationReminderEmail } from "@/lib/hubs/ownership/emails";

/**
 * Emails the owners of every published hub whose information was last confirmed over a
 * year ago, once per confirmation (no reminder since `confirmedAt`). Each batch claims its
 * hubs with FOR UPDATE SKIP LOCKED and marks them in the same transaction as their emails,
 * so any number of instances may sweep at once and an owner is reminded once, in their
 * account's language.
 * Returns the number of hubs reminded.
 */
export async function sendConfirmationReminders(now = new Date(), batch = 100): Promise<number> {
  const dueBefore = confirmationDueBefore(now);
  let reminded = 0;
  for (;;) {
    const claimed = await db.$transaction(async (tx) => {
      const hubs = await tx.$queryRaw<{ id: string; name: string; confirmedAt: Date }[]>`
        WITH due AS (
          SELECT "id" FROM "Hub"
          WHERE "status" = 'published' AND "confirmedAt" < ${dueBefore}
            AND ("confirmReminderSentAt" IS NULL OR "confirmReminderSentAt" < "confirmedAt")
          ORDER BY "confirmedAt", "id" LIMIT ${batch} FOR UPDATE SKIP LOCKED
        )
        UPDATE "Hub" AS h SET "confirmReminderSentAt" = ${now} FROM due WHERE h."id" = due."id"
        RETURNING h."id", h."name", h."confirmedAt"`;
      if (hubs.length === 0) return 0;
      const owners = await tx.hubOwner.findMany({ where: { hubId: { in: hubs.map((h) => h.id) } }, select: { hubId: true, user: { select: { email: true, locale: true } } } });
      for (const hub of hubs) {
        for (const owner of owners.filter((o) => o.hubId === hub.id)) {
          await queueEmail(tx, await confirmationReminderEmail(owner.user.email, readerLocale(owner.user), { hubName: hub.name, confirmedAt: hub.confirmedAt }));
        }
      }
      return hubs.length;
    });
    reminded += claimed;
    if (claimed < batch) break;
  }
  if (reminded) deliverOutboxSoon();
  return reminded;
}
