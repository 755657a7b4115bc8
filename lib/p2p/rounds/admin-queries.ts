import "server-only";
import { db, type Prisma } from "@/lib/db";
import { assertStaff, type Actor } from "@/lib/auth/user";
import { NotFoundError } from "@/lib/errors";
import type { P2PApplicationStatus } from "@/lib/generated/prisma/enums";

// Staff read rounds whatever their status, with how many applications each holds and what
// the exchanges agreed by their hosts commit of the budget. Each takes the acting user;
// anyone else gets "not found".

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
  budgetCents: true,
  committedCents: true,
  _count: { select: { hostOffers: true } },
} satisfies Prisma.P2PRoundSelect;

export type ApplicationCounts = Partial<Record<P2PApplicationStatus, number>>;

/**
 * What a round's agreed exchanges take from its budget: once a host agrees, the visiting hub's
 * grant and the host's grant are both promised.
 */
export type Committed = { cents: number; exchanges: number };

type RoundTallies = { applications: ApplicationCounts; committed: Committed };

export type StaffListedRound = Prisma.P2PRoundGetPayload<{ select: typeof staffRoundListSelect }> & RoundTallies;

const NO_TALLIES: RoundTallies = { applications: {}, committed: { cents: 0, exchanges: 0 } };

/** How many applications of each round are in each status, and the grants committed: one grouped query for all the rounds. */
async function talliesByRound(roundIds: string[]): Promise<Map<string, RoundTallies>> {
  const rows = await db.p2PApplication.groupBy({
    by: ["roundId", "status"],
    where: { roundId: { in: roundIds } },
    _count: { _all: true },
    _sum: { grantCents: true, hostGrantCents: true },
  });
  const tallies = new Map<string, RoundTallies>();
  for (const row of rows) {
    const { applications, committed } = tallies.get(row.roundId) ?? NO_TALLIES;
    tallies.set(row.roundId, {
      applications: { ...applications, [row.status]: row._count._all },
      committed:
        row.status === "host_accepted"
          ? { cents: (row._sum.grantCents ?? 0) + (row._sum.hostGrantCents ?? 0), exchanges: row._count._all }
          : committed,
    });
  }
  return tallies;
}

/** One page of the rounds, with their application counts by status. */
export async function listRoundsForStaff(actor: StaffActor | null, opts: { page: number }) {
  assertStaff(actor);
  const [total, rounds] = await Promise.all([
    db.p2PRound.count(),
    db.p2PRound.findMany({ select: staffRoundListSelect, orderBy: ROUND_ORDER, skip: (opts.page - 1) * ROUNDS_PER_PAGE, take: ROUNDS_PER_PAGE }),
  ]);
  const tallies = await talliesByRound(rounds.map((r) => r.id));
  return {
    rounds: rounds.map((r): StaffListedRound => ({ ...r, ...(tallies.get(r.id) ?? NO_TALLIES) })),
    total,
    pages: Math.max(1, Math.ceil(total / ROUNDS_PER_PAGE)),
  };
}

/** A round with every field, its counts and its committed grants: for the edit and preview pages. */
export async function getRoundForStaff(actor: StaffActor | null, roundId: string) {
  assertStaff(actor);
  const round = await db.p2PRound.findUnique({ where: { id: roundId }, include: { _count: { select: { hostOffers: true } } } });
  if (!round) throw new NotFoundError();
  return { ...round, ...((await talliesByRound([round.id])).get(round.id) ?? NO_TALLIES) };
}

export type StaffRound = Awaited<ReturnType<typeof getRoundForStaff>>;

/** The rounds by name, newest first, for the applications list's filter (a network runs a few a year). */
export async function roundChoicesForStaff(actor: StaffActor | null) {
  assertStaff(actor);
  return db.p2PRound.findMany({ select: { id: true, name: true }, orderBy: ROUND_ORDER, take: 200 });
}
