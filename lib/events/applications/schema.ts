// What the apply / register form and the application buttons accept. Client-safe.
import { z } from "zod";
import { optional } from "@/lib/form-fields";
import type { MessageKey } from "@/lib/message";

const id = z.string().min(1).max(40);

const text = (max: number, missing: MessageKey, tooLong: MessageKey) => z.string({ error: missing }).trim().min(1, missing).max(max, tooLong);

const optionalText = (max: number, tooLong: MessageKey) => optional(z.string().trim().max(max, tooLong));

export const applicationSchema = z.object({
  role: text(120, "eventApplications.errors.roleMissing", "eventApplications.errors.roleTooLong"),
  /** One of the applicant's own hubs; checked against HubOwner on the server. */
  hubId: optional(id),
  /** A hub that is not on the map, or not the applicant's to pick. */
  hubName: optionalText(120, "eventApplications.errors.hubNameTooLong"),
  bring: text(2000, "eventApplications.errors.bringMissing", "eventApplications.errors.answerTooLong"),
  takeAway: text(2000, "eventApplications.errors.takeAwayMissing", "eventApplications.errors.answerTooLong"),
  needs: optionalText(1000, "eventApplications.errors.answerTooLong"),
  /** Honeypot: hidden from people, filled in by bots. */
  website: z.string().max(500).optional(),
});

export type ApplicationInput = z.output<typeof applicationSchema>;

/** The apply form names its event; the edit form its application. */
export const submitApplicationSchema = applicationSchema.extend({ eventSlug: z.string().min(1).max(200) });
export const updateApplicationSchema = applicationSchema.extend({ applicationId: id });

/** Withdraw, take an offered seat, let it go: one application by id. */
export const applicationIdSchema = z.object({ applicationId: id });
