// What the suggestion forms accept: a member's suggestion (a title, an http(s) address, why it
// helps), and staff's answer (accept into a draft of a type; decline with a message). Messages
// beside each field come from toolSuggestions.errors (every language). Client-safe.
import { z } from "zod";
import type { MessageKey } from "@/lib/message";
import { RESOURCE_TYPES } from "@/lib/resources/taxonomy";
import { MAX_DECLINE_MESSAGE, MAX_SUGGESTION_REASON, MAX_SUGGESTION_TITLE, MAX_SUGGESTION_URL } from "@/lib/resources/suggestions/limits";
import { webAddress } from "@/lib/net/web-address";

const key = (k: MessageKey) => k;

const text = (missing: MessageKey, max: number, tooLong: MessageKey) => z.string({ error: missing }).trim().min(1, missing).max(max, tooLong);

/**
 * A public web address, written as the browser would (lower-case host, "/" for a bare site), so
 * that the same page typed twice is seen as one. Only http and https (no javascript:, no file:),
 * with a dotted host and no user name or password.
 */
const suggestedAddress = z
  .string({ error: key("toolSuggestions.errors.urlMissing") })
  .trim()
  .min(1, key("toolSuggestions.errors.urlMissing"))
  .max(MAX_SUGGESTION_URL, key("toolSuggestions.errors.urlTooLong"))
  .transform((v, ctx) => {
    const u = webAddress(v);
    if (u?.hostname.includes(".")) return u.href;
    ctx.addIssue({ code: "custom", message: key("toolSuggestions.errors.url") });
    return z.NEVER;
  })
  .pipe(z.string().max(MAX_SUGGESTION_URL, key("toolSuggestions.errors.urlTooLong")));

export const suggestionSchema = z.object({
  title: text(key("toolSuggestions.errors.titleMissing"), MAX_SUGGESTION_TITLE, key("toolSuggestions.errors.titleTooLong")),
  url: suggestedAddress,
  reason: text(key("toolSuggestions.errors.reasonMissing"), MAX_SUGGESTION_REASON, key("toolSuggestions.errors.reasonTooLong")),
});

export type SuggestionInput = z.output<typeof suggestionSchema>;

const suggestionId = z.string().min(1).max(40);

/** Staff accept a suggestion into a draft resource of this type (a guide unless they choose). */
export const acceptSuggestionSchema = z.object({
  suggestionId,
  type: z.preprocess((v) => (v === undefined || v === "" ? "guide" : v), z.enum(RESOURCE_TYPES)),
});

/** Staff decline a suggestion: the message is emailed to the member, so it is required. */
export const declineSuggestionSchema = z.object({
  suggestionId,
  message: z.string({ error: key("forms.errors.required") }).trim().min(1, key("forms.errors.required")).max(MAX_DECLINE_MESSAGE),
});
