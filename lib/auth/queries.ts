import "server-only";
import { db } from "@/lib/db";
import { peekToken } from "@/lib/auth/tokens";

export const resetLinkIsValid = (secret: string) => peekToken(db, "reset-password", secret);

/** The signed-in user's own account page data. */
export async function getOwnAccount(userId: string) {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { name: true, email: true, role: true, createdAt: true, locale: true },
  });
}

/**
 * The user a session cookie stands for, or null: the account must exist and be confirmed, the
 * cookie's session version must be current ("sign out everywhere", a new password) and its
 * session not ended (signed out). One query, run on every request that asks who is signed in.
 */
export async function findSessionUser(cookie: { userId: string; sessionVersion: number; sessionId: string }) {
  return db.user.findUnique({
    where: {
      id: cookie.userId,
      sessionVersion: cookie.sessionVersion,
      emailVerified: { not: null },
      sessions: { some: { id: cookie.sessionId, expiresAt: { gt: new Date() } } },
    },
    select: { id: true, name: true, email: true, role: true, locale: true },
  });
}
