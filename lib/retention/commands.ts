import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { cutoff, eventsEndedBefore, RETENTION, type RetentionKind } from "@/lib/retention/periods";

// The retention job: one idempotent DELETE or UPDATE per kind of data, each choosing its rows
// by age alone. The job runner runs it hourly (lib/jobs/registry.ts); two instances running it
// at once delete the same rows once, and nothing is remembered between runs.

const before = (kind: RetentionKind, now: Date) => cutoff(now, RETENTION[kind].period);
const eventEndedBefore = (kind: RetentionKind, now: Date) => eventsEndedBefore(now, RETENTION[kind].period);

const count = async (p: Promise<{ count: number }>) => (await p).count;

export const purge: Record<RetentionKind, (now: Date) => Promise<number>> = {
  verificationTokens: (now) => count(db.verificationToken.deleteMany({ where: { expires: { lt: before("verificationTokens", now) } } })),

  userSessions: (now) => count(db.userSession.deleteMany({ where: { expiresAt: { lt: before("userSessions", now) } } })),

  hubInvites: (now) => count(db.hubInvite.deleteMany({ where: { expires: { lt: before("hubInvites", now) } } })),

  rateLimitCounters: (now) => count(db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: before("rateLimitCounters", now) } } })),

  outboxEmails: (now) => count(db.outboxEmail.deleteMany({ where: { createdAt: { lt: before("outboxEmails", now) } } })),

  hubMessages: (now) => count(db.hubMessage.deleteMany({ where: { createdAt: { lt: before("hubMessages", now) } } })),

  contactMessages: (now) => count(db.contactMessage.deleteMany({ where: { createdAt: { lt: before("contactMessages", now) } } })),

  hubManagementRequests: (now) =>
    count(db.hubManagementRequest.deleteMany({ where: { status: { not: "pending" }, decidedAt: { lt: before("hubManagementRequests", now) } } })),

  hubDrafts: (now) => count(db.hubDraft.deleteMany({ where: { updatedAt: { lt: before("hubDrafts", now) } } })),

  // Not while a link sent to it still works: someone who asked for a new confirmation link on
  // the last day can still use it, and so can someone who asked to reset their password
  // (resetting confirms the address).
  unconfirmedAccounts: (now) =>
    db.$executeRaw`
      DELETE FROM "User" AS u
      WHERE u."emailVerified" IS NULL AND u."createdAt" < ${before("unconfirmedAccounts", now)}
        AND NOT EXISTS (
          SELECT 1 FROM "VerificationToken" AS t
          WHERE t."identifier" IN ('verify-email:' || u."id", 'reset-password:' || u."id") AND t."expires" > ${now}
        )`,

  applicationNeeds: (now) =>
    count(db.eventApplication.updateMany({ where: { needs: { not: null }, event: { endsOn: { lt: eventEndedBefore("applicationNeeds", now) } } }, data: { needs: null } })),

  unsuccessfulApplications: (now) =>
    count(
      db.eventApplication.deleteMany({
        where: { status: { in: ["withdrawn", "declined", "lapsed"] }, event: { endsOn: { lt: eventEndedBefore("unsuccessfulApplications", now) } } },
      }),
    ),

  applications: (now) => count(db.eventApplication.deleteMany({ where: { event: { endsOn: { lt: eventEndedBefore("applications", now) } } } })),

  auditEvents: (now) => count(db.auditEvent.deleteMany({ where: { createdAt: { lt: before("auditEvents", now) } } })),
};

/**
 * Deletes or clears everything past its retention period; returns how many rows each kind
 * touched. A kind that fails (a lock timeout, say) does not keep the others from running: the
 * run ends with an error naming it, and the next run tries again.
 */
export async function purgeExpiredData(now = new Date()): Promise<Record<RetentionKind, number>> {
  const done = {} as Record<RetentionKind, number>;
  const failed: RetentionKind[] = [];
  for (const kind of Object.keys(purge) as RetentionKind[]) {
    try {
      done[kind] = await purge[kind](now);
    } catch (error) {
      failed.push(kind);
      log.error("retention purge failed", { kind, error });
    }
  }
  if (failed.length) throw new Error(`The retention purge failed for: ${failed.join(", ")}.`);
  return done;
}
