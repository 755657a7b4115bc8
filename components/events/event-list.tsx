import { EventCard } from "@/components/events/event-card";
import type { EventCard as EventCardData } from "@/lib/events/queries";

export function EventList({ events, now }: { events: readonly EventCardData[]; now: Date }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
      {events.map((event) => (
        <li key={event.id}>
          <EventCard event={event} now={now} />
        </li>
      ))}
    </ul>
  );
}
