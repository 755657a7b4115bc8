// The exchange report as plain functions: its limits, the evidence it lists, when it may be
// sent and who may still change what. The forms read the same limits. Client-safe.
import { addDays, calendarDay, isoDate, todayIn } from "@/lib/calendar";
import type { P2PApplicationStatus, P2PReminderKind } from "@/lib/generated/prisma/enums";
import { msg, type Msg } from "@/lib/message";

/** Each of the report's long answers: a page or two. */
export const REPORT_TEXT_MAX = 6000;
/** The public summary: a few sentences for the story's standfirst and the /p2p list. */
export const PUBLIC_SUMMARY_MAX = 400;
/** The host's note: a few paragraphs. */
export const HOST_NOTE_MAX = 3000;
/** Staff's message asking for changes, and their note on approving. */
export const STAFF_MESSAGE_MAX = 3000;
/** Photos per report: enough for a story, few enough to choose well. */
export const PHOTOS_MAX = 6;
/** A photo's description, for people who cannot see it. */
export const ALT_MAX = 200;
/** The payment's reference (a bank transfer's). */
export const PAYMENT_REFERENCE_MAX = 100;

/** Evidence the applicant says they have sent or kept (travel tickets showing names and dates, as i-Portunus asks). */
export const EVIDENCE = ["travel_tickets", "boarding_passes", "receipts", "attendance_list", "photos"] as const;
export type Evidence = (typeof EVIDENCE)[number];

/** The answers a report needs before it is sent (a draft may leave any blank). */
export const REQUIRED_FOR_SENDING = ["whatHappened", "outcomes", "nextSteps", "publicSummary"] as const;

/** While the applicant writes the report: after signing, and again when staff ask for changes. */
export const REPORT_EDITABLE = ["agreement_signed", "report_changes_requested"] as const satisfies readonly P2PApplicationStatus[];
export const isReportEditable = (status: P2PApplicationStatus) => (REPORT_EDITABLE as readonly string[]).includes(status);

/** While the host's owners may write their note: from the signed agreement until staff approve the report. */
export const HOST_NOTE_EDITABLE = ["agreement_signed", "report_submitted", "report_changes_requested"] as const satisfies readonly P2PApplicationStatus[];
export const isHostNoteEditable = (status: P2PApplicationStatus) => (HOST_NOTE_EDITABLE as readonly string[]).includes(status);

/**
 * Why the report cannot be sent yet at `now`, or null. It may be sent from the exchange's first
 * day (in the round's time zone), so that a report written on the last day need not wait.
 */
export function sendingTooEarly(application: { startsOn: Date; round: { timeZone: string } }, now: Date): Msg | null {
  const startsOn = isoDate(application.startsOn);
  return todayIn(application.round.timeZone, now) < startsOn ? msg("p2pGrant.errors.reportTooEarly", { startsOn: calendarDay(application.startsOn) }) : null;
}

/** The answers still missing before sending, in the form's order. */
export const missingForSending = (report: Record<(typeof REQUIRED_FOR_SENDING)[number], string>) => REQUIRED_FOR_SENDING.filter((field) => !report[field].trim());

/**
 * The reminder due on `today` (in the round's zone) for an application still owing its report,
 * if any, the latest that applies: overdue from the day after the due day, due soon from two
 * days before it, open from the day after the exchange's last day. Each is sent once (the job).
 */
export function reminderDue(application: { endsOn: Date; reportDueOn: Date }, today: string): P2PReminderKind | null {
  const due = isoDate(application.reportDueOn);
  if (today > due) return "report_overdue";
  if (today >= addDays(due, -2)) return "report_due_soon";
  if (today > isoDate(application.endsOn)) return "report_open";
  return null;
}
