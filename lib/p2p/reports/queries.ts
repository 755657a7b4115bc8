import "server-only";
// Reads of exchange reports: what the applicant's page shows of their own (through
// getOwnP2PApplication), what a host hub's owners see to write their note, and staff's list of
// agreements, reports and payments by state. Each takes the acting user in its where clause.
import { assertStaff, type Actor } from "@/lib/auth/user";
import { db, type Prisma } from "@/lib/db";
import { z } from "zod";

/** The report as its writer sees it. */
export const ownReportSelect = {
  id: true,
  whatHappened: true,
  outcomes: true,
  nextSteps: true,
  publicSummary: true,
  evidence: true,
  hostNote: true,
  photos: { select: { id: true, storageKey: true, alt: true, position: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
} satisfies Prisma.P2PReportSelect;

/**
 * The application behind a host request, for its host's owners once the agreement is signed:
 * its status and the note they wrote. Null for anyone else, or before the agreement (nothing to note yet).
 */
export async function hostNoteFor(actor: Actor<"id"> | null, requestId: string) {
  if (!actor) return null;
  const request = await db.p2PHostRequest.findFirst({
    where: { id: requestId, status: "accepted", hostHub: { owners: { some: { userId: actor.id } } }, application: { agreementSignedAt: { not: null } } },
    select: { application: { select: { id: true, status: true, endsOn: true, reportDueOn: true, report: { select: { hostNote: true } } } } },
  });
  return request ? { ...request.application, hostNote: request.application.report?.hostNote ?? "" } : null;
}

/** Staff's list of the exchanges after selection, by where they stand. */
export const REPORT_QUEUES = {
  toSign: ["selected"],
  underWay: ["agreement_signed"],
  toRead: ["report_submitted"],
  changesAsked: ["report_changes_requested"],
  toPay: ["report_approved"],
  paid: ["paid"],
} as const;
export type ReportQueue = keyof typeof REPORT_QUEUES;

const id = z.string().regex(/^[a-z0-9]{1,40}$/);
export const reportFilterSchema = z.object({
  round: id.optional().catch(undefined),
  state: z.enum(Object.keys(REPORT_QUEUES) as [ReportQueue, ...ReportQueue[]]).catch("toRead"),
});

const REPORTS_SHOWN = 200;

/** The applications in one queue (a round's at most, newest change first), and how many each queue holds. */
export async function listReportsForStaff(actor: Actor<"role"> | null, filters: z.output<typeof reportFilterSchema>) {
  assertStaff(actor);
  const round = filters.round ? { roundId: filters.round } : {};
  const [rows, counts] = await Promise.all([
    db.p2PApplication.findMany({
      where: { ...round, status: { in: [...REPORT_QUEUES[filters.state]] } },
      select: {
        id: true, status: true, startsOn: true, endsOn: true, reportDueOn: true, agreementSignedAt: true, grantCents: true, hostGrantCents: true, paidAt: true, paidCents: true,
        round: { select: { id: true, name: true } },
        applicant: { select: { name: true } },
        visitingHub: { select: { name: true } },
        hostHub: { select: { name: true } },
        report: { select: { submittedAt: true, approvedAt: true } },
      },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: REPORTS_SHOWN,
    }),
    db.p2PApplication.groupBy({ by: ["status"], where: { ...round, status: { in: Object.values(REPORT_QUEUES).flat() } }, _count: { _all: true } }),
  ]);
  const count = (queue: ReportQueue) => counts.filter((c) => (REPORT_QUEUES[queue] as readonly string[]).includes(c.status)).reduce((n, c) => n + c._count._all, 0);
  return { rows, counts: Object.fromEntries((Object.keys(REPORT_QUEUES) as ReportQueue[]).map((q) => [q, count(q)])) as Record<ReportQueue, number>, limit: REPORTS_SHOWN };
}

/** The agreement, report (with photos) and payment of one application, for staff. */
export async function reportForStaff(actor: Actor<"role"> | null, applicationId: string) {
  assertStaff(actor);
  return db.p2PApplication.findUnique({
    where: { id: applicationId },
    select: {
      id: true, status: true, grantCents: true, hostGrantCents: true, agreementTerms: true, agreementName: true, agreementSignedAt: true, reportDueOn: true,
      paidAt: true, paidCents: true, paymentReference: true,
      report: { select: { ...ownReportSelect, staffMessage: true, submittedAt: true, approvedAt: true } },
      story: { select: { id: true, title: true } },
    },
  });
}
