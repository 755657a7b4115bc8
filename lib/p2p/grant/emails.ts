import "server-only";
// The emails after selection, each in its reader's language: to the applicant at every step
// (agreement signed, report received, changes asked, approved, paid, and the report's three
// reminders), to the host hub's owners when the agreement is signed, and to staff when a report
// arrives. Each says what happened, what comes next and by when, and links to the page for it.
import type { Locale } from "@/i18n/languages";
import type { Email } from "@/lib/email/outbox";
import { emailWords } from "@/lib/email/words";
import { formatEuros } from "@/lib/money";
import { siteUrl } from "@/lib/site";

type Person = { email: string; name: string };

/** What every one of these emails may say about the exchange. */
export type GrantExchange = {
  applicationId: string;
  applicantName: string;
  roundName: string;
  visitingHub: { name: string };
  hostHub: { name: string };
  startsOn: Date;
  endsOn: Date;
  reportDueOn: Date | null;
};

/** To the applicant, about their own application. */
export type ApplicantEmail = "signed" | "reportSent" | "changesRequested" | "approved" | "paid" | "reportOpen" | "reportDueSoon" | "reportOverdue";

/** `message`: staff's words where the email carries them; `amountCents`: the sum paid; `copy`: a text kept for the reader (the agreement's terms). */
type Extra = { message?: string | null; amountCents?: number; copy?: string };

async function write(locale: Locale, key: `p2pGrant.emails.${ApplicantEmail | "hostSigned" | "reportToRead"}`, to: Person, x: GrantExchange, link: string, extra: Extra): Promise<Email> {
  const w = await emailWords(locale);
  const values = {
    applicant: x.applicantName,
    round: x.roundName,
    visiting: x.visitingHub.name,
    host: x.hostHub.name,
    stay: w.format.dateTimeRange(x.startsOn, x.endsOn, { dateStyle: "long", timeZone: "UTC" }),
    due: x.reportDueOn ? w.day(x.reportDueOn) : "",
    amount: extra.amountCents === undefined ? "" : formatEuros(extra.amountCents, locale),
    url: link.startsWith("/admin") ? siteUrl(link) : w.url(link),
  };
  const body = [w.t(`${key}.body`, values), ...(extra.message ? [w.t("p2pGrant.emails.staffWords", { message: extra.message })] : []), ...(extra.copy ? [extra.copy] : []), w.t("p2pGrant.emails.link", values)];
  return w.letter(to, w.t(`${key}.subject`, values), body.join("\n\n"));
}

export const applicantEmail = (kind: ApplicantEmail, to: Person, x: GrantExchange, locale: Locale, extra: Extra = {}) =>
  write(locale, `p2pGrant.emails.${kind}`, to, x, `/account/p2p/applications/${x.applicationId}`, extra);

/** To each owner of the host hub, once the visit is certain: the dates, and their note to write after it. */
export const hostSignedEmail = (to: Person, x: GrantExchange, locale: Locale) => write(locale, "p2pGrant.emails.hostSigned", to, x, "/account/p2p/requests", {});

/** To staff when a report arrives (staff pages are in English, the email in the reader's language). */
export const reportToReadEmail = (to: Person, x: GrantExchange, locale: Locale) => write(locale, "p2pGrant.emails.reportToRead", to, x, `/admin/p2p/applications/${x.applicationId}`, {});
