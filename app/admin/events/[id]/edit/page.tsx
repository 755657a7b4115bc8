import type { Metadata } from "next";
import { EventHeader } from "@/components/admin/events/event-header";
import { Confirmation } from "@/components/site/notice";
import { EventForm } from "@/components/admin/events/event-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EventStatusActions } from "@/components/admin/events/status-actions";
import { requireStaff } from "@/lib/auth/session";
import { updateEventAction } from "@/lib/events/actions";
import { countApplicationsByStatus } from "@/lib/events/review/queries";
import { LIVE_STATUSES } from "@/lib/events/rules";
import { eventFormValues } from "@/lib/events/schema";
import { loadEvent } from "../load";

export const metadata: Metadata = { title: "Edit an event" };

const DONE: Record<string, string> = {
  created: "Draft saved. Preview it, then publish it when it is ready.",
  saved: "Changes saved.",
  unchanged: "Nothing had changed, so there was nothing to save.",
  published: "Published: the event is now on the public site.",
  unpublished: "Unpublished: the event is a draft again and has left the public site.",
  cancelled: "Cancelled. The event page says so, with your message.",
};

export default async function EditEventPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string; emailed?: string }> }) {
  const actor = await requireStaff();
  const [{ id }, { done, emailed }] = await Promise.all([params, searchParams]);
  const [event, counts] = await Promise.all([loadEvent(actor, id), countApplicationsByStatus(actor, id)]);
  const live = LIVE_STATUSES.reduce((n, s) => n + (counts[s] ?? 0), 0);
  const emailedCount = Number(emailed);
  return (
    <div>
      <EventHeader event={event} current="edit" title={event.title} />
      {done && DONE[done] ? (
        <Confirmation>
          {DONE[done]}
          {done === "cancelled" && emailedCount > 0 ? ` We emailed ${emailedCount} ${emailedCount === 1 ? "applicant" : "applicants"}.` : ""}
        </Confirmation>
      ) : null}
      <section aria-labelledby="status-heading" className="mt-8">
        <h2 id="status-heading" className="text-2xl font-bold">Status</h2>
        {event.status === "cancelled" && event.cancelMessage ? <p className="mt-2 whitespace-pre-line text-stone-700">Message: {event.cancelMessage}</p> : null}
        <div className="mt-3">
          <ClientMessages only={["staff.events", "events.kinds"]}>
            <EventStatusActions eventId={event.id} status={event.status} applicants={live} />
          </ClientMessages>
        </div>
      </section>
      <section aria-labelledby="details-heading" className="mt-10">
        <h2 id="details-heading" className="text-2xl font-bold">Details</h2>
        <div className="mt-4">
          <ClientMessages only={["staff.events", "events.kinds"]}>
            <EventForm action={updateEventAction} initial={{ ok: false, values: eventFormValues(event) }} eventId={event.id} submitLabel="Save changes" />
          </ClientMessages>
        </div>
      </section>
    </div>
  );
}
