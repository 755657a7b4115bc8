import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { deliverOutboxSoon, queueEmail } from "@/lib/email/outbox";
import { isUniqueViolation, UserError } from "@/lib/errors";
import { hitRateLimit, LIMITS, resetRateLimit } from "@/lib/rate-limit";
import { readerLocale } from "@/lib/email/words";
import type { Locale } from "@/i18n/languages";
import { burnPasswordCheck, hashPassword, verifyPassword } from "@/lib/auth/password";
import { consumeToken, deleteUserTokens, issueToken } from "@/lib/auth/tokens";
import {
  accountDeletedMessage,
  alreadyRegisteredMessage,
  passwordChangedMessage,
  resetPasswordMessage,
  verifyEmailMessage,
} from "@/lib/auth/emails";
import { waitMessage } from "@/lib/message";
import type { CurrentUser } from "@/lib/auth/user";
import { SESSION_DAYS } from "@/lib/auth/rules";

async function enforce(limit: Parameters<typeof hitRateLimit>[0], subject: string, field?: string) {
  const decision = await hitRateLimit(limit, subject);
  if (!decision.allowed) {
    const wait = waitMessage(decision.retryAfterSeconds);
    throw UserError.of(wait, field);
  }
}

/**
 * Creates an unverified account and emails the confirmation link. An address that is
 * already registered gets a "you already have an account" email instead, and the caller
 * sees the same answer either way, so sign-up does not reveal who is a member. `locale` is
 * the sign-up page's language: the account keeps it, and both emails are written in it.
 */
export async function signUp(input: { name: string; email: string; password: string; ip: string; locale: Locale }) {
  await enforce(LIMITS.signUpPerIp, input.ip);
  await enforce(LIMITS.signUpPerEmail, input.email, "email");
  const passwordHash = await hashPassword(input.password);
  try {
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { name: input.name, email: input.email, passwordHash, locale: input.locale }, select: { id: true } });
      const secret = await issueToken(tx, "verify-email", user.id);
      await queueEmail(tx, await verifyEmailMessage(input.email, input.name, secret, input.locale));
      await recordAudit(tx, { actorId: user.id, action: "user.signed-up", targetType: "user", targetId: user.id });
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true, name: true, emailVerified: true } });
    if (existing) {
      await db.$transaction(async (tx) => {
        if (existing.emailVerified) await queueEmail(tx, await alreadyRegisteredMessage(input.email, existing.name, input.locale));
        else await queueEmail(tx, await verifyEmailMessage(input.email, existing.name, await issueToken(tx, "verify-email", existing.id), input.locale));
      });
    }
  }
  deliverOutboxSoon();
}

/** Sends a fresh confirmation link to an unverified account; silent for anything else. `locale`: the page's language. */
export async function resendVerification(input: { email: string; ip: string; locale: Locale }) {
  await enforce(LIMITS.resetPerIp, input.ip);
  await enforce(LIMITS.verifyResendPerEmail, input.email, "email");
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, name: true, emailVerified: true, locale: true } });
    if (!user || user.emailVerified) return;
    const secret = await issueToken(tx, "verify-email", user.id);
    await queueEmail(tx, await verifyEmailMessage(input.email, user.name, secret, readerLocale(user, input.locale)));
  });
  deliverOutboxSoon();
}

export async function verifyEmail(secret: string) {
  await db.$transaction(async (tx) => {
    const userId = await consumeToken(tx, "verify-email", secret);
    if (!userId) throw new UserError("auth.errors.verifyLinkUsed");
    await tx.user.update({ where: { id: userId }, data: { emailVerified: new Date() } });
    await recordAudit(tx, { actorId: userId, action: "user.email-verified", targetType: "user", targetId: userId });
  });
}

type AuthenticateResult =
  | { ok: true; user: { id: string; name: string; email: string; sessionVersion: number } }
  | { ok: false; code: string };

/**
 * Checks a sign-in. Unknown email and wrong password give the same answer in the same
 * time; the per-IP and per-email limits apply before any password is checked.
 */
export async function authenticate(input: { email: string; password: string; ip: string }): Promise<AuthenticateResult> {
  const email = input.email.trim().toLowerCase();
  for (const [limit, subject] of [[LIMITS.signInPerIp, input.ip], [LIMITS.signInPerEmail, email]] as const) {
    const decision = await hitRateLimit(limit, subject);
    if (!decision.allowed) return { ok: false, code: `rate_limited:${decision.retryAfterSeconds}` };
  }
  const user = email
    ? await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, passwordHash: true, emailVerified: true, sessionVersion: true } })
    : null;
  if (!user) {
    await burnPasswordCheck(input.password);
    return { ok: false, code: "invalid" };
  }
  if (!(await verifyPassword(input.password, user.passwordHash))) return { ok: false, code: "invalid" };
  if (!user.emailVerified) return { ok: false, code: "unverified" };
  await resetRateLimit(LIMITS.signInPerEmail, email);
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion } };
}

/** Emails a reset link if the account exists; the caller answers the same either way. `locale`: the page's language. */
export async function requestPasswordReset(input: { email: string; ip: string; locale: Locale }) {
  await enforce(LIMITS.resetPerIp, input.ip);
  await enforce(LIMITS.resetPerEmail, input.email, "email");
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, name: true, locale: true } });
    if (!user) return;
    const secret = await issueToken(tx, "reset-password", user.id);
    await queueEmail(tx, await resetPasswordMessage(input.email, user.name, secret, readerLocale(user, input.locale)));
  });
  deliverOutboxSoon();
}

/** Sets a new password from a reset link. The link proves the mailbox, so it verifies it too. */
export async function resetPassword(input: { token: string; password: string; locale: Locale }) {
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const userId = await consumeToken(tx, "reset-password", input.token);
    if (!userId) throw new UserError("auth.errors.resetLinkUsed");
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 }, emailVerified: new Date() },
      select: { email: true, name: true, locale: true },
    });
    await queueEmail(tx, await passwordChangedMessage(user.email, user.name, readerLocale(user, input.locale)));
    await recordAudit(tx, { actorId: userId, action: "user.password-reset", targetType: "user", targetId: userId });
  });
  deliverOutboxSoon();
}

async function checkCurrentPassword(actor: CurrentUser, password: string, field: string) {
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(password, passwordHash))) throw new UserError("auth.errors.notCurrentPassword", field);
}

/** Changes the password and ends every other session; returns the new session version. `locale`: the page's language. */
export async function changePassword(actor: CurrentUser, input: { current: string; password: string; locale: Locale }): Promise<number> {
  await checkCurrentPassword(actor, input.current, "current");
  const passwordHash = await hashPassword(input.password);
  const version = await db.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true, locale: true },
    });
    await queueEmail(tx, await passwordChangedMessage(actor.email, actor.name, readerLocale(user, input.locale)));
    await recordAudit(tx, { actorId: actor.id, action: "user.password-changed", targetType: "user", targetId: actor.id });
    return user.sessionVersion;
  });
  deliverOutboxSoon();
  return version;
}

export async function updateProfile(actor: CurrentUser, input: { name: string }) {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { name: input.name } });
    await recordAudit(tx, { actorId: actor.id, action: "user.profile-updated", targetType: "user", targetId: actor.id });
  });
}

/**
 * Deletes the account. What belongs only to the user goes (the account, its tokens);
 * shared records stay without the person: contact messages lose name and address, and
 * audit events keep the action with no actor. The goodbye is written in the account's
 * language (`locale`, the page's, for an account without one).
 */
export async function deleteAccount(actor: CurrentUser, input: { password: string; locale: Locale }) {
  await checkCurrentPassword(actor, input.password, "password");
  await db.$transaction(async (tx) => {
    const account = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { locale: true } });
    await deleteUserTokens(tx, actor.id);
    await tx.contactMessage.updateMany({ where: { OR: [{ userId: actor.id }, { email: actor.email }] }, data: { userId: null, name: "Deleted user", email: "deleted@invalid" } });
    await recordAudit(tx, { actorId: null, action: "user.deleted", targetType: "user", targetId: actor.id });
    await tx.user.delete({ where: { id: actor.id } });
    await queueEmail(tx, await accountDeletedMessage(actor.email, actor.name, readerLocale(account, input.locale)));
  });
  deliverOutboxSoon();
}

/** How long a sign-in lasts: the cookie's lifetime and its UserSession row's. */
export const SESSION_MAX_AGE_SECONDS = SESSION_DAYS * 24 * 60 * 60;

/**
 * Records a new signed-in browser and returns the id its cookie carries. The user's sessions
 * that have expired go in the same transaction, so the table holds live sessions only.
 */
export async function startSession(userId: string): Promise<string> {
  const now = new Date();
  const [, session] = await db.$transaction([
    db.userSession.deleteMany({ where: { userId, expiresAt: { lt: now } } }),
    db.userSession.create({ data: { userId, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) }, select: { id: true } }),
  ]);
  return session.id;
}

/** Signing out: that browser's cookie signs nobody in again, on any instance (the user's other sessions stay). */
export async function endSession(sessionId: string): Promise<void> {
  await db.userSession.deleteMany({ where: { id: sessionId } });
}
