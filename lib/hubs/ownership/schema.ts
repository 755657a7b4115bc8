// What the "Your hubs" forms accept. Client-safe.
import { z } from "zod";

const id = z.string().min(1).max(40);

export const hubIdSchema = z.object({ hubId: id });

export const inviteSchema = z.object({
  hubId: id,
  email: z
    .string({ error: "Enter the email address of the person to invite." })
    .trim()
    .min(1, "Enter the email address of the person to invite.")
    .max(254, "An email address has at most 254 characters.")
    .pipe(z.email({ error: "Enter an email address like name@example.org." }))
    .transform((e) => e.toLowerCase()),
});

export const removeOwnerSchema = z.object({ hubId: id, userId: id });

export const revokeInviteSchema = z.object({ hubId: id, inviteId: id });

export const acceptInviteSchema = z.object({ token: z.string().min(1).max(200) });

export const draftIdSchema = z.object({ draftId: id });

export type InviteInput = z.output<typeof inviteSchema>;
