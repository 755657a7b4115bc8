// The host's answer to a request, as plain functions: the request's page offers the forms only
// when the commands would take the answer, and both give the same reason when not. Client-safe.
import type { P2PHostRequestStatus, P2PRoundStatus } from "@/lib/generated/prisma/enums";
import { msg, type Msg } from "@/lib/message";

/** The longest note or reason a host writes: a few paragraphs, as an email carries them. */
export const HOST_ANSWER_MAX = 4000;

/**
 * How a request's deadline and answer are said on the host's pages: an instant in the round's
 * time zone on a 24-hour clock, with the zone's short name ("18 December 2026, 23:59 CET"). The
 * deadline is the end of a day there (lib/p2p/applications/sending.ts).
 */
export const dueFormat = (timeZone: string) =>
  ({ day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone, timeZoneName: "short" }) as const;

type Answerable = { status: P2PHostRequestStatus; dueAt: Date; application: { round: { status: P2PRoundStatus } } };

/** Why the host cannot answer the request at `now`, or null when they can. */
export function answerRefusal(request: Answerable, now: Date): Msg | null {
  if (request.status !== "pending") return msg("p2pHostRequests.errors.answered", { status: request.status });
  // Once the panel has the round's applications, an answer would add one it never reviewed.
  if (request.application.round.status !== "published") return msg("p2pHostRequests.errors.roundInReview");
  // The lapse job runs every few minutes: the deadline holds from its instant, not from the job's run.
  if (request.dueAt <= now) return msg("p2pHostRequests.errors.pastDue");
  return null;
}
