import { z } from "zod";

export const CONTACT_TOPICS = [
  { value: "general", label: "General enquiry" },
  { value: "hubs", label: "Hubs and the map" },
  { value: "events", label: "Events" },
  { value: "p2p", label: "P2P exchanges" },
  { value: "press", label: "Press" },
  { value: "accessibility", label: "Accessibility" },
  { value: "privacy", label: "Your data and privacy" },
] as const;

export type ContactTopic = (typeof CONTACT_TOPICS)[number]["value"];

export const contactTopicLabel = (topic: string): string => CONTACT_TOPICS.find((t) => t.value === topic)?.label ?? topic;

export const MESSAGE_MIN = 10;
export const MESSAGE_MAX = 5000;

const topicValues = CONTACT_TOPICS.map((t) => t.value) as [ContactTopic, ...ContactTopic[]];

/** Who is writing, and the bots' trap: shared by every form that relays a message. */
export const senderFields = {
  name: z.string({ error: "Enter your name." }).trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
  email: z
    .string({ error: "Enter your email address." })
    .trim()
    .min(1, "Enter your email address.")
    .max(254, "An email address has at most 254 characters.")
    .pipe(z.email({ error: "Enter an email address like name@example.org." }))
    .transform((e) => e.toLowerCase()),
  /** Honeypot: hidden from people, filled in by bots. */
  website: z.string().max(500).optional(),
};

export const contactSchema = z.object({
  ...senderFields,
  topic: z.enum(topicValues, { error: "Choose what your message is about." }),
  message: z
    .string({ error: "Write your message." })
    .trim()
    .min(MESSAGE_MIN, `Write at least ${MESSAGE_MIN} characters, so we can help.`)
    .max(MESSAGE_MAX, `Keep your message under ${MESSAGE_MAX} characters.`),
});

export type ContactInput = z.output<typeof contactSchema>;

export const markHandledSchema = z.object({
  messageId: z.string().min(1).max(40),
  handled: z.enum(["yes", "no"]).transform((v) => v === "yes"),
});
