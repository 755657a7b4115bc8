// Rules about who manages a hub, as plain functions and data: how long an invitation lasts,
// what state it is in, where a person stands with a hub. Client-safe.
import type { RequestStatus } from "@/lib/generated/prisma/enums";

/** An invitation's link works once, for this long. */
export const INVITE_LIFETIME_DAYS = 14;
export const INVITE_LIFETIME_MS = INVITE_LIFETIME_DAYS * 24 * 60 * 60 * 1000;

/** How long the "how are you involved with this hub?" message of a request to manage may be. */
export const INVOLVEMENT_MAX = 1000;

type InvitationState = "valid" | "used" | "expired";

export const invitationState = (invite: { acceptedAt: Date | null; expires: Date }, now: Date): InvitationState =>
  invite.acceptedAt ? "used" : invite.expires <= now ? "expired" : "valid";

/**
 * Where a signed-in person stands with a published hub: they manage it, they have asked to
 * ("asked" also covers a request approved a moment before the owner row shows), they were
 * declined, or they may ask.
 */
export type HubStanding = "owner" | "asked" | "declined" | "may-ask";

export function hubStanding(ownsIt: boolean, request: { status: RequestStatus } | undefined): HubStanding {
  if (ownsIt) return "owner";
  if (!request) return "may-ask";
  return request.status === "declined" ? "declined" : "asked";
}
