import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";

type TokenPurpose = "verify-email" | "reset-password";

const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  "verify-email": 48 * 60 * 60 * 1000,
  "reset-password": 60 * 60 * 1000,
};

const digest = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** Issues a single-use token (replacing earlier ones of the same purpose); returns the secret to email. */
export async function issueToken(tx: Prisma.TransactionClient, purpose: TokenPurpose, userId: string): Promise<string> {
  const identifier = `${purpose}:${userId}`;
  const secret = randomBytes(32).toString("base64url");
  await tx.verificationToken.deleteMany({ where: { identifier } });
  await tx.verificationToken.create({
    data: { identifier, token: digest(secret), expires: new Date(Date.now() + TOKEN_LIFETIME_MS[purpose]) },
  });
  return secret;
}

/** The stored token for a secret, if it was issued for this purpose (expired or not). */
async function findToken(tx: Prisma.TransactionClient, purpose: TokenPurpose, secret: string) {
  const row = await tx.verificationToken.findUnique({ where: { token: digest(secret) } });
  return row?.identifier.startsWith(`${purpose}:`) ? row : null;
}

/**
 * Consumes a token: returns the user id, or null when it is unknown, expired or already
 * used. Deleting it is the claim, so two concurrent uses cannot both succeed.
 */
export async function consumeToken(tx: Prisma.TransactionClient, purpose: TokenPurpose, secret: string): Promise<string | null> {
  const row = await findToken(tx, purpose, secret);
  if (!row) return null;
  const { count } = await tx.verificationToken.deleteMany({ where: { token: row.token } });
  if (count !== 1 || row.expires < new Date()) return null;
  return row.identifier.slice(purpose.length + 1);
}

/** Whether a token would be accepted, without using it (to show the right page). */
export async function peekToken(tx: Prisma.TransactionClient, purpose: TokenPurpose, secret: string): Promise<boolean> {
  const row = await findToken(tx, purpose, secret);
  return Boolean(row && row.expires > new Date());
}

export const deleteUserTokens = (tx: Prisma.TransactionClient, userId: string) =>
  tx.verificationToken.deleteMany({ where: { identifier: { in: [`verify-email:${userId}`, `reset-password:${userId}`] } } });
