import type { Metadata } from "next";
import { EventHeader } from "@/components/admin/events/event-header";
import { EventStatusActions } from "@/components/admin/events/status-actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EventDetails } from "@/components/events/event-details";
import { requireStaff } from "@/lib/auth/session";
import { toPublicEvent } from "@/lib/events/queries";
import { loadEvent } from "../load";

export const metadata: Metadata = { title: "Preview an event" };

export default async function PreviewEventPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff();
  const event = await loadEvent(actor, (await params).id);
  return (
    <div>
      <EventHeader event={event} current="preview" title={`Preview: ${event.title}`} />
      <p className="mt-4 max-w-3xl text-stone-700">
        {event.status === "draft" ? "This is how the event will look once published. Only staff can see it now." : "This is how the event looks on the public site."}
      </p>
      <div className="mt-6">
        <EventDetails event={toPublicEvent(event)} now={new Date()} titleAs="h2" />
      </div>
      {event.status === "draft" ? (
        <div className="mt-6">
          <ClientMessages only={["staff.events", "events.kinds"]}>
            <EventStatusActions eventId={event.id} status={event.status} applicants={0} />
          </ClientMessages>
        </div>
      ) : null}
    </div>
  );
}
