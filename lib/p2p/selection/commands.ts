import "server-only";
// Staff decide a round's results: a pending decision per application while the round is in
// review, a swap of a selected and a reserve application in one step, the release (every
// decision becomes the application's status and every email goes at once), and after it a
// reserve promoted when the budget has room. The budget is the database's: a trigger keeps the
// round's committed grants and a CHECK refuses going over, whoever decides at the same moment;
// a refusal here says how much is left. Every command locks the applications (in id order),
// then the round: the order the trigger takes them in, so two commands never wait on each other.
import { recordAudit } from "@/lib/audit";
import { assertStaff, type Actor } from "@/lib/auth/user";
import { db, type Prisma } from "@/lib/db";
import { deliverOutboxSoon, type Email } from "@/lib/email/outbox";
import { NotFoundError, UserError } from "@/lib/errors";
import type { P2PRoundStatus, P2PSelection } from "@/lib/generated/prisma/enums";
import { APPLICATION_WORKFLOW, REVIEWABLE_STATUSES } from "@/lib/p2p/applications/workflow";
import { ROUND_WORKFLOW } from "@/lib/p2p/rounds/workflow";
import { readResults, resultLetters, type Letter } from "@/lib/p2p/selection/emails";
import { releasedWhere } from "@/lib/p2p/selection/queries";
import { budgetLeft, isBudgetCheckViolation, RELEASE_DECISION } from "@/lib/p2p/selection/rules";
import type { PromoteInput, ReleaseInput, SelectionInput, SwapInput } from "@/lib/p2p/selection/schema";
import { takeDecision } from "@/lib/workflow/take";
import { canTake } from "@/lib/workflow/transitions";

type StaffActor = Actor<"id" | "role">;
type Tx = Prisma.TransactionClient;
type Options = { now?: Date };

const lockedSelect = { id: true, status: true, selection: true, grantCents: true, hostGrantCents: true } satisfies Prisma.P2PApplicationSelect;

/** Locks the round's applications named (in id order), then the round; anything not found is "not found". */
async function lockForSelection(tx: Tx, roundId: string, applicationIds: string[]) {
  const ids = [...new Set(applicationIds)].sort();
  // NO KEY UPDATE: a row inserted meanwhile that points at the application (a review, an
  // assignment, under the round's share or update lock) must not wait for it, or the two deadlock.
  await tx.$queryRaw`SELECT 1 FROM "P2PApplication" WHERE "id" = ANY(${ids}::text[]) AND "roundId" = ${roundId} ORDER BY "id" FOR NO KEY UPDATE`;
  await tx.$queryRaw`SELECT 1 FROM "P2PRound" WHERE "id" = ${roundId} FOR UPDATE`;
  const round = await tx.p2PRound.findUnique({ where: { id: roundId }, select: { id: true, name: true, status: true, budgetCents: true } });
  const applications = await tx.p2PApplication.findMany({ where: { id: { in: ids }, roundId }, select: lockedSelect });
  if (!round || applications.length !== ids.length) throw new NotFoundError();
  const byId = new Map(applications.map((a) => [a.id, a]));
  return { round, applications: applicationIds.map((id) => byId.get(id)!) };
}

type Locked = Awaited<ReturnType<typeof lockForSelection>>;

/** Pending decisions are staff's while the round is in review, on applications the panel reviews. */
function refuseUnlessDeciding(round: Locked["round"], application: Locked["applications"][number]) {
  if (round.status !== "in_review") throw new UserError("staff.p2p.selection.errors.notInReview", undefined, { status: round.status });
  if (!(REVIEWABLE_STATUSES as readonly string[]).includes(application.status)) throw new UserError("staff.p2p.selection.errors.notReviewable");
}

const refuseWithoutBudget = (round: { budgetCents: number | null }) => {
  if (round.budgetCents === null) throw new UserError("staff.p2p.selection.errors.noBudget");
};

/** The round's CHECK refused `applicationId`: what its exchange needs and what is left, read after the rollback. */
async function withinBudget<T>(roundId: string, applicationId: string, neededCents: () => number, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!isBudgetCheckViolation(e)) throw e;
    const [round, application] = await Promise.all([
      db.p2PRound.findUnique({ where: { id: roundId }, select: { budgetCents: true, committedCents: true } }),
      db.p2PApplication.findUnique({ where: { id: applicationId }, select: { visitingHub: { select: { name: true } }, hostHub: { select: { name: true } } } }),
    ]);
    throw new UserError("staff.p2p.selection.errors.overBudget", undefined, {
      exchange: application ? `${application.visitingHub.name} → ${application.hostHub.name}` : "",
      needed: neededCents() / 100,
      left: budgetLeft(round?.budgetCents ?? null, round?.committedCents ?? 0) / 100,
    });
  }
}

const grants = (a: { grantCents: number; hostGrantCents: number }) => a.grantCents + a.hostGrantCents;

/** Sets (or clears) the pending decision on one application of a round in review. */
export async function setSelection(actor: StaffActor | null, input: SelectionInput, { now = new Date() }: Options = {}) {
  assertStaff(actor);
  const to: P2PSelection | null = input.selection === "cleared" ? null : input.selection;
  let needed = 0;
  await withinBudget(input.roundId, input.applicationId, () => needed, () =>
    db.$transaction(async (tx) => {
      const { round, applications: [application] } = await lockForSelection(tx, input.roundId, [input.applicationId]);
      refuseUnlessDeciding(round, application!);
      if (to === "selected") refuseWithoutBudget(round);
      if (application!.selection === to) return;
      needed = grants(application!);
      await tx.p2PApplication.update({ where: { id: application!.id }, data: { selection: to, selectionById: actor.id, selectionAt: now } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "p2p.application.selection-set",
        targetType: "p2p-application",
        targetId: application!.id,
        data: { roundId: round.id, from: application!.selection, to },
      });
    }),
  );
}

/**
 * Swaps a selected application and a reserve one in one transaction: the selected one goes to
 * the reserve first, so its grants are freed before the other's are counted.
 */
export async function swapSelection(actor: StaffActor | null, input: SwapInput, { now = new Date() }: Options = {}) {
  assertStaff(actor);
  if (input.selectedId === input.reserveId) throw new UserError("staff.p2p.selection.errors.swapMismatch");
  let needed = 0;
  await withinBudget(input.roundId, input.reserveId, () => needed, () =>
    db.$transaction(async (tx) => {
      const { round, applications: [demoted, promoted] } = await lockForSelection(tx, input.roundId, [input.selectedId, input.reserveId]);
      for (const a of [demoted!, promoted!]) refuseUnlessDeciding(round, a);
      if (demoted!.selection !== "selected" || promoted!.selection !== "reserve") throw new UserError("staff.p2p.selection.errors.swapMismatch");
      refuseWithoutBudget(round);
      needed = grants(promoted!);
      const stamp = { selectionById: actor.id, selectionAt: now };
      await tx.p2PApplication.update({ where: { id: demoted!.id }, data: { selection: "reserve", ...stamp } });
      await tx.p2PApplication.update({ where: { id: promoted!.id }, data: { selection: "selected", ...stamp } });
      for (const [a, to, other] of [[demoted!, "reserve", promoted!], [promoted!, "selected", demoted!]] as const) {
        await recordAudit(tx, {
          actorId: actor.id,
          action: "p2p.application.selection-swapped",
          targetType: "p2p-application",
          targetId: a.id,
          data: { roundId: round.id, from: a.selection, to, with: other.id },
        });
      }
    }),
  );
}

const asEmail = ({ to, subject, text }: Letter): Email => ({ to, subject, text });

/** Releasing moves every reviewed application and writes thousands of rows for a large round. */
const RELEASE_TIMEOUT_MS = 120_000;

/**
 * Releases the round's results: refused while any reviewed application has no decision. In one
 * transaction the round moves to "results released" and each application takes its decision
 * (selected, reserve, not selected) through the application workflow, which queues its emails:
 * to the applicant, with the reviewers' comments when `withComments`, and to the host's owners.
 */
export async function releaseResults(actor: StaffActor | null, input: ReleaseInput, { now = new Date() }: Options = {}): Promise<{ released: number }> {
  assertStaff(actor);
  const released = await db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "P2PApplication" WHERE "roundId" = ${input.roundId} AND "status"::text = ANY(${[...REVIEWABLE_STATUSES]}::text[]) ORDER BY "id" FOR NO KEY UPDATE`;
      await tx.$queryRaw`SELECT 1 FROM "P2PRound" WHERE "id" = ${input.roundId} FOR UPDATE`;
      const round = await tx.p2PRound.findUnique({ where: { id: input.roundId }, select: { id: true, name: true, status: true } });
      if (!round) throw new NotFoundError();
      const check = canTake(ROUND_WORKFLOW, "releaseResults", round.status);
      if (!check.allowed) throw UserError.of(check.reason);
      const undecided = await tx.p2PApplication.count({ where: { ...releasedWhere(round.id), selection: null } });
      if (undecided) throw new UserError("staff.p2p.selection.errors.undecided", undefined, { count: undecided });
      const applications = await readResults(tx, { where: releasedWhere(round.id), orderBy: { id: "asc" } });
      await takeDecision<P2PRoundStatus, "releaseResults">(tx, ROUND_WORKFLOW, {
        actorId: actor.id,
        actorIs: ["staff"],
        decision: "releaseResults",
        targetId: round.id,
        status: round.status,
        move: async (to) => (await tx.p2PRound.updateMany({ where: { id: round.id, status: round.status }, data: { status: to, resultsReleasedAt: now } })).count,
        stale: async () => {
          throw new UserError(ROUND_WORKFLOW.refusal, undefined, { decision: "releaseResults", status: round.status });
        },
        data: { name: round.name, applications: applications.length, withComments: input.withComments },
      });
      for (const a of applications) {
        const selection = a.selection!;
        await takeDecision(tx, APPLICATION_WORKFLOW, {
          actorId: actor.id,
          actorIs: ["staff"],
          decision: RELEASE_DECISION[selection],
          targetId: a.id,
          status: "host_accepted",
          move: async (to) => (await tx.p2PApplication.updateMany({ where: { id: a.id, status: "host_accepted" }, data: { status: to } })).count,
          stale: async () => {
            throw new UserError("staff.p2p.selection.errors.changed");
          },
          emails: async () => (await resultLetters(a, selection, { withComments: input.withComments })).map(asEmail),
          data: { roundId: round.id },
        });
      }
      return applications.length;
    },
    { timeout: RELEASE_TIMEOUT_MS },
  );
  deliverOutboxSoon();
  return { released };
}

/** After the release, a reserve application is selected when the budget has room; its applicant and host's owners are told. */
export async function promoteReserve(actor: StaffActor | null, input: PromoteInput, { now = new Date() }: Options = {}) {
  assertStaff(actor);
  let needed = 0;
  await withinBudget(input.roundId, input.applicationId, () => needed, () =>
    db.$transaction(async (tx) => {
      const { round, applications: [locked] } = await lockForSelection(tx, input.roundId, [input.applicationId]);
      if (round.status !== "results_released") throw new UserError("staff.p2p.selection.errors.promoteAfterRelease");
      refuseWithoutBudget(round);
      needed = grants(locked!);
      const [application] = await readResults(tx, { where: { id: locked!.id } });
      await takeDecision(tx, APPLICATION_WORKFLOW, {
        actorId: actor.id,
        actorIs: ["staff"],
        decision: "promote",
        targetId: locked!.id,
        status: locked!.status,
        move: async (to) =>
          (await tx.p2PApplication.updateMany({ where: { id: locked!.id, status: locked!.status }, data: { status: to, selection: "selected", selectionById: actor.id, selectionAt: now } })).count,
        stale: async () => {
          throw new UserError("staff.p2p.selection.errors.changed");
        },
        emails: async () => (await resultLetters(application!, "promoted", { withComments: false })).map(asEmail),
        data: { roundId: round.id },
      });
    }),
  );
  deliverOutboxSoon();
}
