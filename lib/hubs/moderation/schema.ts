// What the moderation forms and the queue's address accept.
import { z } from "zod";
import { optional, searchText } from "@/lib/form-fields";
import type { MessageKey } from "@/lib/message";
import { MODERATOR_MESSAGE_MAX } from "@/lib/hubs/moderation/limits";

const id = z.string().min(1).max(40);
const version = z.string().regex(/^[0-9a-f]{32}$/);

const note = (required: MessageKey | null) => {
  const text = z.string().trim().max(MODERATOR_MESSAGE_MAX);
  return required ? z.string({ error: required }).pipe(text.min(1, required)) : optional(text);
};

/** Every decision names the hub and the version of its fields the moderator read. */
const decided = { hubId: id, version };

export const approveHubSchema = z.object(decided);
export const requestHubChangesSchema = z.object({ ...decided, message: note("hubManagement.moderation.errors.changesMissing") });
export const rejectHubSchema = z.object({ ...decided, message: note("hubManagement.moderation.errors.reasonMissing") });
export const archiveHubAsStaffSchema = z.object({ ...decided, message: note(null) });

export type HubDecisionInput = { hubId: string; version: string; message?: string | undefined };

export const requestDecisionSchema = z.object({
  requestId: id,
  message: note(null),
  /** Which page to come back to. */
  from: z.enum(["queue", "hub"]).catch("queue"),
});

export const MODERATION_VIEWS = ["review", "published", "changes_requested", "rejected", "archived"] as const;
export type ModerationView = (typeof MODERATION_VIEWS)[number];

export const moderationListSchema = z.object({
  show: z.enum(MODERATION_VIEWS).catch("review"),
  q: searchText,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  /** The page of the "ask to manage" requests, beside the hubs' own page. */
  rpage: z.coerce.number().int().min(1).max(10_000).catch(1),
});
