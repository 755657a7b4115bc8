// Accounts from sign-up to deletion, against the real database: what a person sees, what
// is stored, and what an attacker cannot do (guess, replay, race, or read secrets from a dump).
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { LIMITS } from "@/lib/rate-limit";
import { verifyPassword } from "@/lib/auth/password";
import { resetPasswordSchema } from "@/lib/auth/schema";
import { issueMessage } from "@/lib/forms";
import {
  authenticate,
  changePassword,
  deleteAccount,
  requestPasswordReset,
  resetPassword,
  signUp,
  updateProfile,
  verifyEmail,
} from "@/lib/auth/commands";
import { countEmailsTo, createUser, latestEmailTo, latestSecretTo, linkIn, STRONG_PASSWORD, uniqueEmail, uniqueIp } from "./helpers";

const NEW_PASSWORD = "brand-new-secret-7";
const keyOf = (message: string | { key: string }) => (typeof message === "string" ? message : message.key);
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

const userByEmail = (email: string) => db.user.findUnique({ where: { email } });
const tokensOf = (userId: string) =>
  db.verificationToken.findMany({ where: { identifier: { in: [`verify-email:${userId}`, `reset-password:${userId}`] } } });
const expireTokensOf = (userId: string) =>
  db.$executeRaw`UPDATE "VerificationToken" SET "expires" = now() - interval '1 minute' WHERE "identifier" LIKE ${`%:${userId}`}`;

async function signUpNew(label = "signup") {
  const email = uniqueEmail(label);
  await signUp({ name: "Ada Lovelace", email, password: STRONG_PASSWORD, ip: uniqueIp(), locale: "en-GB" });
  const user = await userByEmail(email);
  if (!user) throw new Error("sign-up created no user");
  return { email, user, secret: await latestSecretTo(email, "/verify-email") };
}

async function resetSecretFor(email: string) {
  await requestPasswordReset({ email, ip: uniqueIp(), locale: "en-GB" });
  return latestSecretTo(email, "/reset-password");
}

describe("signUp", () => {
  // Makes the last write of a sign-up (its audit event) fail for addresses starting with
  // "audit-fails-", to prove the earlier writes are rolled back with it.
  beforeAll(async () => {
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION test_fail_signup_audit() RETURNS trigger AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM "User" WHERE "id" = NEW."actorId" AND "email" LIKE 'audit-fails-%') THEN
          RAISE EXCEPTION 'audit write refused by test trigger';
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_fail_signup_audit ON "AuditEvent"`);
    await db.$executeRawUnsafe(`CREATE TRIGGER test_fail_signup_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION test_fail_signup_audit()`);
  });
  afterAll(async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_fail_signup_audit ON "AuditEvent"`);
    await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS test_fail_signup_audit()`);
  });

  it("creates an unverified member with a bcrypt hash, a hashed token, a confirmation email and an audit event", async () => {
    const email = uniqueEmail("signup");
    await signUp({ name: "Ada Lovelace", email, password: STRONG_PASSWORD, ip: uniqueIp(), locale: "en-GB" });

    const user = await userByEmail(email);
    expect(user).toMatchObject({ name: "Ada Lovelace", role: "member", emailVerified: null, sessionVersion: 0 });
    expect(user!.passwordHash).not.toContain(STRONG_PASSWORD);
    expect(user!.passwordHash).toMatch(/^\$2[aby]\$\d\d\$/);
    expect(await verifyPassword(STRONG_PASSWORD, user!.passwordHash)).toBe(true);

    const mail = await latestEmailTo(email);
    expect(mail).toMatchObject({ subject: "Confirm your email address for ECHN", status: "pending" });
    expect(mail!.text).toContain("Ada Lovelace");
    const link = linkIn(mail!.text);
    expect(link.pathname).toBe("/verify-email");
    const secret = link.searchParams.get("token")!;
    expect(secret.length).toBeGreaterThanOrEqual(40);

    const tokens = await tokensOf(user!.id);
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.identifier).toBe(`verify-email:${user!.id}`);
    expect(tokens[0]!.token).toBe(sha256(secret));
    expect(tokens[0]!.expires.getTime()).toBeGreaterThan(Date.now() + 47 * 3600_000);
    // A dump of the table does not contain the emailed secret anywhere.
    const leaked = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "VerificationToken" WHERE "token" = ${secret} OR "identifier" LIKE ${`%${secret}%`}`;
    expect(leaked[0]!.n).toBe(0);

    const audit = await db.auditEvent.findMany({ where: { targetType: "user", targetId: user!.id } });
    expect(audit).toEqual([expect.objectContaining({ action: "user.signed-up", actorId: user!.id })]);
  });

  it("writes nothing at all when a step of the sign-up fails", async () => {
    const email = uniqueEmail("audit-fails");
    const start = new Date(Date.now() - 1000);
    await expect(signUp({ name: "Half Done", email, password: STRONG_PASSWORD, ip: uniqueIp(), locale: "en-GB" })).rejects.toThrow();

    expect(await userByEmail(email)).toBeNull();
    expect(await countEmailsTo(email)).toBe(0);
    const orphanTokens = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "VerificationToken" t
      WHERE t."createdAt" >= ${start} AND NOT EXISTS (SELECT 1 FROM "User" u WHERE t."identifier" IN ('verify-email:' || u."id", 'reset-password:' || u."id"))`;
    expect(orphanTokens[0]!.n).toBe(0);
  });

  it("answers an already registered address the same way, and tells the owner instead", async () => {
    const owner = await createUser();
    const before = await userByEmail(owner.email);

    await expect(signUp({ name: "Mallory", email: owner.email, password: "another-pass-99", ip: uniqueIp(), locale: "en-GB" })).resolves.toBeUndefined();

    expect(await db.user.count({ where: { email: owner.email } })).toBe(1);
    const after = await userByEmail(owner.email);
    expect(after).toMatchObject({ name: owner.name, passwordHash: before!.passwordHash, sessionVersion: before!.sessionVersion });
    const mail = await latestEmailTo(owner.email);
    expect(mail!.subject).toBe("Someone tried to sign up to ECHN with your address");
    expect(mail!.text).toContain("you already have one");
    expect(mail!.text).toContain(owner.name);
    expect(await tokensOf(owner.id)).toHaveLength(0);
  });

  it("sends an unverified existing account a fresh confirmation link that replaces the old one", async () => {
    const first = await signUpNew();

    await expect(signUp({ name: "Someone Else", email: first.email, password: "another-pass-99", ip: uniqueIp(), locale: "en-GB" })).resolves.toBeUndefined();

    expect(await db.user.count({ where: { email: first.email } })).toBe(1);
    const mail = await latestEmailTo(first.email);
    expect(mail!.subject).toBe("Confirm your email address for ECHN");
    expect(mail!.text).toContain("Ada Lovelace");
    const fresh = await latestSecretTo(first.email, "/verify-email");
    expect(fresh).not.toBe(first.secret);
    expect(await verifyPassword(STRONG_PASSWORD, (await userByEmail(first.email))!.passwordHash)).toBe(true);

    await expect(verifyEmail(first.secret)).rejects.toBeInstanceOf(UserError);
    await verifyEmail(fresh);
    expect((await userByEmail(first.email))!.emailVerified).toBeInstanceOf(Date);
  });

  it("creates exactly one account when five sign-ups with one address race", async () => {
    const email = uniqueEmail("race");
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) => signUp({ name: `Racer ${i}`, email, password: STRONG_PASSWORD, ip: uniqueIp(), locale: "en-GB" })),
    );

    expect(await db.user.count({ where: { email } })).toBe(1);
    // The per-email sign-up limit lets three through; the losers of the unique index get
    // the same quiet answer as the winner, never a database error.
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    const rejected = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    expect(fulfilled).toHaveLength(LIMITS.signUpPerEmail.max);
    for (const reason of rejected) {
      expect(reason).toBeInstanceOf(UserError);
      expect((reason as UserError).text).toEqual({ key: "forms.errors.waitMinutes", values: { minutes: expect.any(Number) } });
    }
    expect(await countEmailsTo(email)).toBe(LIMITS.signUpPerEmail.max);
  });
});

describe("verifyEmail", () => {
  it("verifies the address once; the same link again is refused", async () => {
    const { user, secret } = await signUpNew("verify");

    await verifyEmail(secret);
    const verified = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(verified.emailVerified).toBeInstanceOf(Date);
    expect(await tokensOf(user.id)).toHaveLength(0);
    expect(await db.auditEvent.count({ where: { targetId: user.id, action: "user.email-verified", actorId: user.id } })).toBe(1);

    await expect(verifyEmail(secret)).rejects.toThrow(UserError);
    await expect(verifyEmail(secret)).rejects.toMatchObject({ text: { key: "auth.errors.verifyLinkUsed" } });
  });

  it("refuses an expired link and leaves the account unverified", async () => {
    const { user, secret } = await signUpNew("verify-expired");
    await expireTokensOf(user.id);

    await expect(verifyEmail(secret)).rejects.toThrow(UserError);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).toBeNull();
  });

  it("refuses an unknown secret", async () => {
    await expect(verifyEmail("not-a-secret-anyone-was-sent-0000000000")).rejects.toThrow(UserError);
  });

  it("does not accept a password-reset secret, which stays usable for its own purpose", async () => {
    const member = await createUser({ verified: false });
    const resetSecret = await resetSecretFor(member.email);

    await expect(verifyEmail(resetSecret)).rejects.toThrow(UserError);
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).emailVerified).toBeNull();

    await resetPassword({ token: resetSecret, password: NEW_PASSWORD, locale: "en-GB" });
    expect(await verifyPassword(NEW_PASSWORD, (await db.user.findUniqueOrThrow({ where: { id: member.id } })).passwordHash)).toBe(true);
  });
});

describe("authenticate", () => {
  it("signs in a verified member with the right password, whatever the case of the address", async () => {
    const member = await createUser();
    const result = await authenticate({ email: member.email.toUpperCase(), password: member.password, ip: uniqueIp() });
    expect(result).toEqual({ ok: true, user: { id: member.id, name: member.name, email: member.email, sessionVersion: 0 } });
  });

  it("gives a wrong password and an unknown address the same answer", async () => {
    const member = await createUser();
    expect(await authenticate({ email: member.email, password: "wrong-password-1", ip: uniqueIp() })).toEqual({ ok: false, code: "invalid" });
    expect(await authenticate({ email: uniqueEmail("nobody"), password: member.password, ip: uniqueIp() })).toEqual({ ok: false, code: "invalid" });
  });

  it("tells an unverified member to confirm, but only with the right password", async () => {
    const member = await createUser({ verified: false });
    expect(await authenticate({ email: member.email, password: member.password, ip: uniqueIp() })).toEqual({ ok: false, code: "unverified" });
    expect(await authenticate({ email: member.email, password: "wrong-password-1", ip: uniqueIp() })).toEqual({ ok: false, code: "invalid" });
  });

  it("locks an address after too many attempts, even against the right password", async () => {
    const member = await createUser();
    for (let i = 0; i < LIMITS.signInPerEmail.max; i++) {
      expect(await authenticate({ email: member.email, password: `guess-number-${i}`, ip: uniqueIp() })).toEqual({ ok: false, code: "invalid" });
    }
    const locked = await authenticate({ email: member.email, password: member.password, ip: uniqueIp() });
    expect(locked.ok).toBe(false);
    const seconds = Number(/^rate_limited:(\d+)$/.exec((locked as { code: string }).code)?.[1]);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(LIMITS.signInPerEmail.windowSeconds);
  });

  it("locks an address of origin after too many attempts, whichever accounts it tries", async () => {
    const member = await createUser();
    const ip = uniqueIp();
    for (let i = 0; i < LIMITS.signInPerIp.max; i++) {
      expect(await authenticate({ email: uniqueEmail("spray"), password: "guess-password-1", ip })).toEqual({ ok: false, code: "invalid" });
    }
    expect(await authenticate({ email: member.email, password: member.password, ip })).toMatchObject({ ok: false, code: expect.stringMatching(/^rate_limited:\d+$/) });
    expect(await authenticate({ email: member.email, password: member.password, ip: uniqueIp() })).toMatchObject({ ok: true });
  });

  it("forgets earlier failures for an address after a successful sign-in", async () => {
    const member = await createUser();
    const max = LIMITS.signInPerEmail.max;
    for (let i = 0; i < max - 1; i++) await authenticate({ email: member.email, password: `typo-number-${i}`, ip: uniqueIp() });
    expect(await authenticate({ email: member.email, password: member.password, ip: uniqueIp() })).toMatchObject({ ok: true });

    // Without the reset this would be attempt max+1 and locked.
    for (let i = 0; i < max; i++) {
      expect(await authenticate({ email: member.email, password: `typo-again-${i}`, ip: uniqueIp() })).toEqual({ ok: false, code: "invalid" });
    }
    expect((await authenticate({ email: member.email, password: member.password, ip: uniqueIp() })).ok).toBe(false);
  });
});

describe("requestPasswordReset", () => {
  it("emails a known address a one-hour link whose secret is stored hashed", async () => {
    const member = await createUser();
    const secret = await resetSecretFor(member.email);

    const mail = await latestEmailTo(member.email);
    expect(mail!.subject).toBe("Reset your ECHN password");
    const tokens = await tokensOf(member.id);
    expect(tokens).toEqual([expect.objectContaining({ identifier: `reset-password:${member.id}`, token: sha256(secret) })]);
    expect(tokens[0]!.expires.getTime()).toBeLessThanOrEqual(Date.now() + 3600_000 + 5_000);
    expect(tokens[0]!.expires.getTime()).toBeGreaterThan(Date.now() + 3500_000);
  });

  it("queues nothing for an unknown address and answers the same", async () => {
    const email = uniqueEmail("unknown");
    await expect(requestPasswordReset({ email, ip: uniqueIp(), locale: "en-GB" })).resolves.toBeUndefined();
    expect(await countEmailsTo(email)).toBe(0);
  });

  it("limits requests per address", async () => {
    const member = await createUser();
    for (let i = 0; i < LIMITS.resetPerEmail.max; i++) await requestPasswordReset({ email: member.email, ip: uniqueIp(), locale: "en-GB" });
    const refused = requestPasswordReset({ email: member.email, ip: uniqueIp(), locale: "en-GB" });
    await expect(refused).rejects.toBeInstanceOf(UserError);
    await expect(refused).rejects.toMatchObject({ field: "email", text: { key: "forms.errors.waitMinutes", values: { minutes: expect.any(Number) } } });
    expect(await countEmailsTo(member.email)).toBe(LIMITS.resetPerEmail.max);
  });

  it("limits requests per address of origin", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < LIMITS.resetPerIp.max; i++) await requestPasswordReset({ email: uniqueEmail("reset-spray"), ip, locale: "en-GB" });
    const member = await createUser();
    const refused = requestPasswordReset({ email: member.email, ip, locale: "en-GB" });
    await expect(refused).rejects.toBeInstanceOf(UserError);
    await expect(refused).rejects.toMatchObject({ text: { key: expect.stringMatching(/^forms\.errors\.wait(Minutes|Seconds)$/) } });
    expect(await countEmailsTo(member.email)).toBe(0);
  });
});

describe("resetPassword", () => {
  it("sets the new password, ends other sessions, confirms the address and tells the owner", async () => {
    const member = await createUser({ verified: false });
    const secret = await resetSecretFor(member.email);

    await resetPassword({ token: secret, password: NEW_PASSWORD, locale: "en-GB" });

    const user = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(await verifyPassword(NEW_PASSWORD, user.passwordHash)).toBe(true);
    expect(await verifyPassword(member.password, user.passwordHash)).toBe(false);
    expect(user.sessionVersion).toBe(1);
    expect(user.emailVerified).toBeInstanceOf(Date);
    expect((await latestEmailTo(member.email))!.subject).toBe("Your ECHN password was changed");
    expect(await db.auditEvent.count({ where: { targetId: member.id, action: "user.password-reset" } })).toBe(1);
    expect(await authenticate({ email: member.email, password: NEW_PASSWORD, ip: uniqueIp() })).toMatchObject({ ok: true });
  });

  it("works once: the same link again is refused and changes nothing", async () => {
    const member = await createUser();
    const secret = await resetSecretFor(member.email);
    await resetPassword({ token: secret, password: NEW_PASSWORD, locale: "en-GB" });

    await expect(resetPassword({ token: secret, password: "third-password-3", locale: "en-GB" })).rejects.toThrow(UserError);
    const user = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(await verifyPassword(NEW_PASSWORD, user.passwordHash)).toBe(true);
    expect(user.sessionVersion).toBe(1);
  });

  it("lets exactly one of two simultaneous uses of a link succeed", async () => {
    const member = await createUser();
    const secret = await resetSecretFor(member.email);
    const passwords = ["racing-password-1", "racing-password-2"];

    const results = await Promise.allSettled(passwords.map((password) => resetPassword({ token: secret, password, locale: "en-GB" })));

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failure = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failure.reason).toBeInstanceOf(UserError);
    const user = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(user.sessionVersion).toBe(1);
    const winner = passwords[results.findIndex((r) => r.status === "fulfilled")]!;
    expect(await verifyPassword(winner, user.passwordHash)).toBe(true);
    expect(await db.auditEvent.count({ where: { targetId: member.id, action: "user.password-reset" } })).toBe(1);
  });

  it("refuses an expired link", async () => {
    const member = await createUser();
    const secret = await resetSecretFor(member.email);
    await expireTokensOf(member.id);

    await expect(resetPassword({ token: secret, password: NEW_PASSWORD, locale: "en-GB" })).rejects.toMatchObject({ text: { key: "auth.errors.resetLinkUsed" } });
    const user = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(await verifyPassword(member.password, user.passwordHash)).toBe(true);
    expect(user.sessionVersion).toBe(0);
  });

  it("rejects a weak or mistyped new password before any command runs", () => {
    const token = "t".repeat(43);
    const problems = (password: string, confirmPassword = password) => {
      const result = resetPasswordSchema.safeParse({ token, password, confirmPassword });
      return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${keyOf(issueMessage(i))}`);
    };
    expect(problems("short1")).toContain("password: forms.errors.tooShort");
    expect(problems("onlyletterslong")).toContain("password: auth.errors.passwordMix");
    expect(problems("password123")).toContain("password: auth.errors.passwordCommon");
    expect(problems(NEW_PASSWORD, "something-else-1")).toEqual(["confirmPassword: auth.errors.passwordsDiffer"]);
    expect(problems(NEW_PASSWORD)).toEqual([]);
  });
});

describe("changePassword", () => {
  it("refuses a wrong current password on the 'current' field and changes nothing", async () => {
    const member = await createUser();
    const before = await db.user.findUniqueOrThrow({ where: { id: member.id } });

    const attempt = changePassword(member.actor, { current: "not-my-password-1", password: NEW_PASSWORD, locale: "en-GB" });
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toMatchObject({ field: "current", text: { key: "auth.errors.notCurrentPassword" } });

    const after = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.sessionVersion).toBe(before.sessionVersion);
    expect(await countEmailsTo(member.email)).toBe(0);
  });

  it("replaces the password, ends other sessions and tells the owner", async () => {
    const member = await createUser();

    await expect(changePassword(member.actor, { current: member.password, password: NEW_PASSWORD, locale: "en-GB" })).resolves.toBe(1);

    const user = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(user.sessionVersion).toBe(1);
    expect(await verifyPassword(NEW_PASSWORD, user.passwordHash)).toBe(true);
    expect(await verifyPassword(member.password, user.passwordHash)).toBe(false);
    expect(await authenticate({ email: member.email, password: member.password, ip: uniqueIp() })).toEqual({ ok: false, code: "invalid" });
    expect(await authenticate({ email: member.email, password: NEW_PASSWORD, ip: uniqueIp() })).toMatchObject({ ok: true, user: { sessionVersion: 1 } });
    expect((await latestEmailTo(member.email))!.subject).toBe("Your ECHN password was changed");
    expect(await db.auditEvent.count({ where: { targetId: member.id, action: "user.password-changed", actorId: member.id } })).toBe(1);
  });
});

describe("deleteAccount", () => {
  it("refuses a wrong password and keeps the account", async () => {
    const member = await createUser();
    const attempt = deleteAccount(member.actor, { password: "not-my-password-1", locale: "en-GB" });
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toMatchObject({ field: "password" });
    expect(await db.user.findUnique({ where: { id: member.id } })).not.toBeNull();
    expect(await countEmailsTo(member.email)).toBe(0);
  });

  it("removes the account and its tokens, and keeps shared records without the person", async () => {
    const member = await createUser();
    await updateProfile(member.actor, { name: "Renamed Person" });
    const actor = { ...member.actor, name: "Renamed Person" };
    await requestPasswordReset({ email: member.email, ip: uniqueIp(), locale: "en-GB" });
    expect(await tokensOf(member.id)).toHaveLength(1);
    const signedIn = await db.contactMessage.create({
      data: { name: "Renamed Person", email: member.email, topic: "general", message: "Hello from a member", userId: member.id },
    });
    const beforeSignUp = await db.contactMessage.create({
      data: { name: "Renamed Person", email: member.email, topic: "general", message: "Hello before I joined" },
    });
    const authored = await db.auditEvent.findMany({ where: { actorId: member.id }, select: { id: true } });
    expect(authored.length).toBeGreaterThan(0);

    await deleteAccount(actor, { password: member.password, locale: "en-GB" });

    expect(await db.user.findUnique({ where: { id: member.id } })).toBeNull();
    expect(await tokensOf(member.id)).toHaveLength(0);
    for (const { id } of [signedIn, beforeSignUp]) {
      const kept = await db.contactMessage.findUniqueOrThrow({ where: { id } });
      expect(kept).toMatchObject({ name: "Deleted user", userId: null });
      expect(kept.email).not.toBe(member.email);
    }
    const events = await db.auditEvent.findMany({ where: { id: { in: authored.map((e) => e.id) } } });
    expect(events).toHaveLength(authored.length);
    expect(events.every((e) => e.actorId === null)).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "user.deleted", targetId: member.id, actorId: null } })).toBe(1);
    const mail = await latestEmailTo(member.email);
    expect(mail!.subject).toBe("Your ECHN account has been deleted");
    expect(mail!.text).toContain("Renamed Person");
    expect(await authenticate({ email: member.email, password: member.password, ip: uniqueIp() })).toEqual({ ok: false, code: "invalid" });
  });
});

describe("emails in the reader's language", () => {
  const words = async (locale: string) => (await import(`@/messages/${locale}/auth.json`)).default as typeof import("@/messages/en-GB/auth.json");
  const withLanguage = async (locale: string | null) => {
    const member = await createUser();
    await db.user.update({ where: { id: member.id }, data: { locale } });
    return member;
  };

  it("keeps the sign-up page's language on the new account, and writes the confirmation in it", async () => {
    const email = uniqueEmail("signup-de");
    await signUp({ name: "Ada Lovelace", email, password: STRONG_PASSWORD, ip: uniqueIp(), locale: "de" });

    expect((await userByEmail(email))!.locale).toBe("de");
    const mail = await latestEmailTo(email);
    expect(mail!.subject).toBe((await words("de")).emails.verify.subject);
    expect(mail!.text).toContain("Ada Lovelace");
    expect(linkIn(mail!.text).pathname).toBe("/de/verify-email");
  });

  it("tells a member who signs up again in the language of that sign-up page", async () => {
    const owner = await withLanguage("pt-PT");
    await signUp({ name: "Mallory", email: owner.email, password: "another-pass-99", ip: uniqueIp(), locale: "el" });

    const mail = await latestEmailTo(owner.email);
    expect(mail!.subject).toBe((await words("el")).emails.alreadyRegistered.subject);
    expect(linkIn(mail!.text).pathname).toBe("/el/sign-in");
    expect((await userByEmail(owner.email))!.locale).toBe("pt-PT");
  });

  it("sends a reset link in the account's language, whatever the page's", async () => {
    const member = await withLanguage("sr-Latn");
    await requestPasswordReset({ email: member.email, ip: uniqueIp(), locale: "en-GB" });

    const mail = await latestEmailTo(member.email);
    expect(mail!.subject).toBe((await words("sr-Latn")).emails.resetPassword.subject);
    expect(linkIn(mail!.text).pathname).toBe("/sr/reset-password");
  });

  it("writes to an account without a language in the page's", async () => {
    const member = await withLanguage(null);
    await requestPasswordReset({ email: member.email, ip: uniqueIp(), locale: "es" });
    expect((await latestEmailTo(member.email))!.subject).toBe((await words("es")).emails.resetPassword.subject);
  });

  it("confirms a new password and a deletion in the account's language", async () => {
    const changer = await withLanguage("el");
    await changePassword(changer.actor, { current: changer.password, password: NEW_PASSWORD, locale: "de" });
    const changed = await latestEmailTo(changer.email);
    expect(changed!.subject).toBe((await words("el")).emails.passwordChanged.subject);
    expect(linkIn(changed!.text).pathname).toBe("/el/forgot-password");

    const leaver = await withLanguage("pt-PT");
    await deleteAccount(leaver.actor, { password: leaver.password, locale: "en-GB" });
    const goodbye = await latestEmailTo(leaver.email);
    expect(goodbye!.subject).toBe((await words("pt-PT")).emails.accountDeleted.subject);
    expect(linkIn(goodbye!.text).pathname).toBe("/pt/sign-up");
  });
});
