import "server-only";
// The emails to a member who wrote a story about their hub, in their language, at each step:
// sent for review, returned with staff's message, scheduled, published.
import type { Email } from "@/lib/email/outbox";
import { emailWords, readerLocale } from "@/lib/email/words";

export type ContributionStep = "submitted" | "returned" | "scheduled" | "published";

export async function contributionEmail(
  to: { email: string; name: string; locale: string | null },
  step: ContributionStep,
  story: { id: string; title: string; slug: string; message: string | null; scheduledFor: Date | null },
): Promise<Email> {
  const { t, url, day, letter } = await emailWords(readerLocale(to));
  const values = {
    title: story.title,
    message: story.message ?? "",
    when: story.scheduledFor ? day(story.scheduledFor) : "",
    edit: url(`/account/stories/${story.id}`),
    page: url(`/news/${story.slug}`),
  };
  return letter(to, t(`news.emails.${step}.subject`, values), t(`news.emails.${step}.text`, values));
}
