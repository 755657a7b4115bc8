// What the report's forms accept: the applicant's answers and evidence, a photo's description,
// the host's note, staff's message and the payment. The limits are in ./rules.ts, where the forms read them.
import { z } from "zod";
import { parseIsoDay } from "@/lib/calendar";
import { listOf, optional } from "@/lib/form-fields";
import { ALT_MAX, EVIDENCE, HOST_NOTE_MAX, PAYMENT_REFERENCE_MAX, PUBLIC_SUMMARY_MAX, REPORT_TEXT_MAX, STAFF_MESSAGE_MAX } from "@/lib/p2p/reports/rules";

export const applicationId = z.string().min(1).max(40);
const text = (max: number) => z.preprocess((v) => v ?? "", z.string().trim().max(max));

export const reportSchema = z.object({
  applicationId,
  whatHappened: text(REPORT_TEXT_MAX),
  outcomes: text(REPORT_TEXT_MAX),
  nextSteps: text(REPORT_TEXT_MAX),
  publicSummary: text(PUBLIC_SUMMARY_MAX),
  evidence: optional(listOf(z.enum(EVIDENCE))).transform((v) => [...new Set(v ?? [])]),
  /** Which button: save the draft, or send it. */
  intent: z.enum(["save", "send"]).catch("save"),
});
export type ReportInput = z.output<typeof reportSchema>;

const ALT_MISSING = "p2pGrant.errors.altMissing";
export const photoSchema = z.object({
  applicationId,
  alt: z.string({ error: ALT_MISSING }).trim().min(1, ALT_MISSING).max(ALT_MAX),
});

export const removePhotoSchema = z.object({ applicationId, photoId: z.string().min(1).max(40) });

export const hostNoteSchema = z.object({ requestId: z.string().min(1).max(40), hostNote: text(HOST_NOTE_MAX) });

const MESSAGE_MISSING = "forms.errors.required";
export const changesSchema = z.object({ applicationId, message: z.string({ error: MESSAGE_MISSING }).trim().min(1, MESSAGE_MISSING).max(STAFF_MESSAGE_MAX) });
export const approveSchema = z.object({ applicationId, message: optional(z.string().trim().max(STAFF_MESSAGE_MAX)) });

/** Euros as staff type them ("1175", "1175.50", "1 175,50"): whole cents; blank for the grant itself. */
const euros = z.preprocess(
  (v) => (typeof v === "string" && v.trim() ? Math.round(Number(v.replace(/[\s€]/g, "").replace(",", ".")) * 100) : undefined),
  z.number({ error: "forms.errors.number" }).int().min(0, "forms.errors.number").max(10_000_000, "forms.errors.number").optional(),
);
export const paymentSchema = z.object({
  applicationId,
  paidEuros: euros,
  paidOn: z.string({ error: "forms.errors.date" }).transform((v, ctx) => parseIsoDay(v) ?? (ctx.addIssue({ code: "custom", message: "forms.errors.date" }), z.NEVER)),
  reference: optional(z.string().trim().max(PAYMENT_REFERENCE_MAX)),
});
