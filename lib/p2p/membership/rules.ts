// Network membership (creativehubs.net/network): the four criteria a member hub meets, shown
// to owners asking to join and to staff deciding; and the request's workflow. Client-safe.
import type { MembershipKind, RequestStatus } from "@/lib/generated/prisma/enums";
import type { Workflow } from "@/lib/workflow/transitions";

/** Their words: p2pMembership.criteria.<code>. */
export const MEMBERSHIP_CRITERIA = ["creativeFocus", "sharedBase", "physicalCommunity", "development"] as const;

/** How long the owners' account of how the hub meets the criteria may be. */
export const MEMBERSHIP_MESSAGE_MIN = 20;
export const MEMBERSHIP_MESSAGE_MAX = 3000;

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

/**
 * Where a hub stands with the network, for its owners' page: a member (of which kind, since
 * when), asked and waiting (since when), or free to ask, with staff's answer to the last
 * request when it was declined (a declined request may be followed by a new one).
 */
export type MembershipStanding =
  | { state: "member"; kind: MembershipKind; since: Date }
  | { state: "pending"; kind: MembershipKind; sentOn: Date }
  | { state: "may-ask"; declined: { on: Date | null; message: string | null } | null };

type LatestRequest = { status: RequestStatus; kind: MembershipKind; createdAt: Date; decidedAt: Date | null; decisionMessage: string | null };

export function membershipStanding(membership: { kind: MembershipKind; since: Date } | null, latest: LatestRequest | undefined): MembershipStanding {
  if (membership) return { state: "member", kind: membership.kind, since: membership.since };
  if (latest?.status === "pending") return { state: "pending", kind: latest.kind, sentOn: latest.createdAt };
  return { state: "may-ask", declined: latest?.status === "declined" ? { on: latest.decidedAt, message: latest.decisionMessage } : null };
}
