import "server-only";
import { isStaff, type CurrentUser } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { smtpConfigured } from "@/lib/email/outbox";

/**
 * The development outbox shows every stored email, password-reset links included, so it
 * exists only on a local or test site: with ECHN_DEV_TOOLS=1 (set by `npm start` on the
 * embedded database) or under `next dev`, and never when real email goes out over SMTP.
 * The page also wants a loopback address and staff (listOutbox).
 */
export function devOutboxEnabled(): boolean {
  return !smtpConfigured() && (process.env.ECHN_DEV_TOOLS === "1" || process.env.NODE_ENV === "development");
}

export async function listOutbox(actor: CurrentUser, page: number, perPage = 20) {
  if (!isStaff(actor)) throw new NotFoundError();
  const [total, emails] = await Promise.all([
    db.outboxEmail.count(),
    db.outboxEmail.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * perPage,
      take: perPage,
      select: { id: true, to: true, subject: true, text: true, status: true, createdAt: true },
    }),
  ]);
  return { total, emails, pages: Math.max(1, Math.ceil(total / perPage)) };
}
