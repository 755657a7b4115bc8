// What the "Your hubs" forms and the "ask to manage it" form accept. Client-safe.
import { z } from "zod";
import { INVOLVEMENT_MAX } from "@/lib/hubs/ownership/rules";

const id = z.string().min(1).max(40);

export const hubIdSchema = z.object({ hubId: id });

export const inviteSchema = z.object({
  hubId: id,
  email: z
    .string({ error: "hubManagement.ownership.errors.inviteEmailMissing" })
    .trim()
    .min(1, "hubManagement.ownership.errors.inviteEmailMissing")
    .max(254)
    .pipe(z.email())
    .transform((e) => e.toLowerCase()),
});

export const removeOwnerSchema = z.object({ hubId: id, userId: id });

export const revokeInviteSchema = z.object({ hubId: id, inviteId: id });

export const acceptInviteSchema = z.object({ token: z.string().min(1).max(200) });

export const draftIdSchema = z.object({ draftId: id });

export type InviteInput = z.output<typeof inviteSchema>;

const INVOLVEMENT_MIN = 10;

/** "This is my hub — ask to manage it": a sentence or two for staff about the person's role. */
export const managementRequestSchema = z.object({
  hubId: id,
  message: z
    .string({ error: "hubManagement.askToManage.errors.involvementMissing" })
    .trim()
    .min(INVOLVEMENT_MIN, "hubManagement.askToManage.errors.involvementTooShort")
    .max(INVOLVEMENT_MAX),
});

export type ManagementRequestInput = z.output<typeof managementRequestSchema>;
