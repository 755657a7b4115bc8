// What staff may decide about a hub and about a request to manage one, and when: two tables of
// the one workflow shape (lib/workflow), read by the commands (which take the decisions) and
// the pages (which offer only what can be taken). Pure functions and data.
import { createHash } from "node:crypto";
import type { HubStatus, RequestStatus } from "@/lib/generated/prisma/enums";
import type { HubSnapshot } from "@/lib/hubs/rules";
import type { Workflow } from "@/lib/workflow/transitions";

export const HUB_DECISIONS = ["approve", "requestChanges", "reject", "archive"] as const;
export type HubDecision = (typeof HUB_DECISIONS)[number];

/**
 * Hub moderation: each decision moves a hub from one status to another, is recorded under
 * its own name and emailed to every owner. The refusal names the status the hub is in now:
 * it can only differ from what the moderator saw if someone else decided meanwhile.
 */
export const HUB_MODERATION: Workflow<HubStatus, HubDecision> = {
  target: "hub",
  transitions: {
    approve: { from: ["pending"], to: "published", by: "staff", audit: "hub.approved", message: "none", emails: true },
    requestChanges: { from: ["pending"], to: "changes_requested", by: "staff", audit: "hub.changes-requested", message: "required", emails: true },
    reject: { from: ["pending"], to: "rejected", by: "staff", audit: "hub.rejected", message: "required", emails: true },
    archive: { from: ["published"], to: "archived", by: "staff", audit: "hub.archived", message: "optional", emails: true },
  },
  refusal: "hubManagement.moderation.refused",
};

export const REQUEST_DECISIONS = ["approve", "decline"] as const;
export type RequestDecision = (typeof REQUEST_DECISIONS)[number];

/**
 * A request to manage a hub ("this is my hub") is decided once by staff: approved (the
 * requester becomes an owner) or declined. Both are recorded on the hub and emailed.
 */
export const MANAGEMENT_REQUESTS: Workflow<RequestStatus, RequestDecision> = {
  target: "hub",
  transitions: {
    approve: { from: ["pending"], to: "approved", by: "staff", audit: "hub.manager-approved", message: "none", emails: true },
    decline: { from: ["pending"], to: "declined", by: "staff", audit: "hub.manager-declined", message: "optional", emails: true },
  },
  refusal: "hubManagement.requests.refused",
};

/** A short fingerprint of the public fields: the form carries the version the moderator saw. */
export const snapshotVersion = (snapshot: HubSnapshot): string => createHash("sha256").update(JSON.stringify(snapshot)).digest("hex").slice(0, 32);

/** How a hub in the queue came there: first submission, or back after a moderator's decision. */
export const submissionKind = (hub: { reviewedSnapshot: unknown }): SubmissionKind => (hub.reviewedSnapshot == null ? "new" : "resubmitted");
export type SubmissionKind = "new" | "resubmitted";
