// Where a round stands, for the pages and the commands alike. The window is date-only in the
// round's time zone: it opens at the start of opensOn and closes at the end of closesOn.
import { calendarDay, isoDate, todayIn } from "@/lib/calendar";
import type { P2PRoundStatus } from "@/lib/generated/prisma/enums";
import { msg, type Msg } from "@/lib/message";

type Windowed = { status: P2PRoundStatus; opensOn: Date | null; closesOn: Date | null; timeZone: string };

/** The statuses a visitor may see a round in: every one but draft. */
export const PUBLIC_ROUND_STATUSES = ["published", "in_review", "results_released", "closed"] as const satisfies readonly P2PRoundStatus[];

export type WindowState =
  | { state: "draft" }
  | { state: "not-open"; opensOn: Date }
  | { state: "open"; closesOn: Date }
  /** closedOn is null when no source gives the date. */
  | { state: "closed"; closedOn: Date | null };

/** Whether a round takes applications at `now`. A round past "published" is closed whatever its dates say. */
export function roundWindow(round: Windowed, now: Date): WindowState {
  if (round.status === "draft") return { state: "draft" };
  if (round.status !== "published" || !round.opensOn || !round.closesOn) return { state: "closed", closedOn: round.closesOn };
  const today = todayIn(round.timeZone, now);
  if (today < isoDate(round.opensOn)) return { state: "not-open", opensOn: round.opensOn };
  if (today > isoDate(round.closesOn)) return { state: "closed", closedOn: round.closesOn };
  return { state: "open", closesOn: round.closesOn };
}

/**
 * The window's last day while it is open, else null: until when an applicant may still start,
 * send, or ask another host after a decline or a lapse (what the pages and emails name).
 */
export function openUntil(round: Windowed, now: Date): Date | null {
  const window = roundWindow(round, now);
  return window.state === "open" ? window.closesOn : null;
}

/**
 * Why a round takes no application now, or null when it does. `nextOpensOn`: when the next
 * published round opens, if one is announced.
 */
export function windowRefusal(round: Windowed, now: Date, nextOpensOn: Date | null = null): Msg | null {
  const window = roundWindow(round, now);
  if (window.state === "open") return null;
  if (window.state === "not-open") return msg("p2pApply.eligibility.notOpenYet", { opensOn: calendarDay(window.opensOn) });
  return nextOpensOn
    ? msg("p2pApply.eligibility.windowClosedNext", { opensOn: calendarDay(nextOpensOn) })
    : msg("p2pApply.eligibility.windowClosed");
}
