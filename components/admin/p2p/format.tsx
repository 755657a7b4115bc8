// How the staff P2P pages write days, money and statuses: in English, like every staff page.
import type { MembershipKind, P2PApplicationStatus, P2PHostRequestStatus, P2PRoundStatus, TravelMode } from "@/lib/generated/prisma/enums";
import { formatEuros } from "@/lib/money";
import { isGreenTravel } from "@/lib/p2p/applications/answers";

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** A date-only value: "27 March 2017". */
export const day = (date: Date) => DAY.format(date);

/** A date-only value's month: "May 2017". */
export const month = (date: Date) => MONTH.format(date);

/** Whole cents as euros, without the cents when there are none: "€20,000", "€1,175.50" (the public pages' way, in English). */
export const euros = (cents: number) => formatEuros(cents, "en-GB");

/** "€2,350 committed of €20,000; 2 exchanges agreed by their hosts", or that the budget is not published. */
/** The round's budget as staff weigh it: the grants selected (the database keeps them within it), and those of exchanges awaiting a decision. */
export function budgetText(round: { budgetCents: number | null; committedCents: number; committed: { cents: number; exchanges: number } }): string {
  const { budgetCents, committedCents, committed } = round;
  const waiting = `${euros(committed.cents)} asked by ${plural(committed.exchanges, "exchange", "exchanges")} agreed by ${committed.exchanges === 1 ? "its host" : "their hosts"} and awaiting a decision`;
  if (budgetCents === null) return `Budget ${NOT_PUBLISHED} (nothing can be selected without one); ${waiting}`;
  return `${euros(committedCents)} selected of ${euros(budgetCents)}; ${waiting}`;
}

/** An exchange as staff name it: "Visiting hub → Host hub". */
export const exchangeName = (r: { visitingHub: { name: string }; hostHub: { name: string } }) => `${r.visitingHub.name} → ${r.hostHub.name}`;

export const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** What staff read where a round gives no value: the public page says the same. */
export const NOT_PUBLISHED = "not published";

export const ROUND_STATUS_LABELS: Record<P2PRoundStatus, string> = {
  draft: "Draft",
  published: "Published",
  in_review: "In review",
  results_released: "Results released",
  closed: "Closed",
};

export const APPLICATION_STATUS_LABELS: Record<P2PApplicationStatus, string> = {
  draft: "Draft (not sent)",
  submitted: "Awaiting the host",
  host_accepted: "Host agreed",
  host_declined: "Host declined",
  host_lapsed: "Host did not answer in time",
  withdrawn: "Withdrawn",
  selected: "Selected",
  reserve: "Reserve",
  not_selected: "Not selected",
  agreement_signed: "Agreement signed",
  report_submitted: "Report to read",
  report_changes_requested: "Report: changes asked for",
  report_approved: "Report approved (to pay)",
  paid: "Paid",
};

export const HOST_REQUEST_STATUS_LABELS: Record<P2PHostRequestStatus, string> = {
  pending: "Waiting for the host",
  accepted: "Agreed",
  declined: "Declined",
  lapsed: "Lapsed unanswered",
  cancelled: "Cancelled: the applicant withdrew",
};

export const TRAVEL_LABELS: Record<TravelMode, string> = { train: "Train", bus: "Bus or coach", shared_car: "Shared car", car: "Car", plane: "Plane", other: "Other" };

/** "Train (green travel)", "Plane", or null when the applicant has not said yet. */
export const travelText = (mode: TravelMode | null) => (mode ? `${TRAVEL_LABELS[mode]}${isGreenTravel(mode) ? " (green travel)" : ""}` : null);

export const KIND_LABELS: Record<MembershipKind, string> = { regular: "Regular", associate: "Associate" };

const COLOURS: Record<P2PRoundStatus, string> = {
  draft: "bg-stone-200 text-stone-900",
  published: "bg-green-100 text-green-900",
  in_review: "bg-amber-100 text-amber-900",
  results_released: "bg-sky-100 text-sky-900",
  closed: "bg-stone-100 text-stone-800",
};

export function RoundStatusBadge({ status }: { status: P2PRoundStatus }) {
  return <span className={`rounded px-2 py-0.5 text-sm font-semibold ${COLOURS[status]}`}>{ROUND_STATUS_LABELS[status]}</span>;
}
