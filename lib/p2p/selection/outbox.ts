import "server-only";
// The outbox before the release: staff read every email the release will send, written by the
// same function (resultLetters) from the pending decisions, a page of applications at a time.
import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/user";
import { readResults, resultLetters } from "@/lib/p2p/selection/emails";
import { releasedWhere, staffRound } from "@/lib/p2p/selection/queries";

type Client = Prisma.TransactionClient | typeof db;

/** Applications whose emails one outbox page shows (each with its applicant's and its host owners'). */
export const OUTBOX_PAGE_SIZE = 20;

/**
 * One page of the emails the release will send, with the reviewers' comments when staff tick
 * the box. Undecided applications are counted: the release refuses until none is left.
 */
export async function outboxForStaff(actor: Actor<"role"> | null, roundId: string, opts: { page: number; withComments: boolean }, client: Client = db) {
  const round = await staffRound(client, actor, roundId);
  const where = { ...releasedWhere(roundId), selection: { not: null } } satisfies Prisma.P2PApplicationWhereInput;
  const [decided, undecided, applications] = await Promise.all([
    client.p2PApplication.count({ where }),
    client.p2PApplication.count({ where: { ...releasedWhere(roundId), selection: null } }),
    readResults(client, { where, orderBy: [{ selection: "asc" }, { id: "asc" }], skip: (opts.page - 1) * OUTBOX_PAGE_SIZE, take: OUTBOX_PAGE_SIZE }),
  ]);
  const letters = (await Promise.all(applications.map((a) => resultLetters(a, a.selection!, opts)))).flat();
  return { round, letters, decided, undecided, pages: Math.max(1, Math.ceil(decided / OUTBOX_PAGE_SIZE)) };
}
