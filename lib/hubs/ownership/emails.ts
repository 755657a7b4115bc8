import "server-only";
// The emails about who manages a hub, in each reader's language: invitations, new and removed
// co-owners, requests to manage a hub (to staff) and the yearly confirmation reminder.
import { createFormatter } from "next-intl";
import type { Locale } from "@/i18n/languages";
import { countryName } from "@/lib/countries";
import type { Email } from "@/lib/email/outbox";
import { emailWords } from "@/lib/email/words";
import { siteUrl } from "@/lib/site";
import { SITE_TIME_ZONE } from "@/lib/timestamps";

const day = (locale: Locale, date: Date) => createFormatter({ locale, timeZone: SITE_TIME_ZONE }).dateTime(date, { dateStyle: "long" });

export async function hubInviteEmail(to: string, locale: Locale, invite: { hubName: string; inviterName: string; secret: string; expires: Date }): Promise<Email> {
  const { t, url, signature } = await emailWords(locale);
  const values = {
    hub: invite.hubName,
    inviter: invite.inviterName,
    site: t("common.siteName"),
    email: to,
    link: url(`/account/hubs/invite?token=${encodeURIComponent(invite.secret)}`),
    expires: day(locale, invite.expires),
  };
  return { to, subject: t("hubManagement.ownership.emails.invite.subject", values), text: t("hubManagement.ownership.emails.invite.text", values) + signature };
}

export async function inviteAcceptedEmail(to: string, locale: Locale, info: { hubName: string; ownerName: string }): Promise<Email> {
  const { t, url, signature } = await emailWords(locale);
  const values = { hub: info.hubName, owner: info.ownerName, myHubs: url("/account/hubs") };
  return { to, subject: t("hubManagement.ownership.emails.inviteAccepted.subject", values), text: t("hubManagement.ownership.emails.inviteAccepted.text", values) + signature };
}

export async function ownerRemovedEmail(to: string, locale: Locale, info: { hubName: string }): Promise<Email> {
  const { t, url, signature } = await emailWords(locale);
  const values = { hub: info.hubName, contact: url("/contact") };
  return { to, subject: t("hubManagement.ownership.emails.ownerRemoved.subject", values), text: t("hubManagement.ownership.emails.ownerRemoved.text", values) + signature };
}

export async function confirmationReminderEmail(to: string, locale: Locale, info: { hubName: string; confirmedAt: Date }): Promise<Email> {
  const { t, url, signature } = await emailWords(locale);
  const values = { hub: info.hubName, confirmed: day(locale, info.confirmedAt), myHubs: url("/account/hubs") };
  return { to, subject: t("hubManagement.ownership.emails.reminder.subject", values), text: t("hubManagement.ownership.emails.reminder.text", values) + signature };
}

/** To staff: someone says they run a listed hub. Decided in the moderation queue (not localised). */
export async function managementRequestEmail(
  to: string,
  locale: Locale,
  hub: { name: string; city: string; countryCode: string },
  requester: { name: string; email: string },
  message: string,
): Promise<Email> {
  const { t } = await emailWords(locale);
  const values = { hub: hub.name, place: `${hub.city}, ${countryName(hub.countryCode, locale)}`, name: requester.name, email: requester.email, message, queue: siteUrl("/admin/hubs") };
  return { to, subject: t("hubManagement.requests.emails.toStaff.subject", values), text: t("hubManagement.requests.emails.toStaff.text", values) };
}
