// An application's story for its applicant: every step with its date (started, sent to a host,
// the host's answer or its lapse, withdrawn; then the results, the grant agreement, the exchange,
// the report's round trips with staff, the payment), read from the application, its host
// requests, its report and the report's history, and what happens next and by when. Pure: codes and values, said by the pages in the
// reader's language (p2pAccount.timeline.*, p2pAccount.next.*). Client-safe.
import { addDays, calendarDay, isoDate, todayIn } from "@/lib/calendar";
import type { P2PApplicationStatus, P2PHostRequestStatus, P2PRoundStatus } from "@/lib/generated/prisma/enums";
import { msg, type Msg } from "@/lib/message";
import { openUntil } from "@/lib/p2p/rounds/rules";

export type TimelineRequest = {
  id: string;
  status: P2PHostRequestStatus;
  createdAt: Date;
  dueAt: Date;
  answeredAt: Date | null;
  message: string | null;
  hostHub: { name: string };
};

/** Each sending of the report and each request for changes, with staff's message (lib/p2p/reports/queries.ts reads them from the audit log). */
export type ReportEvent = { code: "reportSent" | "changesAsked"; at: Date; message?: string | null };

export type TimelineApplication = {
  status: P2PApplicationStatus;
  createdAt: Date;
  withdrawnAt: Date | null;
  hostRequests: readonly TimelineRequest[];
  /** After selection (absent on an application that never got there). */
  startsOn?: Date;
  endsOn?: Date;
  round?: { resultsReleasedAt: Date | null; timeZone: string };
  agreementSignedAt?: Date | null;
  reportDueOn?: Date | null;
  paidAt?: Date | null;
  report?: { approvedAt: Date | null; staffMessage: string | null } | null;
  reportEvents?: readonly ReportEvent[];
};

export type TimelineStep = {
  code: "started" | "sent" | "accepted" | "declined" | "lapsed" | "withdrawn" | "released" | "signed" | "underway" | "reportDue" | "reportSent" | "changesAsked" | "approved" | "paid";
  at: Date;
  /** The release's outcome, for "released". */
  status?: P2PApplicationStatus;
  /** The report's due day, for "reportDue". */
  due?: Date;
  /** The host the step is about. */
  host?: string;
  /** The host's own words: the note on accepting, the reason for declining. */
  message?: string | null;
};

const RELEASED: readonly P2PApplicationStatus[] = ["selected", "reserve", "not_selected", "agreement_signed", "report_submitted", "report_changes_requested", "report_approved", "paid"];

/** A date-only value's day as a "YYYY-MM-DD" compared with today in the round's zone. */
const reached = (day: Date, today: string) => isoDate(day) <= today;

/** The steps after the results: released, signed, under way (from the first day), report due (from the day after the last), the report's round trips, approved, paid. */
function afterSelection(application: TimelineApplication, now: Date): TimelineStep[] {
  const { round, startsOn, endsOn } = application;
  if (!round || !RELEASED.includes(application.status)) return [];
  const steps: TimelineStep[] = [];
  // The release outcome a selected application had: it has moved on since, but was selected.
  const outcome = application.status === "reserve" || application.status === "not_selected" ? application.status : "selected";
  if (round.resultsReleasedAt) steps.push({ code: "released", at: round.resultsReleasedAt, status: outcome });
  if (!application.agreementSignedAt) return steps;
  steps.push({ code: "signed", at: application.agreementSignedAt });
  const today = todayIn(round.timeZone, now);
  if (startsOn && reached(startsOn, today)) steps.push({ code: "underway", at: calendarDay(startsOn) });
  // From the day after the last day, unless the report was already sent by then.
  const owedFrom = endsOn ? addDays(isoDate(endsOn), 1) : null;
  const firstSent = application.reportEvents?.find((e) => e.code === "reportSent")?.at;
  if (owedFrom && application.reportDueOn && owedFrom <= today && !(firstSent && isoDate(firstSent) < owedFrom)) {
    steps.push({ code: "reportDue", at: calendarDay(new Date(`${owedFrom}T00:00:00Z`)), due: calendarDay(application.reportDueOn) });
  }
  for (const event of application.reportEvents ?? []) steps.push({ code: event.code, at: event.at, message: event.code === "changesAsked" ? (event.message ?? null) : null });
  if (application.report?.approvedAt) steps.push({ code: "approved", at: application.report.approvedAt });
  // The payment is recorded as a day.
  if (application.paidAt) steps.push({ code: "paid", at: calendarDay(application.paidAt) });
  return steps;
}

/** Every step so far, oldest first. A request the applicant withdrew while it was open ends with the withdrawal itself. */
export function timeline(application: TimelineApplication, now = new Date()): TimelineStep[] {
  const steps: TimelineStep[] = [{ code: "started", at: application.createdAt }];
  const requests = [...application.hostRequests].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  for (const request of requests) {
    const host = request.hostHub.name;
    steps.push({ code: "sent", at: request.createdAt, host });
    if (request.status === "accepted" || request.status === "declined") {
      steps.push({ code: request.status, at: request.answeredAt ?? request.createdAt, host, message: request.message });
    }
    if (request.status === "lapsed") steps.push({ code: "lapsed", at: request.dueAt, host });
  }
  if (application.withdrawnAt) steps.push({ code: "withdrawn", at: application.withdrawnAt });
  steps.push(...afterSelection(application, now));
  return steps.sort((a, b) => a.at.getTime() - b.at.getTime());
}

type WindowedRound = { status: P2PRoundStatus; opensOn: Date | null; closesOn: Date | null; timeZone: string };

/** The request the host is answering now, if any. */
export const pendingRequest = (application: TimelineApplication) => application.hostRequests.find((r) => r.status === "pending") ?? null;

/** Whether the applicant may ask another host now: after a decline or a lapse, while the round's window is open. */
export const canChooseAnotherHost = (application: Pick<TimelineApplication, "status">, round: WindowedRound, now: Date) =>
  (application.status === "host_declined" || application.status === "host_lapsed") && openUntil(round, now) !== null;

/** Where the signed exchange stands at `now`: before it, under way, the report to write, or overdue. */
function signedStep(application: TimelineApplication & { hostHub: { name: string } }, timeZone: string, now: Date): Msg {
  const { startsOn, endsOn, reportDueOn } = application;
  if (!startsOn || !endsOn || !reportDueOn) return msg("p2pAccount.next.reportDue", { due: calendarDay(now) });
  const today = todayIn(timeZone, now);
  const due = calendarDay(reportDueOn);
  if (today < isoDate(startsOn)) return msg("p2pAccount.next.signed", { host: application.hostHub.name, startsOn: calendarDay(startsOn), endsOn: calendarDay(endsOn), due });
  if (today <= isoDate(endsOn)) return msg("p2pAccount.next.underway", { host: application.hostHub.name, due });
  if (today <= isoDate(reportDueOn)) return msg("p2pAccount.next.reportDue", { due });
  return msg("p2pAccount.next.overdue", { due });
}

/** What happens next, and by when. */
export function nextStep(application: TimelineApplication & { hostHub: { name: string } }, round: WindowedRound, now: Date): Msg {
  const until = openUntil(round, now);
  const closesOn = until ? calendarDay(until) : null;
  switch (application.status) {
    case "draft":
      return closesOn ? msg("p2pAccount.next.draft", { closesOn }) : msg("p2pAccount.next.draftClosed");
    case "submitted": {
      const request = pendingRequest(application);
      return msg("p2pAccount.next.submitted", { host: application.hostHub.name, dueAt: calendarDay(request?.dueAt ?? now) });
    }
    case "host_accepted":
      return msg("p2pAccount.next.accepted");
    case "host_declined":
    case "host_lapsed":
      return closesOn ? msg("p2pAccount.next.chooseAnother", { closesOn }) : msg("p2pAccount.next.ended");
    case "withdrawn":
      return closesOn ? msg("p2pAccount.next.withdrawnOpen", { closesOn }) : msg("p2pAccount.next.withdrawn");
    case "selected":
      return msg("p2pAccount.next.selected");
    case "reserve":
      return msg("p2pAccount.next.reserve");
    case "not_selected":
      return msg("p2pAccount.next.notSelected");
    case "agreement_signed":
      return signedStep(application, round.timeZone, now);
    case "report_submitted":
      return msg("p2pAccount.next.reportSubmitted");
    case "report_changes_requested":
      return application.reportDueOn && todayIn(round.timeZone, now) <= isoDate(application.reportDueOn)
        ? msg("p2pAccount.next.changesRequested", { due: calendarDay(application.reportDueOn) })
        : msg("p2pAccount.next.changesRequestedLate");
    case "report_approved":
      return msg("p2pAccount.next.approved");
    case "paid":
      return msg("p2pAccount.next.paid", { paidAt: calendarDay(application.paidAt ?? now) });
  }
}
