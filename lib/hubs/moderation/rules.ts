// What staff may decide about a hub, and when: plain functions, shared by the commands (which
// enforce them in the database) and the pages (which show the same reasons).
import { createHash } from "node:crypto";
import type { AuditAction } from "@/lib/audit-vocabulary";
import type { HubStatus, RequestStatus } from "@/lib/generated/prisma/enums";
import { HUB_STATUS_LABELS } from "@/lib/hubs/taxonomy";
import type { HubSnapshot } from "@/lib/hubs/rules";

export const HUB_DECISIONS = ["approve", "request-changes", "reject", "archive"] as const;
export type HubDecision = (typeof HUB_DECISIONS)[number];

type Transition = { from: HubStatus; to: HubStatus; audit: AuditAction; message: "none" | "required" | "optional" };

/** Each decision moves a hub from exactly one status to another, and is recorded under its own name. */
export const TRANSITIONS: Record<HubDecision, Transition> = {
  approve: { from: "pending", to: "published", audit: "hub.approved", message: "none" },
  "request-changes": { from: "pending", to: "changes_requested", audit: "hub.changes-requested", message: "required" },
  reject: { from: "pending", to: "rejected", audit: "hub.rejected", message: "required" },
  archive: { from: "published", to: "archived", audit: "hub.archived", message: "optional" },
};

export type Decision = { allowed: true } | { allowed: false; reason: string };

const VERB: Record<HubDecision, string> = { approve: "approved", "request-changes": "sent back for changes", reject: "turned down", archive: "archived" };

/** Whether a hub in `status` can take `decision`, with the reason shown when it cannot. */
export function canDecide(status: HubStatus, decision: HubDecision): Decision {
  const { from } = TRANSITIONS[decision];
  if (status === from) return { allowed: true };
  const only = from === "pending" ? "Only hubs waiting for review" : "Only published hubs";
  return { allowed: false, reason: `${only} can be ${VERB[decision]}; this one is “${HUB_STATUS_LABELS[status]}”.` };
}

/** The decisions open to staff for a hub in `status`, in the order the page offers them. */
export const decisionsFor = (status: HubStatus): HubDecision[] => HUB_DECISIONS.filter((d) => canDecide(status, d).allowed);

/**
 * Why a decision found the hub other than the moderator saw it: another moderator decided
 * first, or the owners changed it since the page was opened. Nothing was saved in either case.
 */
export function staleDecisionReason(expected: HubStatus, current: HubStatus): string {
  if (current !== expected) return `Someone else already decided on this hub: it is now “${HUB_STATUS_LABELS[current]}”. Nothing was changed; reload the page to see it.`;
  return "The owners changed this hub after you opened it. Nothing was changed; reload the page and look at the changes again.";
}

/** A short fingerprint of the public fields: the form carries the version the moderator saw. */
export const snapshotVersion = (snapshot: HubSnapshot): string => createHash("sha256").update(JSON.stringify(snapshot)).digest("hex").slice(0, 32);

/** How a hub in the queue came there: first submission, or back after a moderator's decision. */
export const submissionKind = (hub: { reviewedSnapshot: unknown }): "new" | "resubmitted" => (hub.reviewedSnapshot == null ? "new" : "resubmitted");

export const SUBMISSION_LABELS = { new: "New", resubmitted: "Resubmitted after changes" } as const;

/** A request to manage a hub is decided once: approved or declined, never both. */
export function canDecideRequest(status: RequestStatus): Decision {
  return status === "pending" ? { allowed: true } : { allowed: false, reason: `Someone else already ${status} this request. Nothing was changed; reload the page to see it.` };
}
