// An application's story for its applicant: every step with its date (started, sent to a host,
// the host's answer or its lapse, withdrawn), read from the application and its host requests,
// and what happens next and by when. Pure: codes and values, said by the pages in the
// reader's language (p2pAccount.timeline.*, p2pAccount.next.*). Client-safe.
import { calendarDay } from "@/lib/calendar";
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

export type TimelineApplication = {
  status: P2PApplicationStatus;
  createdAt: Date;
  withdrawnAt: Date | null;
  hostRequests: readonly TimelineRequest[];
};

export type TimelineStep = {
  code: "started" | "sent" | "accepted" | "declined" | "lapsed" | "withdrawn";
  at: Date;
  /** The host the step is about. */
  host?: string;
  /** The host's own words: the note on accepting, the reason for declining. */
  message?: string | null;
};

/** Every step so far, oldest first. A request the applicant withdrew while it was open ends with the withdrawal itself. */
export function timeline(application: TimelineApplication): TimelineStep[] {
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
  return steps.sort((a, b) => a.at.getTime() - b.at.getTime());
}

type WindowedRound = { status: P2PRoundStatus; opensOn: Date | null; closesOn: Date | null; timeZone: string };

/** The request the host is answering now, if any. */
export const pendingRequest = (application: TimelineApplication) => application.hostRequests.find((r) => r.status === "pending") ?? null;

/** Whether the applicant may ask another host now: after a decline or a lapse, while the round's window is open. */
export const canChooseAnotherHost = (application: Pick<TimelineApplication, "status">, round: WindowedRound, now: Date) =>
  (application.status === "host_declined" || application.status === "host_lapsed") && openUntil(round, now) !== null;

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
    // FOUNDATION PLACEHOLDER (issue 13): the after-selection helper writes each of these.
    default:
      return msg("p2pAccount.next.accepted");
  }
}
