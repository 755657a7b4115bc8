import "server-only";
// The emails to a member about their suggestion for the library, in their language: received,
// accepted (staff will describe it and publish it), declined with staff's message.
import type { Email } from "@/lib/email/outbox";
import { emailWords, readerLocale } from "@/lib/email/words";

export type SuggestionStep = "received" | "accepted" | "declined";

export async function suggestionEmail(
  to: { email: string; name: string; locale: string | null },
  step: SuggestionStep,
  suggestion: { title: string; url: string; message: string | null },
): Promise<Email> {
  const { t, url, letter } = await emailWords(readerLocale(to));
  const values = { title: suggestion.title, address: suggestion.url, message: suggestion.message ?? "", list: url("/account/suggestions") };
  return letter(to, t(`toolSuggestions.emails.${step}.subject`, values), t(`toolSuggestions.emails.${step}.text`, values));
}
