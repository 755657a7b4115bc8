// What the moderation forms and the queue's address accept.
import { z } from "zod";
import { optional, searchText } from "@/lib/form-fields";

const id = z.string().min(1).max(40);
const version = z.string().regex(/^[0-9a-f]{32}$/);

const note = (required: string | null) => {
  const text = z.string().trim().max(4000, "Keep the message to 4,000 characters or fewer.");
  return required
    ? z.string({ error: required }).pipe(text.min(1, required))
    : optional(text);
};

/** One schema for the four decisions: the `decision` field says which, and whether a message is needed. */
export const hubDecisionSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), hubId: id, version }),
  z.object({ decision: z.literal("request-changes"), hubId: id, version, message: note("Tell the owners what to change.") }),
  z.object({ decision: z.literal("reject"), hubId: id, version, message: note("Give the reason, so the owners understand the decision.") }),
  z.object({ decision: z.literal("archive"), hubId: id, version, message: note(null) }),
]);

export type HubDecisionInput = z.output<typeof hubDecisionSchema>;

export const requestDecisionSchema = z.object({
  requestId: id,
  decision: z.enum(["approve", "decline"]),
  message: note(null),
  /** Which page to come back to. */
  from: z.enum(["queue", "hub"]).catch("queue"),
});

export type RequestDecisionInput = z.output<typeof requestDecisionSchema>;

export const MODERATION_VIEWS = ["review", "published", "changes_requested", "rejected", "archived"] as const;
export type ModerationView = (typeof MODERATION_VIEWS)[number];

export const moderationListSchema = z.object({
  show: z.enum(MODERATION_VIEWS).catch("review"),
  q: searchText,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  /** The page of the "ask to manage" requests, beside the hubs' own page. */
  rpage: z.coerce.number().int().min(1).max(10_000).catch(1),
});
