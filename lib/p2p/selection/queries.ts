import "server-only";
// Staff read a round's ranking: a page of applications in order of their mean review total,
// each reviewer's total beside its z-score, in a fixed number of queries whatever the round's
// size: the page's rows in their order (one statement), the reviewers' stats (one aggregate,
// normalised here), the decisions' counts and the swap's choices. Every read takes the acting
// user; anyone but staff gets "not found". `client` lets tests and the bench count the queries.
// (The outbox's preview is ./outbox.ts: it writes emails.)
import { db, type Prisma } from "@/lib/db";
import { assertStaff, type Actor } from "@/lib/auth/user";
import { NotFoundError } from "@/lib/errors";
import type { P2PApplicationStatus, P2PSelection } from "@/lib/generated/prisma/enums";
import { REVIEWABLE_STATUSES } from "@/lib/p2p/applications/workflow";
import type { ReviewerStats } from "@/lib/p2p/reviews/rubric";
import { RANKED_STATUSES, readReviews } from "@/lib/p2p/selection/rules";

type Client = Prisma.TransactionClient | typeof db;
type StaffActor = Actor<"role">;

/** Rows a page of the ranking shows: each carries its reviews and four decision buttons. */
export const RANKING_PAGE_SIZE = 25;

const roundSelect = {
  id: true,
  name: true,
  status: true,
  budgetCents: true,
  committedCents: true,
  reviewsNeeded: true,
  resultsReleasedAt: true,
} satisfies Prisma.P2PRoundSelect;

/** The round as the selection pages read it; anyone but staff, or a round that does not exist: not found. */
export async function staffRound(client: Client, actor: StaffActor | null, roundId: string) {
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

type RankedRow = {
  id: string;
  status: P2PApplicationStatus;
  selection: P2PSelection | null;
  grantCents: number;
  hostGrantCents: number;
  applicant: { name: string };
  visitingHub: { name: string; countryCode: string };
  hostHub: { name: string; countryCode: string };
  reviews: { reviewerId: string; reviewerName: string; total: number }[];
};

/**
 * One page of the ranking in one query: the applications by mean total (unreviewed last, then
 * oldest first), each with its applicant, its hubs and its reviews (in the order submitted).
 */
function rankedPage(client: Client, roundId: string, skip: number, take: number) {
  return client.$queryRaw<RankedRow[]>`
    WITH means AS (
      SELECT "applicationId", AVG("total") AS "mean" FROM "P2PReview" WHERE "roundId" = ${roundId} GROUP BY "applicationId"
    ), page AS (
      SELECT a."id", m."mean", a."createdAt" FROM "P2PApplication" a LEFT JOIN means m ON m."applicationId" = a."id"
      WHERE a."roundId" = ${roundId} AND a."status" = ANY(${[...RANKED_STATUSES]}::"P2PApplicationStatus"[])
      ORDER BY m."mean" DESC NULLS LAST, a."createdAt" ASC, a."id" ASC
      LIMIT ${take} OFFSET ${skip}
    )
    SELECT a."id", a."status"::text AS "status", a."selection"::text AS "selection", a."grantCents", a."hostGrantCents",
      json_build_object('name', u."name") AS "applicant",
      json_build_object('name', vh."name", 'countryCode', vh."countryCode") AS "visitingHub",
      json_build_object('name', hh."name", 'countryCode', hh."countryCode") AS "hostHub",
      COALESCE((
        SELECT json_agg(json_build_object('reviewerId', r."reviewerId", 'reviewerName', ru."name", 'total', r."total") ORDER BY r."submittedAt", r."id")
        FROM "P2PReview" r JOIN "User" ru ON ru."id" = r."reviewerId" WHERE r."applicationId" = a."id"
      ), '[]'::json) AS "reviews"
    FROM page p
    JOIN "P2PApplication" a ON a."id" = p."id"
    JOIN "User" u ON u."id" = a."applicantId"
    JOIN "Hub" vh ON vh."id" = a."visitingHubId"
    JOIN "Hub" hh ON hh."id" = a."hostHubId"
    ORDER BY p."mean" DESC NULLS LAST, p."createdAt" ASC, p."id" ASC`;
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
  const [page, stats, { counts, total }, swappable] = await Promise.all([
    rankedPage(client, roundId, skip, size),
    reviewerStatsOfRound(client, roundId),
    decisionCounts(client, roundId),
    // Swapping happens before the release, between pending decisions: few, as the budget bounds the selected.
    client.p2PApplication.findMany({
      where: { roundId, status: { in: [...REVIEWABLE_STATUSES] }, selection: { in: ["selected", "reserve"] } },
      select: { id: true, selection: true, grantCents: true, hostGrantCents: true, visitingHub: { select: { name: true } }, hostHub: { select: { name: true } } },
      orderBy: [{ visitingHub: { name: "asc" } }, { id: "asc" }],
    }),
  ]);
  const rows = page.map((a, i) => ({ ...a, rank: skip + i + 1, ...readReviews(a.reviews, stats), reviewsNeeded: round.reviewsNeeded, totalGrantCents: a.grantCents + a.hostGrantCents }));
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
