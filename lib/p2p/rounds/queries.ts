import "server-only";
// Reading rounds for every page that needs "the round people apply to now": /p2p, /p2p/apply,
// the commands' checks. Drafts are never read here.
import { db, type Prisma } from "@/lib/db";
import { DAY_MS, isoDate } from "@/lib/calendar";
import { roundWindow } from "@/lib/p2p/rounds/rules";

/** What applying needs of a round: its window, its rules for eligibility, its rates. */
export const roundForApplyingSelect = {
  id: true, slug: true, name: true, status: true, opensOn: true, closesOn: true, timeZone: true,
  exchangesFrom: true, exchangesUntil: true, periodPrecision: true, maxStayDays: true, peoplePerExchange: true,
  travelRateCents: true, dailyRateCents: true, hostGrantCents: true, maxGrantCents: true, budgetCents: true,
  hostAnswerDays: true, membershipRequired: true, countries: true,
} satisfies Prisma.P2PRoundSelect;

export type RoundForApplying = Prisma.P2PRoundGetPayload<{ select: typeof roundForApplyingSelect }>;

/**
 * Published rounds whose window may not have closed yet: a round that closed before yesterday
 * (in any zone) has; roundWindow decides the rest in the round's own zone.
 */
export const publishedNotYetClosed = (now: Date) =>
  ({ status: "published", closesOn: { gte: new Date(`${isoDate(new Date(now.getTime() - DAY_MS))}T00:00:00Z`) } }) satisfies Prisma.P2PRoundWhereInput;

/**
 * The published round that is open now, else the next to open, else null. Several published
 * rounds at once are allowed; the one whose window closes first wins.
 */
export async function currentRound(now = new Date(), client: Prisma.TransactionClient | typeof db = db): Promise<RoundForApplying | null> {
  const rounds = await client.p2PRound.findMany({
    where: publishedNotYetClosed(now),
    orderBy: [{ closesOn: "asc" }, { id: "asc" }],
    take: 10,
    select: roundForApplyingSelect,
  });
  return rounds.find((r) => roundWindow(r, now).state === "open") ?? rounds.find((r) => roundWindow(r, now).state === "not-open") ?? null;
}

/**
 * The round an applicant named (`/p2p/apply?round=<slug>`), when it is published and open now;
 * else the current round. Several rounds may be open at once: each has its own address.
 */
export async function roundToApply(slug: string | undefined, now = new Date()): Promise<RoundForApplying | null> {
  if (slug) {
    const named = await db.p2PRound.findFirst({ where: { slug, status: "published" }, select: roundForApplyingSelect });
    if (named && roundWindow(named, now).state === "open") return named;
  }
  return currentRound(now);
}

/** When the next published round opens after `now`, if one is announced: what a closed window's refusal names. */
export async function nextRoundOpensOn(now = new Date()): Promise<Date | null> {
  const next = await db.p2PRound.findFirst({
    where: { status: "published", opensOn: { gt: now } },
    orderBy: { opensOn: "asc" },
    select: { opensOn: true },
  });
  return next?.opensOn ?? null;
}
