import "server-only";
import { db, type Prisma } from "@/lib/db";
import { assertStaff, type Actor } from "@/lib/auth/user";
import { NotFoundError } from "@/lib/errors";
import type { P2PApplicationStatus } from "@/lib/generated/prisma/enums";

// Staff read rounds whatever their status, with how many applications each holds. Each
// takes the acting user; anyone else gets "not found".

type StaffActor = Actor<"role">;

const ROUNDS_PER_PAGE = 20;

/** Drafts first, then by the round's stage (the enum's order), each newest window first; past rounds without a published window last. */
const ROUND_ORDER: Prisma.P2PRoundOrderByWithRelationInput[] = [
  { status: "asc" },
  { opensOn: { sort: "desc", nulls: "last" } },
  { exchangesFrom: { sort: "desc", nulls: "last" } },
  { createdAt: "desc" },
  { id: "asc" },
];

export const staffRoundListSelect = {
  id: true,
  slug: true,
  name: true,
  status: true,
  opensOn: true,
  closesOn: true,
  timeZone: true,
  exchangesFrom: true,
  exchangesUntil: true,
  publishedAt: true,
  _count: { select: { hostOffers: true } },
} satisfies Prisma.P2PRoundSelect;

export type ApplicationCounts = Partial<Record<P2PApplicationStatus, number>>;

export type StaffListedRound = Prisma.P2PRoundGetPayload<{ select: typeof staffRoundListSelect }> & { applications: ApplicationCounts };

/** How many applications of each round are in each status. */
async function countsByRound(roundIds: string[]): Promise<Map<string, ApplicationCounts>> {
  const rows = await db.p2PApplication.groupBy({ by: ["roundId", "status"], where: { roundId: { in: roundIds } }, _count: { _all: true } });
  const counts = new Map<string, ApplicationCounts>();
  for (const row of rows) counts.set(row.roundId, { ...counts.get(row.roundId), [row.status]: row._count._all });
  return counts;
}

/** One page of the rounds, with their application counts by status. */
export async function listRoundsForStaff(actor: StaffActor | null, opts: { page: number }) {
  assertStaff(actor);
  const [total, rounds] = await Promise.all([
    db.p2PRound.count(),
    db.p2PRound.findMany({ select: staffRoundListSelect, orderBy: ROUND_ORDER, skip: (opts.page - 1) * ROUNDS_PER_PAGE, take: ROUNDS_PER_PAGE }),
  ]);
  const counts = await countsByRound(rounds.map((r) => r.id));
  return {
    rounds: rounds.map((r): StaffListedRound => ({ ...r, applications: counts.get(r.id) ?? {} })),
    total,
    pages: Math.max(1, Math.ceil(total / ROUNDS_PER_PAGE)),
  };
}

/** A round with every field and its counts: for the edit and preview pages. */
export async function getRoundForStaff(actor: StaffActor | null, roundId: string) {
  assertStaff(actor);
  const round = await db.p2PRound.findUnique({ where: { id: roundId }, include: { _count: { select: { hostOffers: true } } } });
  if (!round) throw new NotFoundError();
  const applications = (await countsByRound([round.id])).get(round.id) ?? {};
  return { ...round, applications };
}

export type StaffRound = Awaited<ReturnType<typeof getRoundForStaff>>;

/** The rounds by name, newest first, for the applications list's filter (a network runs a few a year). */
export async function roundChoicesForStaff(actor: StaffActor | null) {
  assertStaff(actor);
  return db.p2PRound.findMany({ select: { id: true, name: true }, orderBy: ROUND_ORDER, take: 200 });
}
