import type { EventStatus } from "@/lib/generated/prisma/enums";

const EVENT_STATUS_LABELS: Record<EventStatus, string> = { draft: "Draft", published: "Published", cancelled: "Cancelled" };

const COLOURS: Record<EventStatus, string> = {
  draft: "bg-stone-200 text-stone-900",
  published: "bg-green-100 text-green-900",
  cancelled: "bg-red-100 text-red-900",
};

export function EventStatusBadge({ status }: { status: EventStatus }) {
  return <span className={`rounded px-2 py-0.5 text-sm font-semibold ${COLOURS[status]}`}>{EVENT_STATUS_LABELS[status]}</span>;
}

/** "12 of 24 seats taken", or "12 seats taken (not limited)". */
export const seatsText = (taken: number, capacity: number | null) =>
  capacity === null ? `${taken} ${taken === 1 ? "seat" : "seats"} taken (not limited)` : `${taken} of ${capacity} seats taken`;
