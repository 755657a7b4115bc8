import "server-only";
// What the applicant reads when the host answers their request or lets it lapse, and the
// confirmation the owner who answered receives: each in its reader's language, saying what
// happened, in the host's words where they wrote some, and what comes next.
import type { Locale } from "@/i18n/languages";
import type { Email } from "@/lib/email/outbox";
import { emailWords, type EmailWords } from "@/lib/email/words";

type Person = { email: string; name: string };

/**
 * What the applicant's email is about. `rehostUntil`: the last day of the round's window while
 * it is open (another host can be asked until then); null once it has closed.
 */
export type Outcome = { hostName: string; roundName: string; applicationId: string; rehostUntil: Date | null };

/** The owner's own answer, for their confirmation. */
export type Answered = { decision: "accept" | "decline"; hostName: string; roundName: string; applicantName: string; requestId: string; message: string | null };

const applicationUrl = (w: EmailWords, outcome: Outcome) => w.url(`/account/p2p/applications/${outcome.applicationId}`);

/** After a decline or a lapse: another host while the window is open, else only the application's page. */
function askAnother(w: EmailWords, outcome: Outcome) {
  const url = applicationUrl(w, outcome);
  return outcome.rehostUntil
    ? w.t("p2pHostRequests.emails.next.chooseAnother", { until: w.day(outcome.rehostUntil), url })
    : w.t("p2pHostRequests.emails.next.windowClosed", { url });
}

export async function hostAcceptedEmail(to: Person, outcome: Outcome, note: string | null, locale: Locale): Promise<Email> {
  const w = await emailWords(locale);
  const values = { host: outcome.hostName, round: outcome.roundName };
  return w.letter(to, w.t("p2pHostRequests.emails.accepted.subject", values), [
    w.t("p2pHostRequests.emails.accepted.said", values),
    ...(note ? [w.t("p2pHostRequests.emails.hostNote", { message: note })] : []),
    w.t("p2pHostRequests.emails.accepted.next", { url: applicationUrl(w, outcome) }),
  ].join("\n\n"));
}

export async function hostDeclinedEmail(to: Person, outcome: Outcome, reason: string, locale: Locale): Promise<Email> {
  const w = await emailWords(locale);
  const values = { host: outcome.hostName, round: outcome.roundName };
  return w.letter(to, w.t("p2pHostRequests.emails.declined.subject", values), [
    w.t("p2pHostRequests.emails.declined.said", values),
    w.t("p2pHostRequests.emails.hostReason", { message: reason }),
    askAnother(w, outcome),
  ].join("\n\n"));
}

export async function hostLapsedEmail(to: Person, outcome: Outcome, locale: Locale): Promise<Email> {
  const w = await emailWords(locale);
  const values = { host: outcome.hostName, round: outcome.roundName };
  return w.letter(to, w.t("p2pHostRequests.emails.lapsed.subject", values), [w.t("p2pHostRequests.emails.lapsed.said", values), askAnother(w, outcome)].join("\n\n"));
}

/** To the owner who answered: what they decided, for the record, and the request's page. */
export async function answerConfirmationEmail(to: Person, answered: Answered, locale: Locale): Promise<Email> {
  const w = await emailWords(locale);
  const values = { decision: answered.decision, applicant: answered.applicantName, hub: answered.hostName, round: answered.roundName };
  return w.letter(to, w.t("p2pHostRequests.emails.confirmation.subject", values), [
    w.t("p2pHostRequests.emails.confirmation.said", values),
    ...(answered.message ? [w.t("p2pHostRequests.emails.confirmation.yours", { message: answered.message })] : []),
    w.t("p2pHostRequests.emails.confirmation.link", { url: w.url(`/account/p2p/requests/${answered.requestId}`) }),
  ].join("\n\n"));
}
