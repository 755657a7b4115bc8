import "server-only";
// The two emails of a message through a hub's page, in the language of the page the sender
// wrote from: neither the hub's contact address nor the sender has an account we could ask.
import type { Locale } from "@/i18n/languages";
import type { Email } from "@/lib/email/outbox";
import { emailWords } from "@/lib/email/words";
import type { HubMessageInput } from "@/lib/hubs/contact/schema";

type Hub = { name: string; slug: string; contactEmail: string };

/** To the hub: the message and the sender's address, so the hub can simply reply. */
export async function hubMessageToHub(locale: Locale, hub: Hub, message: HubMessageInput): Promise<Email> {
  const { t, url } = await emailWords(locale);
  const values = { hub: hub.name, site: t("common.siteName"), hubUrl: url(`/hubs/${hub.slug}`), sender: message.name, email: message.email, message: message.message };
  return { to: hub.contactEmail, subject: t("hubManagement.contact.emails.toHub.subject", values), text: t("hubManagement.contact.emails.toHub.text", values) };
}

/**
 * To the sender. Deliberately free of anything they typed: the form accepts any address,
 * and an acknowledgement that echoed the message would let anyone send their text through us.
 */
export async function hubMessageAcknowledgement(to: string, locale: Locale, hub: Hub): Promise<Email> {
  const { t, url, signature } = await emailWords(locale);
  const values = { hub: hub.name, hubUrl: url(`/hubs/${hub.slug}`) };
  return { to, subject: t("hubManagement.contact.emails.acknowledgement.subject", values), text: t("hubManagement.contact.emails.acknowledgement.text", values) + signature };
}
