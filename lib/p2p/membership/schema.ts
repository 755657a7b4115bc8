// What the network membership forms accept: the owners' request to join (words in
// p2pMembership.errors), and staff's decisions and changes (words in staff.p2p.members.errors).
// Client-safe.
import { z } from "zod";
import { parseIsoDay } from "@/lib/calendar";
import { blankToUndefined, optional, searchText } from "@/lib/form-fields";
import { MembershipKind } from "@/lib/generated/prisma/enums";
import { MEMBERSHIP_MESSAGE_MAX, MEMBERSHIP_MESSAGE_MIN } from "@/lib/p2p/membership/rules";
import { STAFF_MESSAGE_MAX } from "@/lib/p2p/membership/limits";

const id = z.string().min(1).max(40);

/** An owner asks for their hub to join, saying how it meets the four criteria. */
export const membershipRequestSchema = z.object({
  hubId: id,
  kind: z.enum(MembershipKind, { error: "p2pMembership.errors.kind" }),
  message: z.preprocess(
    blankToUndefined,
    z
      .string({ error: "p2pMembership.errors.messageMissing" })
      .trim()
      .min(MEMBERSHIP_MESSAGE_MIN, "p2pMembership.errors.messageTooShort")
      .max(MEMBERSHIP_MESSAGE_MAX, "p2pMembership.errors.messageTooLong"),
  ),
});

export type MembershipRequestInput = z.output<typeof membershipRequestSchema>;

/** Accepting may carry a note to the owners; declining must say why. */
export const acceptMembershipSchema = z.object({
  requestId: id,
  message: optional(z.string().trim().max(STAFF_MESSAGE_MAX, "staff.p2p.members.errors.messageTooLong")),
});

export const declineMembershipSchema = z.object({
  requestId: id,
  message: z.preprocess(
    blankToUndefined,
    z.string({ error: "staff.p2p.members.errors.reasonMissing" }).trim().max(STAFF_MESSAGE_MAX, "staff.p2p.members.errors.messageTooLong"),
  ),
});

export type MembershipDecisionInput = { requestId: string; message?: string | undefined };

/** Staff mark a hub as a member, or change its kind or the day it joined. */
export const setMembershipSchema = z.object({
  hubId: id,
  kind: z.enum(MembershipKind, { error: "staff.p2p.members.errors.kind" }),
  since: z.string({ error: "staff.p2p.members.errors.since" }).transform((v, ctx) => {
    const day = parseIsoDay(v);
    if (day) return day;
    ctx.addIssue({ code: "custom", message: "staff.p2p.members.errors.since" });
    return z.NEVER;
  }),
});

export type SetMembershipInput = z.output<typeof setMembershipSchema>;

export const hubIdSchema = z.object({ hubId: id });

/** The members page's address: the hub search (to mark a hub as a member) and the pages of its lists. */
export const memberListSchema = z.object({
  q: searchText,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  rpage: z.coerce.number().int().min(1).max(10_000).catch(1),
});
