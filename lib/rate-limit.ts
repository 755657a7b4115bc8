import "server-only";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { waitMessage } from "@/lib/message";

export type Limit = { name: string; max: number; windowSeconds: number };

/** The limits the site applies; one place to read and tune them. */
export const LIMITS = {
  signInPerIp: { name: "sign-in:ip", max: 30, windowSeconds: 15 * 60 },
  signInPerEmail: { name: "sign-in:email", max: 8, windowSeconds: 15 * 60 },
  signUpPerIp: { name: "sign-up:ip", max: 10, windowSeconds: 60 * 60 },
  signUpPerEmail: { name: "sign-up:email", max: 3, windowSeconds: 60 * 60 },
  resetPerIp: { name: "reset:ip", max: 10, windowSeconds: 60 * 60 },
  resetPerEmail: { name: "reset:email", max: 3, windowSeconds: 60 * 60 },
  verifyResendPerEmail: { name: "verify-resend:email", max: 3, windowSeconds: 60 * 60 },
  contactPerIp: { name: "contact:ip", max: 5, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>;

type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one hit against `limit` for `subject` and says whether it is allowed. A fixed
 * window counter in PostgreSQL: one atomic upsert, shared by every app instance.
 */
export async function hitRateLimit(limit: Limit, subject: string): Promise<RateDecision> {
  const key = `${limit.name}:${subject.toLowerCase()}`;
  const rows = await db.$queryRaw<{ count: number; retry: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${limit.windowSeconds})
                     THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${limit.windowSeconds})
                     THEN now() ELSE "RateLimitBucket"."windowStart" END
    RETURNING "count",
      GREATEST(1, CEIL(EXTRACT(EPOCH FROM ("windowStart" + make_interval(secs => ${limit.windowSeconds}) - now()))))::int AS "retry"`;
  const row = rows[0]!;
  return row.count <= limit.max ? { allowed: true } : { allowed: false, retryAfterSeconds: row.retry };
}

/** Counts one hit, and refuses past the limit with how long to wait, for the form to say beside its submit. */
export async function enforceRateLimit(limit: Limit, subject: string): Promise<void> {
  const decision = await hitRateLimit(limit, subject);
  if (!decision.allowed) throw UserError.of(waitMessage(decision.retryAfterSeconds));
}

/** Forgets the count, e.g. the per-email sign-in counter after a successful sign-in. */
export async function resetRateLimit(limit: Limit, subject: string) {
  await db.rateLimitBucket.deleteMany({ where: { key: `${limit.name}:${subject.toLowerCase()}` } });
}
