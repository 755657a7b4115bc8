import "server-only";
// The report's reminders (a job, lib/jobs/registry.ts): when the exchange is over (the day after
// its last day), two days before the report is due, and the day after it was due without a
// report. Days are calendar days in the round's time zone. Each reminder goes once per
// application: its row in "P2PReminder" is inserted with ON CONFLICT DO NOTHING, and the email
// is queued only when this run inserted it, in the same transaction, so two runs at once send one;
// the insert checks the report is still owed, so a report sent meanwhile gets no reminder.
import { db } from "@/lib/db";
import { deliverOutboxSoon, queueEmail } from "@/lib/email/outbox";
import { readerLocale } from "@/lib/email/words";
import { todayIn } from "@/lib/calendar";
import type { P2PReminderKind } from "@/lib/generated/prisma/enums";
import { applicantEmail, type ApplicantEmail } from "@/lib/p2p/grant/emails";
import { reminderDue } from "@/lib/p2p/reports/rules";

/** Applications read at a time: the job runs hourly and a round has a few dozen exchanges. */
const BATCH = 500;

const EMAIL_OF: Record<P2PReminderKind, ApplicantEmail> = { report_open: "reportOpen", report_due_soon: "reportDueSoon", report_overdue: "reportOverdue" };

/**
 * Sends the reminders due at `now`; returns how many were sent. Every application still owing
 * its report is looked at, `batch` at a time in id order: those already reminded (an overdue
 * report stays owed for good) would otherwise fill a single batch, run after run, and the
 * exchanges after them would never be reminded. Those that had the last reminder are not read.
 */
export async function sendReportReminders(now = new Date(), batch = BATCH): Promise<number> {
  let sent = 0;
  let after: string | undefined;
  for (;;) {
    const waiting = await db.p2PApplication.findMany({
      where: {
        status: { in: ["agreement_signed", "report_changes_requested"] },
        reportDueOn: { not: null },
        endsOn: { lt: now },
        reminders: { none: { kind: "report_overdue" } },
        ...(after ? { id: { gt: after } } : {}),
      },
      select: {
        id: true, startsOn: true, endsOn: true, reportDueOn: true,
        applicant: { select: { name: true, email: true, locale: true } },
        visitingHub: { select: { name: true } }, hostHub: { select: { name: true } }, round: { select: { name: true, timeZone: true } },
        reminders: { select: { kind: true } },
      },
      orderBy: { id: "asc" },
      take: batch,
    });
    sent += await remind(waiting, now);
    if (waiting.length < batch) break;
    after = waiting.at(-1)!.id;
  }
  if (sent) deliverOutboxSoon();
  return sent;
}

type Waiting = {
  id: string;
  startsOn: Date;
  endsOn: Date;
  reportDueOn: Date | null;
  applicant: { name: string; email: string; locale: string | null };
  visitingHub: { name: string };
  hostHub: { name: string };
  round: { name: string; timeZone: string };
  reminders: { kind: P2PReminderKind }[];
};

/** Sends each of `waiting` the reminder due at `now`, if it has not had it; returns how many were sent. */
async function remind(waiting: Waiting[], now: Date): Promise<number> {
  let sent = 0;
  for (const a of waiting) {
    const kind = reminderDue({ endsOn: a.endsOn, reportDueOn: a.reportDueOn! }, todayIn(a.round.timeZone, now));
    if (!kind || a.reminders.some((r) => r.kind === kind)) continue;
    const inserted = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ kind: string }[]>`
        INSERT INTO "P2PReminder" ("applicationId", "kind", "sentAt")
        SELECT "id", ${kind}::"P2PReminderKind", ${now} FROM "P2PApplication"
        WHERE "id" = ${a.id} AND "status" IN ('agreement_signed', 'report_changes_requested')
        ON CONFLICT DO NOTHING RETURNING "kind"`;
      if (rows.length === 0) return false;
      const x = { applicationId: a.id, applicantName: a.applicant.name, roundName: a.round.name, visitingHub: a.visitingHub, hostHub: a.hostHub, startsOn: a.startsOn, endsOn: a.endsOn, reportDueOn: a.reportDueOn };
      await queueEmail(tx, await applicantEmail(EMAIL_OF[kind], a.applicant, x, readerLocale(a.applicant)));
      return true;
    });
    if (inserted) sent++;
  }
  return sent;
}
