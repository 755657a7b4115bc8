import { z } from "zod";
import { senderFields } from "@/lib/form-fields";

/** What a message can be about; the words are the catalogue's (contact.topics.<topic>). */
export const CONTACT_TOPICS = ["general", "hubs", "events", "p2p", "press", "accessibility", "privacy"] as const;

export type ContactTopic = (typeof CONTACT_TOPICS)[number];

export const isContactTopic = (value: unknown): value is ContactTopic => CONTACT_TOPICS.includes(value as ContactTopic);

export const MESSAGE_MIN = 10;
export const MESSAGE_MAX = 5000;

export const contactSchema = z.object({
  ...senderFields,
  topic: z.enum(CONTACT_TOPICS, { error: "contact.errors.topicMissing" }),
  message: z
    .string({ error: "contact.errors.messageMissing" })
    .trim()
    .min(MESSAGE_MIN, "contact.errors.messageTooShort")
    .max(MESSAGE_MAX, "contact.errors.messageTooLong"),
});

export type ContactInput = z.output<typeof contactSchema>;

export const markHandledSchema = z.object({
  messageId: z.string().min(1).max(40),
  handled: z.enum(["yes", "no"]).transform((v) => v === "yes"),
});
