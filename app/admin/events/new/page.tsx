import type { Metadata } from "next";
import Link from "next/link";
import { EventForm } from "@/components/admin/events/event-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requireStaff } from "@/lib/auth/session";
import { createEventAction } from "@/lib/events/actions";

export const metadata: Metadata = { title: "New event" };

const START = { ok: false, values: { datePrecision: "day", participation: "application" } };

export default async function NewEventPage() {
  await requireStaff();
  return (
    <div>
      <p><Link href="/admin/events">← All events</Link></p>
      <h1 className="mt-2 text-3xl font-bold">New event</h1>
      <p className="mt-2 max-w-3xl text-stone-700">The event is saved as a draft: nobody but staff sees it until you publish it. You can preview it first.</p>
      <div className="mt-6">
        <ClientMessages only={["staff.events", "events.kinds"]}>
          <EventForm action={createEventAction} initial={START} submitLabel="Save as draft" />
        </ClientMessages>
      </div>
    </div>
  );
}
