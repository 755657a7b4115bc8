import "server-only";
// The results of a round as its readers receive them, each in their own language: to the
// applicant (selected with the grant and the next step, on the reserve list, or not selected,
// with the reviewers' comments when staff chose to send them) and to every owner of the host
// hub (whether the exchange they agreed to host goes ahead). One function writes them for the
// outbox preview and for the release, so staff read exactly what goes.
import type { Locale } from "@/i18n/languages";
import type { Email } from "@/lib/email/outbox";
import { emailWords, readerLocale, type EmailWords } from "@/lib/email/words";
import type { db, Prisma } from "@/lib/db";
import type { P2PSelection } from "@/lib/generated/prisma/enums";
import { groupBy } from "@/lib/group-by";
import { formatEuros } from "@/lib/money";

const person = { name: true, email: true, locale: true } satisfies Prisma.UserSelect;

type Person = { name: string; email: string; locale: string | null };

/** What a result's emails need of an application: read by the outbox page and by the release (readResults). */
export type ResultApplication = {
  id: string;
  selection: P2PSelection | null;
  grantCents: number;
  hostGrantCents: number;
  round: { name: string };
  applicant: Person;
  visitingHub: { name: string };
  hostHub: { name: string; owners: { user: Person }[] };
  reviews: { comment: string }[];
};

type Client = Prisma.TransactionClient | typeof db;

/**
 * The applications `query` finds, with what their results' emails need. Each relation is read
 * for every application at once, one query after the other (six in all, whatever their number):
 * the release reads them in its transaction, whose single connection runs one query at a time,
 * and with several relations in one select Prisma sends their queries at once.
 */
export async function readResults(client: Client, query: Pick<Prisma.P2PApplicationFindManyArgs, "where" | "orderBy" | "skip" | "take">): Promise<ResultApplication[]> {
  const rows = await client.p2PApplication.findMany({
    ...query,
    select: { id: true, selection: true, grantCents: true, hostGrantCents: true, roundId: true, applicantId: true, visitingHubId: true, hostHubId: true },
  });
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const unique = (values: string[]) => [...new Set(values)];
  const rounds = await client.p2PRound.findMany({ where: { id: { in: unique(rows.map((r) => r.roundId)) } }, select: { id: true, name: true } });
  const applicants = await client.user.findMany({ where: { id: { in: unique(rows.map((r) => r.applicantId)) } }, select: { id: true, ...person } });
  const hubs = await client.hub.findMany({ where: { id: { in: unique(rows.flatMap((r) => [r.visitingHubId, r.hostHubId])) } }, select: { id: true, name: true } });
  const owners = await client.hubOwner.findMany({ where: { hubId: { in: unique(rows.map((r) => r.hostHubId)) } }, select: { hubId: true, user: { select: person } }, orderBy: { userId: "asc" } });
  const reviews = await client.p2PReview.findMany({ where: { applicationId: { in: ids } }, select: { applicationId: true, comment: true }, orderBy: [{ submittedAt: "asc" }, { id: "asc" }] });
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
  const [roundOf, applicantOf, hubOf] = [byId(rounds), byId(applicants), byId(hubs)];
  const [ownersByHub, reviewsByApplication] = [groupBy(owners, (o) => o.hubId), groupBy(reviews, (v) => v.applicationId)];
  const ownersOf = (hubId: string) => ownersByHub.get(hubId) ?? [];
  const reviewsOf = (applicationId: string) => reviewsByApplication.get(applicationId) ?? [];
  return rows.map((r) => ({
    id: r.id,
    selection: r.selection,
    grantCents: r.grantCents,
    hostGrantCents: r.hostGrantCents,
    round: { name: roundOf.get(r.roundId)!.name },
    applicant: (({ name, email, locale }) => ({ name, email, locale }))(applicantOf.get(r.applicantId)!),
    visitingHub: { name: hubOf.get(r.visitingHubId)!.name },
    hostHub: { name: hubOf.get(r.hostHubId)!.name, owners: ownersOf(r.hostHubId).map(({ user }) => ({ user })) },
    reviews: reviewsOf(r.id).map(({ comment }) => ({ comment })),
  }));
}

/** "promoted": a reserve selected after the release, when a place opened within the budget. */
export type Outcome = P2PSelection | "promoted";

/** A result's email with what the outbox page shows beside it. */
export type Letter = Email & { applicationId: string; reader: "applicant" | "host"; locale: Locale };

/** Whole euros without cents, as the rounds publish them: "€1,175", "1.175 €". */
const money = (w: EmailWords, cents: number) => formatEuros(cents, w.locale);

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
