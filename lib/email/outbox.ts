import "server-only";
import nodemailer from "nodemailer";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { log } from "@/lib/log";

export type Email = { to: string; subject: string; text: string };

const MAX_ATTEMPTS = 5;
const FROM = () => process.env.EMAIL_FROM ?? "ECHN <no-reply@creativehubs.eu>";

/**
 * Queues an email. Pass the transaction of the change the email reports, so that the
 * email exists if and only if the change committed. Then call `deliverOutboxSoon()`.
 */
export async function queueEmail(tx: Prisma.TransactionClient, email: Email) {
  await tx.outboxEmail.create({ data: email });
}

/** True when emails leave the site over SMTP; otherwise they stay in the outbox table. */
export const smtpConfigured = () => Boolean(process.env.SMTP_URL);

let transport: nodemailer.Transporter | undefined;

/**
 * Sends pending emails over SMTP. Rows are claimed with FOR UPDATE SKIP LOCKED, so any
 * number of instances can run this at once without sending an email twice.
 */
export async function deliverOutbox(batch = 20): Promise<number> {
  if (!smtpConfigured()) return 0;
  transport ??= nodemailer.createTransport(process.env.SMTP_URL);
  let sent = 0;
  for (;;) {
    const done = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string; to: string; subject: string; text: string; attempts: number }[]>`
        SELECT "id", "to", "subject", "text", "attempts" FROM "OutboxEmail"
        WHERE "status" = 'pending' ORDER BY "createdAt" LIMIT ${batch} FOR UPDATE SKIP LOCKED`;
      let delivered = 0;
      for (const row of rows) {
        try {
          await transport!.sendMail({ from: FROM(), to: row.to, subject: row.subject, text: row.text });
          await tx.outboxEmail.update({ where: { id: row.id }, data: { status: "sent", sentAt: new Date(), attempts: { increment: 1 } } });
          delivered++;
        } catch (e) {
          const attempts = row.attempts + 1;
          log.warn("email delivery failed", { emailId: row.id, attempts, error: (e as Error).message });
          await tx.outboxEmail.update({
            where: { id: row.id },
            data: { attempts, lastError: (e as Error).message.slice(0, 500), status: attempts >= MAX_ATTEMPTS ? "failed" : "pending" },
          });
        }
      }
      sent += delivered;
      // Stop on a short batch, or when nothing went out (the SMTP server is down: retry later).
      return rows.length < batch || delivered === 0;
    }, { timeout: 60_000 });
    if (done) return sent;
  }
}

/** Starts delivery without making the user wait for the SMTP server. */
export function deliverOutboxSoon() {
  if (!smtpConfigured()) return;
  deliverOutbox().catch((e) => log.error("outbox delivery failed", { error: e }));
}
