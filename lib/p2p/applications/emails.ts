import "server-only";
// The emails about a P2P application, each in its reader's language: to the applicant (what
// happened, what comes next and by when) and to every owner of the host hub (a request to
// answer, or that it was withdrawn). Host owners read only what they need to decide: never
// the applicant's accessibility needs, which staff alone see.
import type { Locale } from "@/i18n/languages";
import { countryName } from "@/lib/countries";
import type { Email } from "@/lib/email/outbox";
import { emailWords } from "@/lib/email/words";

type Person = { email: string; name: string };

/** What the emails say about an exchange: who visits whom, when, how many. */
export type EmailExchange = {
  applicationId: string;
  applicantName: string;
  roundName: string;
  visitingHub: { name: string; countryCode: string };
  hostHub: { name: string };
  startsOn: Date;
  endsOn: Date;
  people: number;
};

async function writer(locale: Locale) {
  const words = await emailWords(locale);
  const { t, url, format } = words;
  return {
    ...words,
    /** "20–27 December 2026", the days read in UTC. */
    stay: (x: EmailExchange) => format.dateTimeRange(x.startsOn, x.endsOn, { dateStyle: "long", timeZone: "UTC" }),
    from: (x: EmailExchange) => t("p2pApply.emails.from", { hub: x.visitingHub.name, country: countryName(x.visitingHub.countryCode, locale) }),
    application: (x: EmailExchange) => url(`/account/p2p/applications/${x.applicationId}`),
  };
}

/** To each owner of the host hub: a request to answer on the site, by `dueAt`. */
export async function hostRequestEmail(to: Person, x: EmailExchange, request: { id: string; dueAt: Date }, locale: Locale): Promise<Email> {
  const w = await writer(locale);
  return w.letter(
    to,
    w.t("p2pApply.emails.hostRequest.subject", { host: x.hostHub.name }),
    w.t("p2pApply.emails.hostRequest.body", {
      applicant: x.applicantName,
      from: w.from(x),
      host: x.hostHub.name,
      round: x.roundName,
      stay: w.stay(x),
      people: x.people,
      dueAt: w.day(request.dueAt),
      url: w.url(`/account/p2p/requests/${request.id}`),
    }),
  );
}

/** To the applicant, when the application goes to a host (first or another): what happens next, by when. */
export async function sentEmail(to: Person, x: EmailExchange, opts: { dueAt: Date; closesOn: Date | null; again: boolean }, locale: Locale): Promise<Email> {
  const w = await writer(locale);
  return w.letter(
    to,
    w.t("p2pApply.emails.sent.subject", { host: x.hostHub.name }),
    w.t("p2pApply.emails.sent.body", {
      again: String(opts.again),
      host: x.hostHub.name,
      round: x.roundName,
      stay: w.stay(x),
      dueAt: w.day(opts.dueAt),
      closesOn: opts.closesOn ? w.day(opts.closesOn) : "",
      url: w.application(x),
    }),
  );
}

/** To the applicant, after withdrawing. `closesOn`: the window's last day, when they could start again. */
export async function withdrawnEmail(to: Person, x: EmailExchange, opts: { closesOn: Date | null }, locale: Locale): Promise<Email> {
  const w = await writer(locale);
  return w.letter(
    to,
    w.t("p2pApply.emails.withdrawn.subject", { host: x.hostHub.name }),
    w.t("p2pApply.emails.withdrawn.body", {
      host: x.hostHub.name,
      round: x.roundName,
      reopen: opts.closesOn ? "yes" : "no",
      closesOn: opts.closesOn ? w.day(opts.closesOn) : "",
      url: w.url("/p2p/apply"),
    }),
  );
}

/** To each owner of the host hub, when the applicant withdraws a request they had open or had agreed to. */
export async function hostWithdrawnEmail(to: Person, x: EmailExchange, opts: { accepted: boolean }, locale: Locale): Promise<Email> {
  const w = await writer(locale);
  return w.letter(
    to,
    w.t("p2pApply.emails.hostWithdrawn.subject", { applicant: x.applicantName }),
    w.t("p2pApply.emails.hostWithdrawn.body", {
      applicant: x.applicantName,
      from: w.from(x),
      host: x.hostHub.name,
      stay: w.stay(x),
      accepted: String(opts.accepted),
      url: w.url("/account/p2p/requests"),
    }),
  );
}
