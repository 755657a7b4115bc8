import "server-only";
// Every change after selection (signing, the report, staff's decisions, the payment) takes the
// application's row lock first and reads it again under the lock: two tabs, or two members of
// staff, deciding at the same moment come one after the other, and the second sees the first.
import type { Prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { GrantExchange } from "@/lib/p2p/grant/emails";

type Tx = Prisma.TransactionClient;

/** The application's own columns; its applicant, hubs, round and report are read after, one query at a time. */
const lockedColumns = {
  id: true,
  status: true,
  roundId: true,
  applicantId: true,
  visitingHubId: true,
  hostHubId: true,
  startsOn: true,
  endsOn: true,
  grantCents: true,
  hostGrantCents: true,
  reportDueOn: true,
  agreementSignedAt: true,
} satisfies Prisma.P2PApplicationSelect;

/**
 * The application `where` finds (the actor's rule is in it), locked for the transaction; not found otherwise.
 * Its relations are read one query at a time: with several relations in one select, Prisma sends
 * their queries at once on the transaction's single connection, which pg is retiring.
 */
export async function lockApplication(tx: Tx, where: Prisma.P2PApplicationWhereInput) {
  const seen = await tx.p2PApplication.findFirst({ where, select: { id: true } });
  if (!seen) throw new NotFoundError();
  await tx.$queryRaw`SELECT 1 FROM "P2PApplication" WHERE "id" = ${seen.id} FOR UPDATE`;
  const a = await tx.p2PApplication.findUniqueOrThrow({ where: { id: seen.id }, select: lockedColumns });
  const applicant = await tx.user.findUniqueOrThrow({ where: { id: a.applicantId }, select: { name: true, email: true, locale: true } });
  const visitingHub = await tx.hub.findUniqueOrThrow({ where: { id: a.visitingHubId }, select: { name: true } });
  const hostHub = await tx.hub.findUniqueOrThrow({ where: { id: a.hostHubId }, select: { name: true } });
  const round = await tx.p2PRound.findUniqueOrThrow({ where: { id: a.roundId }, select: { name: true, timeZone: true } });
  const report = await tx.p2PReport.findUnique({
    where: { applicationId: a.id },
    select: { id: true, whatHappened: true, outcomes: true, nextSteps: true, publicSummary: true, _count: { select: { photos: true } } },
  });
  return { ...a, applicant, visitingHub, hostHub, round, report };
}

export type LockedGrantApplication = Awaited<ReturnType<typeof lockApplication>>;

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
