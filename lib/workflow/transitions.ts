// One shape for every review process (hub moderation, event review; next, P2P host agreement
// and panel, the news editor): a table of transitions, each from some states to one, taken by
// someone, recorded under its audit action and telling the people concerned by email. Pure:
// pages read it to offer only the decisions that can be taken, with the same reasons the
// commands give (lib/workflow/take.ts).
import type { AuditAction, AuditTarget } from "@/lib/audit-vocabulary";
import { msg, type MessageKey, type Msg } from "@/lib/message";

/**
 * Who takes a decision: staff; the party the record belongs to (a hub's owner, an applicant);
 * the host asked to agree to it (a P2P host hub's owner); or the site itself, on a deadline (a job).
 */
export type Taker = "staff" | "party" | "host" | "system";

export type Transition<State extends string> = {
  from: readonly State[];
  to: State;
  by: Taker;
  audit: AuditAction;
  /** Whether the decision carries a message to the people concerned. */
  message: "none" | "optional" | "required";
  /** Whether the people concerned are emailed (the area's commands write the email). */
  emails: boolean;
};

export type Workflow<State extends string, Decision extends string> = {
  target: AuditTarget;
  transitions: Record<Decision, Transition<State>>;
  /** The message that says a decision cannot be taken from a state: ICU with {decision} and {status} selects. */
  refusal: MessageKey;
};

export type Check = { allowed: true } | { allowed: false; reason: Msg };

/** Whether `decision` can be taken on a record now in `status`, with the reason when it cannot. */
export function canTake<S extends string, D extends string>(workflow: Workflow<S, D>, decision: D, status: S): Check {
  if (workflow.transitions[decision].from.includes(status)) return { allowed: true };
  return { allowed: false, reason: msg(workflow.refusal, { decision, status }) };
}

/** The decisions open on a record in `status`, in the table's order. */
export const decisionsFrom = <S extends string, D extends string>(workflow: Workflow<S, D>, status: S): D[] =>
  (Object.keys(workflow.transitions) as D[]).filter((d) => canTake(workflow, d, status).allowed);
