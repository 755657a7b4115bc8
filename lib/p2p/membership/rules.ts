// Network membership (creativehubs.net/network): the four criteria a member hub meets, shown
// to owners asking to join and to staff deciding, the request's limits, and where a hub stands.
// Client-safe. The request's workflow is in lib/p2p/membership/workflow.ts.
import type { MembershipKind, RequestStatus } from "@/lib/generated/prisma/enums";

/** Their words: p2pMembership.criteria.<code>. */
export const MEMBERSHIP_CRITERIA = ["creativeFocus", "sharedBase", "physicalCommunity", "development"] as const;

/** How long the owners' account of how the hub meets the criteria may be. */
export const MEMBERSHIP_MESSAGE_MIN = 20;
export const MEMBERSHIP_MESSAGE_MAX = 3000;

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
