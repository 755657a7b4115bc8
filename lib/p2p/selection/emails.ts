import "server-only";
// The results of a round as its readers receive them, each in their own language: to the
// applicant (selected with the grant and the next step, on the reserve list, or not selected,
// with the reviewers' comments when staff chose to send them) and to every owner of the host
// hub (whether the exchange they agreed to host goes ahead). One function writes them for the
// outbox preview and for the release, so staff read exactly what goes.
import type { Locale } from "@/i18n/languages";
import type { Email } from "@/lib/email/outbox";
import { emailWords, readerLocale, type EmailWords } from "@/lib/email/words";
import type { Prisma } from "@/lib/db";
import type { P2PSelection } from "@/lib/generated/prisma/enums";

const person = { name: true, email: true, locale: true } satisfies Prisma.UserSelect;

/** What a result's emails need of an application: read by the outbox page and by the release. */
export const resultSelect = {
  id: true,
  selection: true,
  grantCents: true,
  hostGrantCents: true,
  round: { select: { name: true } },
  applicant: { select: person },
  visitingHub: { select: { name: true } },
  hostHub: { select: { name: true, owners: { select: { user: { select: person } }, orderBy: { userId: "asc" } } } },
  reviews: { select: { comment: true }, orderBy: { submittedAt: "asc" } },
} satisfies Prisma.P2PApplicationSelect;

export type ResultApplication = Prisma.P2PApplicationGetPayload<{ select: typeof resultSelect }>;

/** "promoted": a reserve selected after the release, when a place opened within the budget. */
export type Outcome = P2PSelection | "promoted";

/** A result's email with what the outbox page shows beside it. */
export type Letter = Email & { applicationId: string; reader: "applicant" | "host"; locale: Locale };

/** Whole euros without cents, as the rounds publish them: "€1,175", "1.175 €". */
const money = (w: EmailWords, cents: number) =>
  w.format.number(cents / 100, { style: "currency", currency: "EUR", minimumFractionDigits: cents % 100 ? 2 : 0, maximumFractionDigits: cents % 100 ? 2 : 0 });

function facts(w: EmailWords, a: ResultApplication) {
  return {
    applicant: a.applicant.name,
    visiting: a.visitingHub.name,
    host: a.hostHub.name,
    round: a.round.name,
    grant: money(w, a.grantCents),
    hostGrant: money(w, a.hostGrantCents),
    url: w.url(`/account/p2p/applications/${a.id}`),
  };
}

function applicantBody(w: EmailWords, a: ResultApplication, outcome: Outcome, withComments: boolean): string {
  const values = facts(w, a);
  const parts =
    outcome === "selected" || outcome === "promoted"
      ? [w.t(`p2pGrant.results.${outcome}.said`, values), w.t("p2pGrant.results.selected.grant", values), w.t("p2pGrant.results.selected.next", values)]
      : outcome === "reserve"
        ? [w.t("p2pGrant.results.reserve.said", values), w.t("p2pGrant.results.reserve.next", values)]
        : [w.t("p2pGrant.results.notSelected.said", values), w.t("p2pGrant.results.notSelected.next", values)];
  const comments = withComments ? a.reviews.map((r) => r.comment.trim()).filter(Boolean) : [];
  if (comments.length) parts.push([w.t("p2pGrant.results.comments.intro"), ...comments.map((comment) => w.t("p2pGrant.results.comments.item", { comment }))].join("\n"));
  return parts.join("\n\n");
}

/**
 * The emails one application's result sends: to its applicant, and to each owner of its host
 * hub, each in the reader's language. The reviewers' comments go to the applicant only, and
 * only when staff chose to send them; they never name the reviewer.
 */
export async function resultLetters(a: ResultApplication, outcome: Outcome, opts: { withComments: boolean }): Promise<Letter[]> {
  const subjectOutcome = outcome === "promoted" ? "selected" : outcome;
  const applicantLocale = readerLocale(a.applicant);
  const w = await emailWords(applicantLocale);
  const letters: Letter[] = [
    {
      ...w.letter(a.applicant, w.t("p2pGrant.results.subject", { outcome: subjectOutcome, host: a.hostHub.name, round: a.round.name }), applicantBody(w, a, outcome, opts.withComments)),
      applicationId: a.id,
      reader: "applicant",
      locale: applicantLocale,
    },
  ];
  for (const { user } of a.hostHub.owners) {
    const locale = readerLocale(user);
    const h = await emailWords(locale);
    const values = { ...facts(h, a), outcome: subjectOutcome };
    letters.push({
      ...h.letter(user, h.t("p2pGrant.results.host.subject", values), [h.t("p2pGrant.results.host.said", values), h.t("p2pGrant.results.host.next", values)].join("\n\n")),
      applicationId: a.id,
      reader: "host",
      locale,
    });
  }
  return letters;
}
