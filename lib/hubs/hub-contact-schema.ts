// The contact form on a hub's page. Client-safe.
import { z } from "zod";

export const HUB_MESSAGE_MIN = 10;
export const HUB_MESSAGE_MAX = 3000;

export const hubMessageSchema = z.object({
  hubId: z.string().min(1).max(40),
  name: z.string({ error: "Enter your name." }).trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
  email: z
    .string({ error: "Enter your email address." })
    .trim()
    .min(1, "Enter your email address.")
    .max(254, "An email address has at most 254 characters.")
    .pipe(z.email({ error: "Enter an email address like name@example.org." }))
    .transform((e) => e.toLowerCase()),
  message: z
    .string({ error: "Write your message." })
    .trim()
    .min(HUB_MESSAGE_MIN, `Write at least ${HUB_MESSAGE_MIN} characters, so the hub knows what you are asking.`)
    .max(HUB_MESSAGE_MAX, `Keep your message under ${HUB_MESSAGE_MAX} characters.`),
  /** Honeypot: hidden from people, filled in by bots. */
  website: z.string().max(500).optional(),
});

export type HubMessageInput = z.output<typeof hubMessageSchema>;
