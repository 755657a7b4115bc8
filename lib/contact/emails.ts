import "server-only";
import type { Locale } from "@/i18n/languages";
import { emailWords } from "@/lib/email/words";
import type { Email } from "@/lib/email/outbox";
import type { ContactInput } from "@/lib/contact/schema";

/** To each of the team (in their language): the message, with whom to answer. */
export async function contactNotification(to: string, locale: Locale, message: ContactInput & { id: string }): Promise<Email> {
  const { t } = await emailWords(locale);
  const topic = t(`contact.topics.${message.topic}`);
  return {
    to,
    subject: t("contact.emails.notification.subject", { topic, name: message.name }),
    text: t("contact.emails.notification.text", {
      from: `${message.name} <${message.email}>`,
      topic,
      reference: message.id,
      message: message.message,
      email: message.email,
    }),
  };
}

/**
 * To the sender, in the language of the page they wrote from. Deliberately free of anything
 * the sender typed: the form accepts any address, and an acknowledgement that echoed the
 * message would let anyone send their text through us.
 */
export async function contactAcknowledgement(to: string, locale: Locale, topic: ContactInput["topic"]): Promise<Email> {
  const { t, signature } = await emailWords(locale);
  return {
    to,
    subject: t("contact.emails.acknowledgement.subject"),
    text: t("contact.emails.acknowledgement.text", { site: t("common.siteName"), topic: t(`contact.topics.${topic}`) }) + signature,
  };
}
