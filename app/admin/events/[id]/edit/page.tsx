import type { Metadata } from "next";
import { EventHeader } from "@/components/admin/events/event-header";
import { Confirmation } from "@/components/site/notice";
import { Text } from "@/components/ui/text";
import { EventForm } from "@/components/admin/events/event-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EventStatusActions } from "@/components/admin/events/status-actions";
import { requireStaff } from "@/lib/auth/session";
import { updateEventAction } from "@/lib/events/actions";
import { countApplicationsByStatus } from "@/lib/events/review/queries";
import { LIVE_STATUSES } from "@/lib/events/rules";
import { eventFormValues } from "@/lib/events/schema";
import { noticeMessage } from "@/lib/notices";
import { loadEvent } from "../load";

export const metadata: Metadata = { title: "Edit an event" };

/** What was just done (lib/notices.ts), and after a cancellation how many applicants were emailed. */
function Done({ notice, emailed }: { notice: string | undefined; emailed: string | undefined }) {
  const key = noticeMessage("adminEvent", notice);
  if (!key) return null;
  const count = Number(emailed);
  return (
    <Confirmation>
      <Text msg={{ key }} />
      {notice === "cancelled" && Number.isInteger(count) && count > 0 ? <>{" "}<Text msg={{ key: "staff.notices.event.emailed", values: { count } }} /></> : null}
    </Confirmation>
  );
}

export default async function EditEventPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string; emailed?: string }> }) {
  const actor = await requireStaff();
  const [{ id }, { notice, emailed }] = await Promise.all([params, searchParams]);
  const [event, counts] = await Promise.all([loadEvent(actor, id), countApplicationsByStatus(actor, id)]);
  const live = LIVE_STATUSES.reduce((n, s) => n + (counts[s] ?? 0), 0);
  return (
    <div>
      <EventHeader event={event} current="edit" title={event.title} />
      <Done notice={notice} emailed={emailed} />
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
