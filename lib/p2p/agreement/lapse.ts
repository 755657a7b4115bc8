import "server-only";
// Requests a host did not answer in the round's days lapse (a job, lib/jobs/registry.ts): the
// application becomes "host did not answer in time" through its workflow, which audits it, and
// the applicant is emailed that they may ask another host while the window is open.
import { db } from "@/lib/db";
import { deliverOutboxSoon } from "@/lib/email/outbox";
import { readerLocale } from "@/lib/email/words";
import { answeringSelect } from "@/lib/p2p/agreement/commands";
import { hostLapsedEmail } from "@/lib/p2p/agreement/emails";
import { openUntil } from "@/lib/p2p/rounds/rules";
import { APPLICATION_WORKFLOW } from "@/lib/p2p/applications/workflow";
import { takeDecision } from "@/lib/workflow/take";

/** Requests lapsed per run: a run stays short, and the next one (five minutes later) takes the rest. */
export const LAPSE_BATCH = 50;

/**
 * Lapses up to `batch` pending requests past their deadline, in one transaction. The requests
 * and their applications are claimed with FOR UPDATE SKIP LOCKED (an owner answering holds the
 * same rows), so any number of runs may sweep at once and each request lapses, and its
 * applicant is told, once. Only requests whose application still awaits the host are claimed:
 * a request whose application moved on is the applicant's commands' to close.
 * Returns the number lapsed.
 */
export async function lapseHostRequests(now = new Date(), batch = LAPSE_BATCH): Promise<number> {
  const lapsed = await db.$transaction(
    async (tx) => {
      const due = await tx.$queryRaw<{ id: string }[]>`
        SELECT r."id" FROM "P2PHostRequest" r JOIN "P2PApplication" a ON a."id" = r."applicationId"
        WHERE r."status" = 'pending' AND r."dueAt" <= ${now} AND a."status" = 'submitted'
        ORDER BY r."dueAt", r."id" LIMIT ${batch}
        FOR UPDATE OF r, a SKIP LOCKED`;
      if (due.length === 0) return 0;
      const requests = await tx.p2PHostRequest.findMany({
        where: { id: { in: due.map((d) => d.id) } },
        orderBy: [{ dueAt: "asc" }, { id: "asc" }],
        select: answeringSelect,
      });
      for (const request of requests) {
        const { application } = request;
        await takeDecision(tx, APPLICATION_WORKFLOW, {
          actorId: null,
          actorIs: ["system"],
          decision: "lapse",
          targetId: application.id,
          status: application.status,
          move: async (to) => {
            const moved = await tx.p2PApplication.updateMany({ where: { id: application.id, status: application.status }, data: { status: to } });
            if (moved.count === 0) return 0;
            return (await tx.p2PHostRequest.updateMany({ where: { id: request.id, status: "pending" }, data: { status: "lapsed" } })).count;
          },
          // The rows are locked and claimed as pending and submitted: nothing can have moved them.
          stale: async () => {
            throw new Error(`host request ${request.id} changed under its lock`);
          },
          emails: async () => [
            await hostLapsedEmail(
              application.applicant,
              { hostName: request.hostHub.name, roundName: application.round.name, applicationId: application.id, rehostUntil: openUntil(application.round, now) },
              readerLocale(application.applicant),
            ),
          ],
          data: { hostRequestId: request.id, hostHubId: request.hostHubId, dueAt: request.dueAt.toISOString() },
        });
      }
      return requests.length;
    },
    { timeout: 60_000 },
  );
  if (lapsed) deliverOutboxSoon();
  return lapsed;
}
