// What the host's two forms accept: a request by id, and the host's words (a note is
// optional, a reason required). The limits are in ./rules.ts, where the forms read them.
import { z } from "zod";
import { optional } from "@/lib/form-fields";
import { HOST_ANSWER_MAX } from "@/lib/p2p/agreement/rules";

const requestId = z.string().min(1).max(40);
const TOO_LONG = "p2pHostRequests.errors.tooLong";
const REASON_MISSING = "p2pHostRequests.errors.reasonMissing";

export const acceptHostRequestSchema = z.object({
  requestId,
  note: optional(z.string().trim().max(HOST_ANSWER_MAX, TOO_LONG)),
});

export const declineHostRequestSchema = z.object({
  requestId,
  reason: z.string({ error: REASON_MISSING }).trim().min(1, REASON_MISSING).max(HOST_ANSWER_MAX, TOO_LONG),
});
