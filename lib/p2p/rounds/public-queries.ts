import "server-only";
// What /p2p reads: the round people apply to now (or the next announced), with its rules, and
// the rounds before it. Everyone sees the same: nothing here depends on who asks.
import { db } from "@/lib/db";
import { currentRound, roundForApplyingSelect, type RoundForApplying } from "@/lib/p2p/rounds/queries";
import { PUBLIC_ROUND_STATUSES, roundWindow } from "@/lib/p2p/rounds/rules";

export type PublicRound = RoundForApplying & { summary: string; rules: string };

/** The round open now, else the next to open, with what applicants read; null when none is announced. */
export async function currentPublicRound(now = new Date()): Promise<PublicRound | null> {
  const round = await currentRound(now);
  if (!round) return null;
  const words = await db.p2PRound.findUnique({ where: { id: round.id }, select: { summary: true, rules: true } });
  return words ? { ...round, ...words } : null;
}

/** A past round shows its summary and the current round's facts. */
export type PastRound = RoundForApplying & { summary: string };

/** More rounds than the scheme will ever run; a bound so the page never reads without one. */
const MAX_PAST_ROUNDS = 50;

/**
 * Rounds whose window has closed (or that moved past it: in review, results released,
 * closed), newest first; never drafts, nor `exceptId` (the current round). A round with no
 * published window (ECHN's first) comes after the dated ones.
 */
export async function pastRounds(now = new Date(), exceptId?: string): Promise<PastRound[]> {
  const rounds = await db.p2PRound.findMany({
    where: { status: { in: [...PUBLIC_ROUND_STATUSES] }, ...(exceptId && { id: { not: exceptId } }) },
    select: { ...roundForApplyingSelect, summary: true },
    orderBy: [{ opensOn: { sort: "desc", nulls: "last" } }, { exchangesFrom: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    take: MAX_PAST_ROUNDS,
  });
  return rounds.filter((round) => roundWindow(round, now).state === "closed");
}
