import "server-only";
// The emails about joining the network, each in its reader's language: to staff when owners
// ask, to the person who asked when staff decide, and to every owner when staff mark, change or
// end the hub's membership by hand.
import type { Locale } from "@/i18n/languages";
import { countryName } from "@/lib/countries";
import type { Email } from "@/lib/email/outbox";
import { emailWords } from "@/lib/email/words";
import type { MembershipKind } from "@/lib/generated/prisma/enums";
import type { MembershipDecision } from "@/lib/p2p/membership/workflow";
import { siteUrl } from "@/lib/site";

type Person = { email: string; name: string };
type EmailHub = { name: string; city: string; countryCode: string };

/** To staff: owners ask for their hub to join. Decided on the staff members page (not localised). */
export async function membershipRequestedEmail(to: string, locale: Locale, hub: EmailHub, requester: Person, request: { kind: MembershipKind; message: string }): Promise<Email> {
  const { t } = await emailWords(locale);
  const values = {
    hub: hub.name,
    place: `${hub.city}, ${countryName(hub.countryCode, locale)}`,
    name: requester.name,
    email: requester.email,
    kind: request.kind,
    message: request.message,
    queue: siteUrl("/admin/p2p/members"),
  };
  return { to, subject: t("p2pMembership.emails.toStaff.subject", values), text: t("p2pMembership.emails.toStaff.text", values) };
}

/** To the person who asked: the request was accepted (with the kind and the day it counts from) or declined (with the reason). */
export async function membershipDecisionEmail(
  to: Person,
  locale: Locale,
  decision: MembershipDecision,
  info: { hub: string; kind: MembershipKind; since: Date; message: string | null },
): Promise<Email> {
  const { t, url, day, letter } = await emailWords(locale);
  const values = { hub: info.hub, kind: info.kind, since: day(info.since), message: info.message ?? "", p2p: url("/p2p"), membership: url("/account/p2p/membership") };
  const note = decision === "accept" && info.message ? `\n\n${t("p2pMembership.emails.note", values)}` : "";
  return letter(to, t(`p2pMembership.emails.${decision}.subject`, values), t(`p2pMembership.emails.${decision}.text`, values) + note);
}

/** What staff did to a hub's membership by hand: made it a member, changed its kind or the day it joined, or ended it. */
export type MembershipChange = "marked" | "changed" | "ended";

/** To an owner of the hub: what staff changed, with the kind and the day it counts from (ended: that it is no longer a member). */
export async function membershipChangedEmail(
  to: Person,
  locale: Locale,
  change: MembershipChange,
  info: { hub: string; kind: MembershipKind; since: Date },
): Promise<Email> {
  const { t, url, day, letter } = await emailWords(locale);
  const values = { hub: info.hub, kind: info.kind, since: day(info.since), p2p: url("/p2p"), membership: url("/account/p2p/membership") };
  return letter(to, t(`p2pMembership.emails.${change}.subject`, values), t(`p2pMembership.emails.${change}.text`, values));
}
