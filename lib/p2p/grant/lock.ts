import "server-only";
// Every change after selection (signing, the report, staff's decisions, the payment) takes the
// application's row lock first and reads it again under the lock: two tabs, or two members of
// staff, deciding at the same moment come one after the other, and the second sees the first.
import type { Prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { GrantExchange } from "@/lib/p2p/grant/emails";

type Tx = Prisma.TransactionClient;

export const lockedSelect = {
  id: true,
  status: true,
  roundId: true,
  applicantId: true,
  hostHubId: true,
  startsOn: true,
  endsOn: true,
  grantCents: true,
  hostGrantCents: true,
  reportDueOn: true,
  agreementSignedAt: true,
  applicant: { select: { name: true, email: true, locale: true } },
  visitingHub: { select: { name: true } },
  hostHub: { select: { name: true } },
  round: { select: { name: true, timeZone: true } },
  report: { select: { id: true, whatHappened: true, outcomes: true, nextSteps: true, publicSummary: true, _count: { select: { photos: true } } } },
} satisfies Prisma.P2PApplicationSelect;

export type LockedGrantApplication = Prisma.P2PApplicationGetPayload<{ select: typeof lockedSelect }>;

/** The application `where` finds (the actor's rule is in it), locked for the transaction; not found otherwise. */
export async function lockApplication(tx: Tx, where: Prisma.P2PApplicationWhereInput): Promise<LockedGrantApplication> {
  const seen = await tx.p2PApplication.findFirst({ where, select: { id: true } });
  if (!seen) throw new NotFoundError();
  await tx.$queryRaw`SELECT 1 FROM "P2PApplication" WHERE "id" = ${seen.id} FOR UPDATE`;
  return tx.p2PApplication.findUniqueOrThrow({ where: { id: seen.id }, select: lockedSelect });
}

/** What the emails say about it. */
export const exchangeOf = (a: LockedGrantApplication): GrantExchange => ({
  applicationId: a.id,
  applicantName: a.applicant.name,
  roundName: a.round.name,
  visitingHub: a.visitingHub,
  hostHub: a.hostHub,
  startsOn: a.startsOn,
  endsOn: a.endsOn,
  reportDueOn: a.reportDueOn,
});

/** Moves the application from the status read under the lock: 0 when it had moved (it cannot, under the lock). */
export const moveFrom = (tx: Tx, a: LockedGrantApplication, data: Prisma.P2PApplicationUpdateManyMutationInput) => async (to: LockedGrantApplication["status"]) =>
  (await tx.p2PApplication.updateMany({ where: { id: a.id, status: a.status }, data: { ...data, status: to } })).count;

/** The same, and the report row changed with it (sent, approved, sent back) when the application moved. */
export const moveWithReport = (tx: Tx, a: LockedGrantApplication, report: Prisma.P2PReportUpdateInput) => async (to: LockedGrantApplication["status"]) => {
  const moved = await moveFrom(tx, a, {})(to);
  if (moved) await tx.p2PReport.update({ where: { applicationId: a.id }, data: report });
  return moved;
};
