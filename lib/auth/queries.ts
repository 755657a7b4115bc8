import "server-only";
import { db } from "@/lib/db";
import { peekToken } from "@/lib/auth/tokens";

export const resetLinkIsValid = (secret: string) => peekToken(db, "reset-password", secret);

/** The signed-in user's own account page data. */
export async function getOwnAccount(userId: string) {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { name: true, email: true, role: true, createdAt: true },
  });
}
