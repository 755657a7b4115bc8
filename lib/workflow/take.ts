import "server-only";
import type { Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { queueEmail, type Email } from "@/lib/email/outbox";
import { NotFoundError, UserError } from "@/lib/errors";
import { canTake, type Taker, type Workflow } from "@/lib/workflow/transitions";

type Taking<S extends string, D extends string> = {
  /** Null for the site itself (a job taking a "system" decision). */
  actorId: string | null;
  /** What the actor is to this record: staff, a party to it, or both; neither is refused as not found. */
  actorIs: readonly Taker[];
  decision: D;
  targetId: string;
  /** The status the record is in now (read under the caller's lock, or as the page showed it). */
  status: S;
  message?: string | null;
  /** Moves the record, conditionally on `from`: the number of rows changed (0: someone else decided first). */
  move: (to: S) => Promise<number>;
  /** The area's stale-state refusal, when `move` changed nothing. */
  stale: () => Promise<never>;
  /** The emails the decision sends, written by the area in each reader's language. */
  emails?: (to: S) => Promise<Email[]>;
  data?: Record<string, Prisma.InputJsonValue | null>;
};

/**
 * Takes a decision inside the caller's transaction, the same way in every workflow: refuses
 * who may not (as not found) and what the table does not allow (its reason), moves the record,
 * records the audit row and queues the emails. Checks that belong to an area (seats, a stale
 * version) stay in its commands, before or after this.
 */
export async function takeDecision<S extends string, D extends string>(tx: Prisma.TransactionClient, workflow: Workflow<S, D>, taking: Taking<S, D>): Promise<S> {
  const transition = workflow.transitions[taking.decision];
  if (!taking.actorIs.includes(transition.by)) throw new NotFoundError();
  const check = canTake(workflow, taking.decision, taking.status);
  if (!check.allowed) throw UserError.of(check.reason);
  const message = taking.message?.trim() || null;
  if (transition.message === "required" && !message) throw new UserError("forms.errors.required", "message");
  if ((await taking.move(transition.to)) === 0) return taking.stale();
  await recordAudit(tx, {
    actorId: taking.actorId,
    action: transition.audit,
    targetType: workflow.target,
    targetId: taking.targetId,
    data: { from: taking.status, to: transition.to, message, ...taking.data },
  });
  if (transition.emails && taking.emails) for (const email of await taking.emails(transition.to)) await queueEmail(tx, email);
  return transition.to;
}
