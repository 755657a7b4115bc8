import "server-only";
// Gives applications the reviewers they still need (lib/p2p/panel/assign.ts decides who), inside
// the caller's transaction: staff's "assign for me", and the replacement when a reviewer declares
// a conflict. Takes the round's row lock first, so two fills of one round (two staff, or a
// declaration during staff's fill) run one after the other and never double up; the unique
// (applicationId, reviewerId) index holds even for a writer that forgets.
import type { Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { groupBy } from "@/lib/group-by";
import { planAssignments, type AssignmentNeed } from "@/lib/p2p/panel/assign";
import { REVIEWABLE_STATUSES } from "@/lib/p2p/applications/workflow";

type Tx = Prisma.TransactionClient;

/**
 * The applicant, owners of the visiting or the host hub, and panelists who declared a conflict,
 * are never assigned: the conflict rule, one place for every reader (the fill, staff's manual
 * assignment, the reviewer's pages). The applicant is named apart from the visiting hub's owners:
 * they may have left its owners since applying, and still never review their own application.
 */
export const conflictedWith = (application: {
  applicantId: string;
  visitingHub: { owners: { userId: string }[] };
  hostHub: { owners: { userId: string }[] };
  assignments: { reviewerId: string; status: string }[];
}) =>
  new Set([
    application.applicantId,
    ...application.visitingHub.owners.map((o) => o.userId),
    ...application.hostHub.owners.map((o) => o.userId),
    ...application.assignments.filter((a) => a.status === "conflict").map((a) => a.reviewerId),
  ]);

/** What conflictedWith reads of an application. */
export const conflictSelect = {
  applicantId: true,
  visitingHub: { select: { owners: { select: { userId: true } } } },
  hostHub: { select: { owners: { select: { userId: true } } } },
  assignments: { select: { reviewerId: true, status: true } },
} satisfies Prisma.P2PApplicationSelect;

/**
 * What conflictedWith reads of each of `applicationIds` (in id order), inside a transaction: one
 * query per relation, one after the other, as the transaction's single connection runs them (in
 * one select with several relations, Prisma would send their queries at once).
 */
export async function conflictFacts(tx: Tx, applicationIds: readonly string[]) {
  const applications = await tx.p2PApplication.findMany({ where: { id: { in: [...applicationIds] } }, select: { id: true, applicantId: true, visitingHubId: true, hostHubId: true }, orderBy: { id: "asc" } });
  const owners = await tx.hubOwner.findMany({ where: { hubId: { in: [...new Set(applications.flatMap((a) => [a.visitingHubId, a.hostHubId]))] } }, select: { hubId: true, userId: true } });
  const assignments = await tx.p2PAssignment.findMany({ where: { applicationId: { in: applications.map((a) => a.id) } }, select: { applicationId: true, reviewerId: true, status: true } });
  // Grouped once: a round's fill reads a thousand applications, and a scan per application would be quadratic.
  const ownersByHub = groupBy(owners, (o) => o.hubId);
  const assignmentsByApplication = groupBy(assignments, (x) => x.applicationId);
  const ownersOf = (hubId: string) => (ownersByHub.get(hubId) ?? []).map(({ userId }) => ({ userId }));
  return applications.map((a) => ({
    id: a.id,
    applicantId: a.applicantId,
    visitingHub: { owners: ownersOf(a.visitingHubId) },
    hostHub: { owners: ownersOf(a.hostHubId) },
    assignments: (assignmentsByApplication.get(a.id) ?? []).map(({ reviewerId, status }) => ({ reviewerId, status })),
  }));
}

/**
 * Adds the assignments `roundId`'s reviewable applications (or only `applicationIds`) lack.
 * `actorId`: who asked (null: the site, on a declared conflict). Returns what was added, and the
 * applications still short of reviewers for want of panelists without a conflict.
 */
export async function fillAssignments(tx: Tx, roundId: string, opts: { actorId: string | null; applicationIds?: readonly string[] }) {
  const [round] = await tx.$queryRaw<{ reviewsNeeded: number }[]>`SELECT "reviewsNeeded" FROM "P2PRound" WHERE "id" = ${roundId} FOR UPDATE`;
  if (!round) return { added: 0, short: [] };
  // One after the other: a transaction is one connection, which runs one query at a time.
  const reviewable = await tx.p2PApplication.findMany({
    where: { roundId, status: { in: [...REVIEWABLE_STATUSES] }, ...(opts.applicationIds ? { id: { in: [...opts.applicationIds] } } : {}) },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const applications = await conflictFacts(tx, reviewable.map((a) => a.id));
  const panel = await tx.p2PPanelist.findMany({
    where: { roundId },
    select: { userId: true, user: { select: { _count: { select: { p2pAssignments: { where: { roundId, status: { not: "conflict" } } } } } } } },
  });
  const needs: AssignmentNeed[] = applications.map((a) => ({
    applicationId: a.id,
    excluded: conflictedWith(a),
    current: a.assignments.filter((x) => x.status !== "conflict").map((x) => x.reviewerId),
  }));
  const { picks, short } = planAssignments(
    needs,
    panel.map((p) => ({ userId: p.userId, load: p.user._count.p2pAssignments })),
    round.reviewsNeeded,
  );
  if (picks.length) {
    await tx.p2PAssignment.createMany({ data: picks.map((p) => ({ roundId, applicationId: p.applicationId, reviewerId: p.reviewerId, assignedById: opts.actorId })) });
    for (const p of picks) {
      await recordAudit(tx, { actorId: opts.actorId, action: "p2p.panel.assigned", targetType: "p2p-application", targetId: p.applicationId, data: { reviewerId: p.reviewerId, by: opts.actorId ? "staff" : "site" } });
    }
  }
  return { added: picks.length, short };
}
