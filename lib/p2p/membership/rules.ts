// Network membership (creativehubs.net/network): the four criteria a member hub meets, shown
// to owners asking to join and to staff deciding; and the request's workflow. Client-safe.
import type { RequestStatus } from "@/lib/generated/prisma/enums";
import type { Workflow } from "@/lib/workflow/transitions";

/** Catalogue keys under p2p.membership.criteria. */
export const MEMBERSHIP_CRITERIA = ["creativeFocus", "sharedBase", "physicalCommunity", "development"] as const;

export const MEMBERSHIP_DECISIONS = ["accept", "decline"] as const;
export type MembershipDecision = (typeof MEMBERSHIP_DECISIONS)[number];

export const MEMBERSHIP_WORKFLOW: Workflow<RequestStatus, MembershipDecision> = {
  target: "hub-membership-request",
  refusal: "p2p.membership.cannot",
  transitions: {
    accept: { from: ["pending"], to: "approved", by: "staff", audit: "hub.membership-accepted", message: "optional", emails: true },
    decline: { from: ["pending"], to: "declined", by: "staff", audit: "hub.membership-declined", message: "required", emails: true },
  },
};
