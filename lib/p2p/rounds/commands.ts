import "server-only";
import { db, type Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertStaff, type Actor } from "@/lib/auth/user";
import { isUniqueViolation, NotFoundError, UserError } from "@/lib/errors";
import type { P2PRoundStatus } from "@/lib/generated/prisma/enums";
import { publishGaps, type RoundInput } from "@/lib/p2p/rounds/schema";
import { releaseResults } from "@/lib/p2p/selection/commands";
import { isBudgetCheckViolation } from "@/lib/p2p/selection/rules";
import { ROUND_WORKFLOW, type RoundDecision } from "@/lib/p2p/rounds/workflow";
import { firstFreeSlug, slugify } from "@/lib/slugs";
import { takeDecision } from "@/lib/workflow/take";

// Staff create and edit P2P rounds and move them through their states (ROUND_WORKFLOW):
// each change is one transaction with its audit row, under the round's row lock. Members and
// visitors get "not found" from every command: they learn nothing about drafts. A round keeps
// its rates however it is edited later: each application copies the rates it was made under.

type StaffActor = Actor<"id" | "role">;
type Tx = Prisma.TransactionClient;

/** Addresses under /p2p that are pages, not rounds. */
const RESERVED_ROUND_SLUGS = new Set(["apply", "hosts", "rounds", "stories", "new"]);

/** "round-3-2027", then "-2", "-3", …: a round's address follows its name until it is first published. */
export function roundSlugCandidates(name: string, count = 20): string[] {
  const found = slugify(name, "round").slice(0, 70).replace(/-+$/, "");
  const base = RESERVED_ROUND_SLUGS.has(found) ? `${found}-round` : found;
  return [base, ...Array.from({ length: count - 1 }, (_, i) => `${base}-${i + 2}`)];
}

async function freeSlug(tx: Tx, name: string): Promise<string> {
  const candidates = roundSlugCandidates(name);
  const taken = await tx.p2PRound.findMany({ where: { slug: { in: candidates } }, select: { slug: true } });
  return firstFreeSlug(candidates, new Set(taken.map((r) => r.slug)));
}

/** Two rounds of one name saved at once both saw the slug free: the next attempt picks the following one. */
async function withFreshSlug<T>(write: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (e) {
      if (!isUniqueViolation(e) || attempt === attempts) throw e;
    }
  }
}

/** The round's row, locked until the transaction ends: edits and state moves of one round happen one at a time. */
async function lockRound(tx: Tx, roundId: string) {
  await tx.$queryRaw`SELECT 1 FROM "P2PRound" WHERE "id" = ${roundId} FOR UPDATE`;
  const round = await tx.p2PRound.findUnique({ where: { id: roundId } });
  if (!round) throw new NotFoundError();
  return round;
}

type StoredRound = Awaited<ReturnType<typeof lockRound>>;

/** Long texts are named in the audit log; every other field shows its value before and after. */
const NAMED_ONLY = new Set(["summary", "rules"]);

const auditValue = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : (v as Prisma.InputJsonValue | null));

/** What an edit changed, for the audit log. */
function changes(before: StoredRound, after: RoundInput & { slug: string }) {
  return (Object.keys(after) as (keyof typeof after)[])
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((field) => (NAMED_ONLY.has(field) ? field : { field, before: auditValue(before[field]), after: auditValue(after[field]) }));
}

/** Publishing needs what applicants read: the first gap, beside its field. */
function assertPublishable(round: Parameters<typeof publishGaps>[0]) {
  const gap = publishGaps(round)[0];
  if (gap) throw UserError.of(gap.reason, gap.field);
}

/** Creates a draft: nobody but staff sees it until it is published. */
export async function createRound(actor: StaffActor | null, input: RoundInput): Promise<{ id: string; slug: string }> {
  assertStaff(actor);
  return withFreshSlug(() =>
    db.$transaction(async (tx) => {
      const round = await tx.p2PRound.create({ data: { ...input, slug: await freeSlug(tx, input.name), status: "draft" }, select: { id: true, slug: true, name: true } });
      await recordAudit(tx, { actorId: actor.id, action: "p2p.round.created", targetType: "p2p-round", targetId: round.id, data: { name: round.name, slug: round.slug } });
      return { id: round.id, slug: round.slug };
    }),
  );
}

type Decided = { id: string; slug: string; status: P2PRoundStatus };

/**
 * One state move of ROUND_WORKFLOW on a round locked by the caller. Publishing needs what
 * applicants read (publishGaps) and stamps the first publication, which also freezes the
 * slug; going back to draft is for a round published by mistake, so only while nobody applied.
 */
async function decide(tx: Tx, actor: StaffActor, round: StoredRound, decision: RoundDecision): Promise<Decided> {
  if (decision === "publish" && round.status === "draft") assertPublishable(round);
  if (decision === "unpublish" && round.status === "published" && (await tx.p2PApplication.count({ where: { roundId: round.id } })) > 0) {
    throw new UserError("staff.p2p.rounds.errors.unpublishApplied");
  }
  const status = await takeDecision<P2PRoundStatus, RoundDecision>(tx, ROUND_WORKFLOW, {
    actorId: actor.id,
    actorIs: ["staff"],
    decision,
    targetId: round.id,
    status: round.status,
    move: async (to) =>
      (
        await tx.p2PRound.updateMany({
          where: { id: round.id, status: round.status },
          data: { status: to, ...(to === "published" && !round.publishedAt ? { publishedAt: new Date() } : {}) },
        })
      ).count,
    // Unreachable under the row lock; kept for the workflow's shape.
    stale: async () => {
      throw new UserError(ROUND_WORKFLOW.refusal, undefined, { decision, status: round.status });
    },
    data: { name: round.name },
  });
  return { id: round.id, slug: round.slug, status };
}

/**
 * Saves staff's changes, and with `publish` publishes the draft in the same transaction (a
 * refusal saves nothing). The slug follows the name until the round is first published, then
 * never changes. A published round stays publishable: an edit cannot take away what
 * applicants read. Applications already made keep the rates they copied.
 */
export async function updateRound(actor: StaffActor | null, roundId: string, input: RoundInput, opts: { publish?: boolean } = {}) {
  assertStaff(actor);
  return withinCommitted(roundId, () => withFreshSlug(() =>
    db.$transaction(async (tx) => {
      const round = await lockRound(tx, roundId);
      if (round.status === "published") assertPublishable(input);
      // The CHECK lets a round without a budget keep what it committed (NULL compares as unknown): refused here.
      if (input.budgetCents === null && round.committedCents > 0) throw budgetBelowCommitted(round.committedCents);
      const slug = round.publishedAt === null && input.name !== round.name ? await freeSlug(tx, input.name) : round.slug;
      const changed = changes(round, { ...input, slug });
      let saved: StoredRound = round;
      if (changed.length) {
        saved = await tx.p2PRound.update({ where: { id: round.id }, data: { ...input, slug } });
        await recordAudit(tx, { actorId: actor.id, action: "p2p.round.updated", targetType: "p2p-round", targetId: round.id, data: { changes: changed } });
      }
      const decided = opts.publish ? await decide(tx, actor, saved, "publish") : null;
      return { id: round.id, slug, status: decided?.status ?? round.status, changed: changed.length, published: Boolean(decided) };
    }),
  ));
}

const budgetBelowCommitted = (committedCents: number) => new UserError("staff.p2p.rounds.errors.budgetBelowCommitted", "budget", { committed: committedCents / 100 });

/** A budget lowered below the grants already selected: the round's CHECK refuses it, said beside the budget field. */
async function withinCommitted<T>(roundId: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!isBudgetCheckViolation(e)) throw e;
    const round = await db.p2PRound.findUnique({ where: { id: roundId }, select: { committedCents: true } });
    throw budgetBelowCommitted(round?.committedCents ?? 0);
  }
}

/** Publishes a draft as it is stored, refused (beside the field) when it lacks what applicants need. */
export async function publishRound(actor: StaffActor | null, roundId: string) {
  return decideRound(actor, roundId, "publish");
}

/** Takes one state move of ROUND_WORKFLOW: publish, unpublish, start review, release results, close. */
export async function decideRound(actor: StaffActor | null, roundId: string, decision: RoundDecision): Promise<Decided> {
  assertStaff(actor);
  // Releasing moves every reviewed application and sends the results' emails: one way, the selection's.
  if (decision === "releaseResults") {
    await releaseResults(actor, { roundId, withComments: false });
    return db.p2PRound.findUniqueOrThrow({ where: { id: roundId }, select: { id: true, slug: true, status: true } });
  }
  return db.$transaction(async (tx) => decide(tx, actor, await lockRound(tx, roundId), decision));
}
