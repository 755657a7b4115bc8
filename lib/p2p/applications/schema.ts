// What the application's forms accept. Server-side only in practice (the pages' client forms
// import no zod): ids are checked again against the database by the commands.
import { z } from "zod";
import { parseIsoDay } from "@/lib/calendar";
import { listOf, optional } from "@/lib/form-fields";
import { AIMS, ANSWER_LIMITS, TRAVEL_MODES } from "@/lib/p2p/applications/answers";

const id = z.string().min(1).max(40);

/** A calendar day as the date field sends it ("2027-05-03"), as a date-only value (midnight UTC). */
const day = z
  .string({ error: "forms.errors.required" })
  .trim()
  .min(1, "forms.errors.required")
  .refine((text) => parseIsoDay(text) !== null, "p2pApply.errors.dateInvalid")
  .transform((text) => parseIsoDay(text)!);

const people = z.coerce.number({ error: "forms.errors.required" }).int("forms.errors.invalid").min(1, "p2pApply.eligibility.peopleAtLeastOne").max(9);

const role = z.string({ error: "p2pApply.errors.roleMissing" }).trim().min(1, "p2pApply.errors.roleMissing").max(ANSWER_LIMITS.role);

/** The eligibility check's choices: the POST that starts a draft, and (parsed leniently) the check's GET. */
export const startApplicationSchema = z.object({
  roundId: id,
  visitingHubId: id,
  role,
  hostHubId: id,
  startsOn: day,
  endsOn: day,
  people,
});
export type StartApplicationInput = z.output<typeof startApplicationSchema>;

const text = (max: number) => optional(z.string().trim().max(max)).transform((v) => v ?? "");
const nullableText = (max: number) => optional(z.string().trim().max(max)).transform((v) => v ?? null);

/** The application's form: a draft may be saved with answers missing; sending checks them (./answers.ts). */
export const updateApplicationSchema = z.object({
  applicationId: id,
  role,
  startsOn: day,
  endsOn: day,
  people,
  partnerName: nullableText(ANSWER_LIMITS.partnerName),
  partnerRole: nullableText(ANSWER_LIMITS.partnerRole),
  partnerEmail: optional(z.string().trim().max(ANSWER_LIMITS.partnerEmail).pipe(z.email({ error: "forms.errors.email" })))
    .transform((v) => v?.toLowerCase() ?? null),
  aim: optional(z.enum(AIMS)).transform((v) => v ?? null),
  plan: listOf(z.string().trim().max(ANSWER_LIMITS.planDay)).pipe(z.array(z.string()).max(366)),
  visitorGains: text(ANSWER_LIMITS.visitorGains),
  hostGains: text(ANSWER_LIMITS.hostGains),
  sharing: text(ANSWER_LIMITS.sharing),
  travelMode: optional(z.enum(TRAVEL_MODES)).transform((v) => v ?? null),
  accessibilityNeeds: nullableText(ANSWER_LIMITS.accessibilityNeeds),
  /** "send": save, then send to the host; otherwise save only. */
  intent: z.enum(["save", "send"]).catch("save"),
  /** Honeypot: hidden from people, filled in by bots. */
  website: z.string().max(500).optional(),
});
export type UpdateApplicationInput = Omit<z.output<typeof updateApplicationSchema>, "applicationId" | "intent" | "website">;

/** Submit or withdraw: one application by id. */
export const applicationIdSchema = z.object({ applicationId: id });

/** Another host after a decline or a lapse. */
export const chooseAnotherHostSchema = z.object({ applicationId: id, hostHubId: z.string({ error: "p2pApply.errors.hostMissing" }).min(1, "p2pApply.errors.hostMissing").max(40) });

/** The eligibility check's address, as anyone may type it: what is not text of a sane length counts as not given. */
const loose = z.string().trim().max(200).optional().catch(undefined);
/** The check's address: its answers so far, and `round` (a slug) when several rounds are open and the person chose one. */
export const applyQuerySchema = z.object({ round: loose, hub: loose, role: loose, host: loose, from: loose, until: loose, people: loose });
export type ApplyQuery = z.output<typeof applyQuerySchema>;
