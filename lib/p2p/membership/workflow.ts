// A request to join the network, decided by staff: pending → approved (the hub becomes a member
// of the kind asked for) or declined (with the reason; the owners may ask again).
import type { RequestStatus } from "@/lib/generated/prisma/enums";
import type { Workflow } from "@/lib/workflow/transitions";

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
