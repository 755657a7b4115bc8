// The contact form on a hub's page. Client-safe.
import { z } from "zod";
import { senderFields } from "@/lib/form-fields";
import { HUB_MESSAGE_MAX, HUB_MESSAGE_MIN } from "@/lib/hubs/contact/rules";

export const hubMessageSchema = z.object({
  hubId: z.string().min(1).max(40),
  ...senderFields,
  message: z
    .string({ error: "hubManagement.contact.errors.messageMissing" })
    .trim()
    .min(HUB_MESSAGE_MIN, "hubManagement.contact.errors.messageTooShort")
    .max(HUB_MESSAGE_MAX, "hubManagement.contact.errors.messageTooLong"),
});

export type HubMessageInput = z.output<typeof hubMessageSchema>;
