import "server-only";
// The grant agreement's text, in one language: what the applicant reads before accepting and
// what is stored as accepted (P2PApplication.agreementTerms), written by the same function so
// the two are the same words. Generic on purpose: the grants, the dates and four plain
// commitments; no clause about any organisation's law or liability.
import type { Locale } from "@/i18n/languages";
import { emailWords } from "@/lib/email/words";
import { formatEuros } from "@/lib/money";
import { REPORT_DAYS } from "@/lib/p2p/grant/rules";

export type AgreementFacts = {
  roundName: string;
  applicantName: string;
  visitingHub: { name: string };
  hostHub: { name: string };
  startsOn: Date;
  endsOn: Date;
  grantCents: number;
  hostGrantCents: number;
  reportDueOn: Date;
};

/** The terms as plain text, one paragraph a line group; dates read in UTC (date-only values). */
export async function agreementTerms(facts: AgreementFacts, locale: Locale): Promise<string> {
  const { t, format, day } = await emailWords(locale);
  const euros = (cents: number) => formatEuros(cents, locale);
  const values = {
    round: facts.roundName,
    applicant: facts.applicantName,
    visiting: facts.visitingHub.name,
    host: facts.hostHub.name,
    stay: format.dateTimeRange(facts.startsOn, facts.endsOn, { dateStyle: "long", timeZone: "UTC" }),
    grant: euros(facts.grantCents),
    hostGrant: euros(facts.hostGrantCents),
    due: day(facts.reportDueOn),
    days: REPORT_DAYS,
  };
  const key = "p2pGrant.terms" as const;
  return [
    t(`${key}.title`, values),
    t(`${key}.exchange`, values),
    t(`${key}.grants`, values),
    t(`${key}.commit`, values),
    [t(`${key}.use`, values), t(`${key}.evidence`, values), t(`${key}.report`, values), t(`${key}.share`, values)].map((line, i) => `${i + 1}. ${line}`).join("\n"),
    t(`${key}.payment`, values),
    t(`${key}.record`, values),
  ].join("\n\n");
}
