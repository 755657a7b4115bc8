// The contact form on a hub's page. Client-safe.
import { z } from "zod";
import { senderFields } from "@/lib/contact/schema";

export const HUB_MESSAGE_MIN = 10;
export const HUB_MESSAGE_MAX = 3000;

export const hubMessageSchema = z.object({
  hubId: z.string().min(1).max(40),
  ...senderFields,
  message: z
    .string({ error: "Write your message." })
    .trim()
    .min(HUB_MESSAGE_MIN, `Write at least ${HUB_MESSAGE_MIN} characters, so the hub knows what you are asking.`)
    .max(HUB_MESSAGE_MAX, `Keep your message under ${HUB_MESSAGE_MAX} characters.`),
});

export type HubMessageInput = z.output<typeof hubMessageSchema>;
