import "server-only";
// Staff read a round's ranking and its outbox. The ranking is a page of applications in order
// of their mean review total, each reviewer's total beside its z-score, whatever the round's
// size in a fixed number of queries: the order (one aggregate), the reviewers' stats (one
// aggregate, normalised here), the decisions' counts, the swap's choices and the page's rows.
// Every read takes the acting user; anyone but staff gets "not found". `client` lets tests and
// the bench count the queries.
import { db, type Prisma } from "@/lib/db";
import { assertStaff, type Actor } from "@/lib/auth/user";
import { NotFoundError } from "@/lib/errors";
import type { P2PApplicationStatus, P2PSelection } from "@/lib/generated/prisma/enums";
import { REVIEWABLE_STATUSES } from "@/lib/p2p/applications/workflow";
import type { ReviewerStats } from "@/lib/p2p/reviews/rubric";
import { resultLetters, resultSelect } from "@/lib/p2p/selection/emails";
import { RANKED_STATUSES, readReviews } from "@/lib/p2p/selection/rules";

type Client = Prisma.TransactionClient | typeof db;
type StaffActor = Actor<"role">;

export const RANKING_PAGE_SIZE = 50;
/** Applications whose emails one outbox page shows (each with its applicant's and its host owners'). */
export const OUTBOX_PAGE_SIZE = 20;

const roundSelect = {
  id: true,
  name: true,
  status: true,
  budgetCents: true,
  committedCents: true,
  reviewsNeeded: true,
  resultsReleasedAt: true,
} satisfies Prisma.P2PRoundSelect;

const rowSelect = {
  id: true,
  status: true,
  selection: true,
  selectionAt: true,
  grantCents: true,
  hostGrantCents: true,
  applicant: { select: { name: true } },
  visitingHub: { select: { name: true, countryCode: true } },
  hostHub: { select: { name: true, countryCode: true } },
  reviews: { select: { reviewerId: true, total: true, reviewer: { select: { name: true } } }, orderBy: [{ submittedAt: "asc" }, { id: "asc" }] },
} satisfies Prisma.P2PApplicationSelect;

async function staffRound(client: Client, actor: StaffActor | null, roundId: string) {
  assertStaff(actor);
  const round = await client.p2PRound.findUnique({ where: { id: roundId }, select: roundSelect });
  if (!round) throw new NotFoundError();
  return round;
}

/** Each reviewer's count, mean and population standard deviation of their totals in the round: one grouped query. */
export async function reviewerStatsOfRound(client: Client, roundId: string): Promise<Map<string, ReviewerStats>> {
  const rows = await client.$queryRaw<{ reviewerId: string; count: number; mean: number; sd: number }[]>`
    SELECT "reviewerId", COUNT(*)::int AS "count", AVG("total")::float8 AS "mean", COALESCE(STDDEV_POP("total"), 0)::float8 AS "sd"
    FROM "P2PReview" WHERE "roundId" = ${roundId} GROUP BY "reviewerId"`;
  return new Map(rows.map((r) => [r.reviewerId, { count: r.count, mean: r.mean, sd: r.sd }]));
}

/** The ids of one page of the ranking: by mean total, unreviewed last, then oldest first. */
function rankedIds(client: Client, roundId: string, skip: number, take: number) {
  return client.$queryRaw<{ id: string }[]>`
    SELECT a."id" FROM "P2PApplication" a LEFT JOIN "P2PReview" r ON r."applicationId" = a."id"
    WHERE a."roundId" = ${roundId} AND a."status"::text = ANY(${[...RANKED_STATUSES]}::text[])
    GROUP BY a."id"
    ORDER BY AVG(r."total") DESC NULLS LAST, a."createdAt" ASC, a."id" ASC
    LIMIT ${take} OFFSET ${skip}`;
}

export type DecisionCounts = Record<P2PSelection | "undecided", number>;

/** How many ranked applications hold each decision, and how many none. */
async function decisionCounts(client: Client, roundId: string): Promise<{ counts: DecisionCounts; total: number }> {
  const groups = await client.p2PApplication.groupBy({ by: ["selection"], where: { roundId, status: { in: [...RANKED_STATUSES] } }, _count: { _all: true } });
  const counts: DecisionCounts = { selected: 0, reserve: 0, not_selected: 0, undecided: 0 };
  for (const g of groups) counts[g.selection ?? "undecided"] += g._count._all;
  return { counts, total: groups.reduce((n, g) => n + g._count._all, 0) };
}

/** The ranking's page of a round, with its budget, its decisions' counts and what the swap can choose from. */
export async function rankingForStaff(actor: StaffActor | null, roundId: string, opts: { page: number; size?: number }, client: Client = db) {
  const round = await staffRound(client, actor, roundId);
  const size = opts.size ?? RANKING_PAGE_SIZE;
  const skip = (opts.page - 1) * size;
  const [ids, stats, { counts, total }, swappable] = await Promise.all([
    rankedIds(client, roundId, skip, size),
    reviewerStatsOfRound(client, roundId),
    decisionCounts(client, roundId),
    // Swapping happens before the release, between pending decisions: few, as the budget bounds the selected.
    client.p2PApplication.findMany({
      where: { roundId, status: { in: [...REVIEWABLE_STATUSES] }, selection: { in: ["selected", "reserve"] } },
      select: { id: true, selection: true, grantCents: true, hostGrantCents: true, visitingHub: { select: { name: true } }, hostHub: { select: { name: true } } },
      orderBy: [{ visitingHub: { name: "asc" } }, { id: "asc" }],
    }),
  ]);
  const found = ids.length ? await client.p2PApplication.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: rowSelect }) : [];
  const byId = new Map(found.map((a) => [a.id, a]));
  const rows = ids.flatMap(({ id }, i) => {
    const a = byId.get(id);
    if (!a) return [];
    const read = readReviews(a.reviews.map((r) => ({ reviewerId: r.reviewerId, reviewerName: r.reviewer.name, total: r.total })), stats);
    return [{ ...a, rank: skip + i + 1, ...read, reviewsNeeded: round.reviewsNeeded, totalGrantCents: a.grantCents + a.hostGrantCents }];
  });
  return {
    round,
    rows,
    counts,
    total,
    pages: Math.max(1, Math.ceil(total / size)),
    swap: {
      selected: swappable.filter((a) => a.selection === "selected"),
      reserve: swappable.filter((a) => a.selection === "reserve"),
    },
  };
}

export type Ranking = Awaited<ReturnType<typeof rankingForStaff>>;
export type RankingRow = Ranking["rows"][number];

/** The applications the release decides: the reviewable ones (each must hold a decision first). */
export const releasedWhere = (roundId: string) => ({ roundId, status: { in: [...REVIEWABLE_STATUSES] as P2PApplicationStatus[] } }) satisfies Prisma.P2PApplicationWhereInput;

/**
 * The outbox before the release: one page of the emails the release will send, written by the
 * same function (resultLetters) from the pending decisions, with the reviewers' comments when
 * staff tick the box. Undecided applications are counted: the release refuses until none is left.
 */
export async function outboxForStaff(actor: StaffActor | null, roundId: string, opts: { page: number; withComments: boolean }, client: Client = db) {
  const round = await staffRound(client, actor, roundId);
  const where = { ...releasedWhere(roundId), selection: { not: null } } satisfies Prisma.P2PApplicationWhereInput;
  const [decided, undecided, applications] = await Promise.all([
    client.p2PApplication.count({ where }),
    client.p2PApplication.count({ where: { ...releasedWhere(roundId), selection: null } }),
    client.p2PApplication.findMany({ where, select: resultSelect, orderBy: [{ selection: "asc" }, { id: "asc" }], skip: (opts.page - 1) * OUTBOX_PAGE_SIZE, take: OUTBOX_PAGE_SIZE }),
  ]);
  const letters = (await Promise.all(applications.map((a) => resultLetters(a, a.selection!, opts)))).flat();
  return { round, letters, decided, undecided, pages: Math.max(1, Math.ceil(decided / OUTBOX_PAGE_SIZE)) };
}
