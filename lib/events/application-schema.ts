// What the apply / register form and the application buttons accept.
import { z } from "zod";
import { optional } from "@/lib/form-fields";

const id = z.string().min(1).max(40);

const text = (max: number, missing: string, tooLong: string) =>
  z.string({ error: missing }).trim().min(1, missing).max(max, tooLong);

const optionalText = (max: number, tooLong: string) => optional(z.string().trim().max(max, tooLong));

export const applicationSchema = z.object({
  role: text(120, "Say what you do, for example “Programme manager”.", "Keep your role to 120 characters or fewer."),
  /** One of the applicant's own hubs; checked against HubOwner on the server. */
  hubId: optional(id),
  /** A hub that is not on the map, or not the applicant's to pick. */
  hubName: optionalText(120, "Keep the hub's name to 120 characters or fewer."),
  bring: text(2000, "Tell us what you would bring to the event.", "Keep this to 2,000 characters or fewer."),
  takeAway: text(2000, "Tell us what you would like to take away.", "Keep this to 2,000 characters or fewer."),
  needs: optionalText(1000, "Keep this to 1,000 characters or fewer."),
  /** Honeypot: hidden from people, filled in by bots. */
  website: z.string().max(500).optional(),
});

export type ApplicationInput = z.output<typeof applicationSchema>;

/** The apply form names its event; the edit form its application. */
export const submitApplicationSchema = applicationSchema.extend({ eventSlug: z.string().min(1).max(200) });
export const updateApplicationSchema = applicationSchema.extend({ applicationId: id });

/** Withdraw, take an offered seat, let it go: one application by id. */
export const applicationIdSchema = z.object({ applicationId: id });
