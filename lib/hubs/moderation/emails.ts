import "server-only";
// The emails moderation sends, in each reader's language: what was decided, the moderator's
// words, and what comes next.
import type { Locale } from "@/i18n/languages";
import type { Email } from "@/lib/email/outbox";
import { emailWords } from "@/lib/email/words";
import type { HubDecision } from "@/lib/hubs/moderation/rules";

type HubRef = { name: string; slug: string };

/** The moderator's words, indented under a line that introduces them; nothing when there are none. */
const quoted = (message: string | null | undefined, intro: string) => (message ? `\n\n${intro}\n\n${message.replace(/^/gm, "  ")}` : "");

export async function hubDecisionEmail(to: string, locale: Locale, hub: HubRef, decision: HubDecision, message: string | null | undefined): Promise<Email> {
  const { t, url, signature } = await emailWords(locale);
  const values = { hub: hub.name, hubUrl: url(`/hubs/${hub.slug}`), myHubs: url("/account/hubs"), contact: url("/contact") };
  const wrote = t("hubManagement.moderation.emails.moderatorWrote");
  const reason = t("hubManagement.moderation.emails.reason");
  switch (decision) {
    case "approve":
      return { to, subject: t("hubManagement.moderation.emails.approve.subject", values), text: t("hubManagement.moderation.emails.approve.text", values) + signature };
    case "requestChanges":
      return {
        to,
        subject: t("hubManagement.moderation.emails.requestChanges.subject", values),
        text: t("hubManagement.moderation.emails.requestChanges.text", { ...values, quote: quoted(message, wrote) }) + signature,
      };
    case "reject":
      return {
        to,
        subject: t("hubManagement.moderation.emails.reject.subject", values),
        text: t("hubManagement.moderation.emails.reject.text", { ...values, quote: quoted(message, reason) }) + signature,
      };
    case "archive":
      return {
        to,
        subject: t("hubManagement.moderation.emails.archive.subject", values),
        text: t("hubManagement.moderation.emails.archive.text", { ...values, quote: quoted(message, reason) }) + signature,
      };
  }
}

export async function managerApprovedEmail(to: string, locale: Locale, hub: HubRef): Promise<Email> {
  const { t, url, signature } = await emailWords(locale);
  const values = { hub: hub.name, myHubs: url("/account/hubs") };
  return { to, subject: t("hubManagement.requests.emails.approved.subject", values), text: t("hubManagement.requests.emails.approved.text", values) + signature };
}

/** To the hub's existing owners: who joined them, so nobody is surprised by a new co-owner. */
export async function managerAddedEmail(to: string, locale: Locale, hub: HubRef, newManager: string): Promise<Email> {
  const { t, url, signature } = await emailWords(locale);
  const values = { hub: hub.name, manager: newManager, myHubs: url("/account/hubs"), contact: url("/contact") };
  return { to, subject: t("hubManagement.requests.emails.added.subject", values), text: t("hubManagement.requests.emails.added.text", values) + signature };
}

export async function managerDeclinedEmail(to: string, locale: Locale, hub: HubRef, message: string | null | undefined): Promise<Email> {
  const { t, url, signature } = await emailWords(locale);
  const values = { hub: hub.name, contact: url("/contact"), quote: quoted(message, t("hubManagement.moderation.emails.moderatorWrote")) };
  return { to, subject: t("hubManagement.requests.emails.declined.subject", values), text: t("hubManagement.requests.emails.declined.text", values) + signature };
}
