import "server-only";
// Staff read a round's ranking: a page of applications in order of their mean review total,
// each reviewer's total beside its z-score, in one statement whatever the round's size (the
// round, the page's rows, the reviewers' stats, normalised here, and the decisions' counts). The
// swap's choices are read apart, for their own page. Every read takes the acting user; anyone
// but staff gets "not found". `client` lets tests and the bench count the queries.
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
export const RANKING_PAGE_SIZE = 20;

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

type Swappable = { id: string; selection: "selected" | "reserve"; grantCents: number; hostGrantCents: number; visitingHub: { name: string }; hostHub: { name: string } };

/** What the swap chooses from: the round's pending selected and reserve applications, by visiting hub. */
export async function swapChoicesForStaff(actor: StaffActor | null, roundId: string, client: Client = db) {
  assertStaff(actor);
  const rows = await client.$queryRaw<Swappable[]>`
    SELECT a."id", a."selection"::text AS "selection", a."grantCents", a."hostGrantCents",
      json_build_object('name', vh."name") AS "visitingHub", json_build_object('name', hh."name") AS "hostHub"
    FROM "P2PApplication" a
    JOIN "Hub" vh ON vh."id" = a."visitingHubId"
    JOIN "Hub" hh ON hh."id" = a."hostHubId"
    WHERE a."roundId" = ${roundId} AND a."status" = ANY(${[...REVIEWABLE_STATUSES]}::"P2PApplicationStatus"[])
      AND a."selection" IN ('selected', 'reserve')
    ORDER BY vh."name", a."id"`;
  return { selected: rows.filter((a) => a.selection === "selected"), reserve: rows.filter((a) => a.selection === "reserve") };
}

export type DecisionCounts = Record<P2PSelection | "undecided", number>;

type RankingRead = {
  round: Pick<Prisma.P2PRoundGetPayload<{ select: typeof roundSelect }>, "id" | "name" | "status" | "budgetCents" | "committedCents" | "reviewsNeeded"> | null;
  rows: RankedRow[];
  stats: ({ reviewerId: string } & ReviewerStats)[];
  counts: { selection: P2PSelection | null; count: number }[];
};

/**
 * The ranking's page of a round in one statement: the round; the page's applications by mean
 * total (kept in P2PReviewMean by a trigger; unreviewed last, then oldest first), each with its
 * applicant, its hubs and its reviews in the order submitted; each reviewer's count, mean and
 * population standard deviation in the round; and how many ranked applications hold each decision.
 */
function readRanking(client: Client, roundId: string, skip: number, take: number) {
  const ranked = [...RANKED_STATUSES];
  return client.$queryRaw<[RankingRead]>`
    WITH page AS (
      SELECT a."id", a."applicantId", a."visitingHubId", a."hostHubId", a."status", a."selection", a."grantCents", a."hostGrantCents", m."mean", a."createdAt"
      FROM "P2PApplication" a LEFT JOIN "P2PReviewMean" m ON m."applicationId" = a."id"
      WHERE a."roundId" = ${roundId} AND a."status" = ANY(${ranked}::"P2PApplicationStatus"[])
      ORDER BY m."mean" DESC NULLS LAST, a."createdAt" ASC, a."id" ASC
      LIMIT ${take} OFFSET ${skip}
    )
    SELECT
      (SELECT row_to_json(r) FROM (
        SELECT "id", "name", "status", "budgetCents", "committedCents", "reviewsNeeded" FROM "P2PRound" WHERE "id" = ${roundId}
      ) r) AS "round",
      COALESCE((SELECT json_agg(x ORDER BY x."meanTotal" DESC NULLS LAST, x."createdAt" ASC, x."id" ASC) FROM (
        SELECT a."id", a."status", a."selection", a."grantCents", a."hostGrantCents", a."mean" AS "meanTotal", a."createdAt",
          json_build_object('name', u."name") AS "applicant",
          json_build_object('name', vh."name", 'countryCode', vh."countryCode") AS "visitingHub",
          json_build_object('name', hh."name", 'countryCode', hh."countryCode") AS "hostHub",
          COALESCE((
            SELECT json_agg(json_build_object('reviewerId', r."reviewerId", 'reviewerName', ru."name", 'total', r."total") ORDER BY r."submittedAt", r."id")
            FROM "P2PReview" r JOIN "User" ru ON ru."id" = r."reviewerId" WHERE r."applicationId" = a."id"
          ), '[]'::json) AS "reviews"
        FROM page a
        JOIN "User" u ON u."id" = a."applicantId"
        JOIN "Hub" vh ON vh."id" = a."visitingHubId"
        JOIN "Hub" hh ON hh."id" = a."hostHubId"
      ) x), '[]'::json) AS "rows",
      COALESCE((SELECT json_agg(s) FROM (
        SELECT "reviewerId", COUNT(*)::int AS "count", AVG("total")::float8 AS "mean", COALESCE(STDDEV_POP("total"), 0)::float8 AS "sd"
        FROM "P2PReview" WHERE "roundId" = ${roundId} GROUP BY "reviewerId"
      ) s), '[]'::json) AS "stats",
      COALESCE((SELECT json_agg(c) FROM (
        SELECT "selection", COUNT(*)::int AS "count" FROM "P2PApplication"
        WHERE "roundId" = ${roundId} AND "status" = ANY(${ranked}::"P2PApplicationStatus"[]) GROUP BY "selection"
      ) c), '[]'::json) AS "counts"`;
}

/** The ranking's page of a round, with its budget and its decisions' counts: one query, whatever the round's size. */
export async function rankingForStaff(actor: StaffActor | null, roundId: string, opts: { page: number; size?: number }, client: Client = db) {
  assertStaff(actor);
  const size = opts.size ?? RANKING_PAGE_SIZE;
  const skip = (opts.page - 1) * size;
  const [read] = await readRanking(client, roundId, skip, size);
  const { round } = read;
  if (!round) throw new NotFoundError();
  const stats = new Map(read.stats.map(({ reviewerId, ...s }) => [reviewerId, s]));
  const counts: DecisionCounts = { selected: 0, reserve: 0, not_selected: 0, undecided: 0 };
  for (const c of read.counts) counts[c.selection ?? "undecided"] += c.count;
  const total = read.counts.reduce((n, c) => n + c.count, 0);
  const rows = read.rows.map((a, i) => ({ ...a, rank: skip + i + 1, ...readReviews(a.reviews, stats), reviewsNeeded: round.reviewsNeeded, totalGrantCents: a.grantCents + a.hostGrantCents }));
  return { round, rows, counts, total, pages: Math.max(1, Math.ceil(total / size)) };
}

export type Ranking = Awaited<ReturnType<typeof rankingForStaff>>;
export type RankingRow = Ranking["rows"][number];

/** The applications the release decides: the reviewable ones (each must hold a decision first). */
export const releasedWhere = (roundId: string) => ({ roundId, status: { in: [...REVIEWABLE_STATUSES] as P2PApplicationStatus[] } }) satisfies Prisma.P2PApplicationWhereInput;
