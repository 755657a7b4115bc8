import "server-only";
// The grant agreement and the payment: the applicant of a selected application accepts the
// agreement (the terms in the language they read them, the name they typed, the time, and the
// report's due day are stored); staff record the payment once the report is approved. Each is
// one transaction under the application's row lock, through the application's workflow, which
// refuses, moves, audits and queues the emails.
import { DEFAULT_LOCALE, type Locale } from "@/i18n/languages";
import { assertStaff, type Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { deliverOutboxSoon } from "@/lib/email/outbox";
import { readerLocale } from "@/lib/email/words";
import { NotFoundError, UserError } from "@/lib/errors";
import { msg } from "@/lib/message";
import { hubOwners } from "@/lib/p2p/applications/facts";
import { APPLICATION_WORKFLOW, type ApplicationDecision } from "@/lib/p2p/applications/workflow";
import { applicantEmail, hostSignedEmail } from "@/lib/p2p/grant/emails";
import { exchangeOf, lockApplication, moveFrom, type LockedGrantApplication } from "@/lib/p2p/grant/lock";
import { reportDueOn } from "@/lib/p2p/grant/rules";
import { agreementTerms } from "@/lib/p2p/grant/terms";
import { takeDecision } from "@/lib/workflow/take";

type Context = { now?: Date; pageLocale?: Locale };

/** Under the row lock nothing else moves it; were it moved, the workflow's own refusal. */
export const staleRefusal = (a: LockedGrantApplication, decision: ApplicationDecision) => async (): Promise<never> => {
  throw UserError.of(msg(APPLICATION_WORKFLOW.refusal, { decision, status: a.status }));
};

/** The terms a selected application's applicant reads, in `locale`: the page shows them, signing stores them. */
export function termsFor(a: Pick<LockedGrantApplication, "applicant" | "round" | "visitingHub" | "hostHub" | "startsOn" | "endsOn" | "grantCents" | "hostGrantCents">, locale: Locale) {
  return agreementTerms(
    { roundName: a.round.name, applicantName: a.applicant.name, visitingHub: a.visitingHub, hostHub: a.hostHub, startsOn: a.startsOn, endsOn: a.endsOn, grantCents: a.grantCents, hostGrantCents: a.hostGrantCents, reportDueOn: reportDueOn(a.endsOn) },
    locale,
  );
}

/**
 * The applicant accepts the grant agreement of their selected application: `name` as they typed
 * it (./rules.ts says why it is not compared with the account's name). The terms stored are the
 * ones shown on the page in `pageLocale`. The applicant gets a copy; the host's owners are told the visit is certain.
 */
export async function signGrantAgreement(actor: Actor<"id"> | null, applicationId: string, input: { name: string }, { now = new Date(), pageLocale = DEFAULT_LOCALE }: Context = {}) {
  if (!actor) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    const a = await lockApplication(tx, { id: applicationId, applicantId: actor.id });
    const due = reportDueOn(a.endsOn);
    const terms = await termsFor(a, pageLocale);
    await takeDecision(tx, APPLICATION_WORKFLOW, {
      actorId: actor.id,
      actorIs: ["party"],
      decision: "sign",
      targetId: a.id,
      status: a.status,
      move: moveFrom(tx, a, { agreementTerms: terms, agreementName: input.name, agreementSignedAt: now, reportDueOn: due }),
      stale: staleRefusal(a, "sign"),
      emails: async () => {
        const x = { ...exchangeOf(a), reportDueOn: due };
        const emails = [await applicantEmail("signed", a.applicant, x, readerLocale(a.applicant, pageLocale), { copy: terms })];
        for (const owner of await hubOwners(tx, a.hostHubId)) emails.push(await hostSignedEmail(owner, x, readerLocale(owner, pageLocale)));
        return emails;
      },
      data: { name: input.name, reportDueOn: due.toISOString().slice(0, 10), locale: pageLocale },
    });
  });
  deliverOutboxSoon();
}

/**
 * Staff record the payment of an approved report's grant: one record for the exchange, the
 * visiting hub's grant paid (`paidCents`, by default the grant) on `paidOn`, with the transfer's
 * reference. The host's grant is paid with it and named in the same record's audit row (its
 * amount as stored on the application); the site keeps no separate host payment.
 */
export async function recordPayment(
  actor: Actor<"id" | "role"> | null,
  applicationId: string,
  input: { paidCents?: number | null; paidOn: Date; reference?: string | null },
  { pageLocale = DEFAULT_LOCALE }: Context = {},
) {
  assertStaff(actor);
  await db.$transaction(async (tx) => {
    const a = await lockApplication(tx, { id: applicationId });
    const paidCents = input.paidCents ?? a.grantCents;
    await takeDecision(tx, APPLICATION_WORKFLOW, {
      actorId: actor.id,
      actorIs: ["staff"],
      decision: "recordPayment",
      targetId: a.id,
      status: a.status,
      move: moveFrom(tx, a, { paidCents, paidAt: input.paidOn, paymentReference: input.reference?.trim() || null }),
      stale: staleRefusal(a, "recordPayment"),
      emails: async () => [await applicantEmail("paid", a.applicant, exchangeOf(a), readerLocale(a.applicant, pageLocale), { amountCents: paidCents })],
      data: { paidCents, hostGrantCents: a.hostGrantCents, paidOn: input.paidOn.toISOString().slice(0, 10), reference: input.reference?.trim() || null },
    });
  });
  deliverOutboxSoon();
}
