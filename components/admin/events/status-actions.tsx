"use client";
// Publish, unpublish and cancel: each asks to be confirmed first, in place, and the page
// it leads to says what was done.
import { ConfirmButtonForm } from "@/components/admin/confirm-button-form";
import { Field } from "@/components/ui/form";
import { cancelEventAction, publishEventAction, unpublishEventAction } from "@/lib/events/actions";

type Props = { eventId: string; status: "draft" | "published" | "cancelled"; applicants: number };

export function EventStatusActions({ eventId, status, applicants }: Props) {
  if (status === "cancelled") return <p className="text-stone-700">This event is cancelled. Its page stays public, with your message, so that people who planned to come know.</p>;
  return (
    <div className="flex flex-wrap items-start gap-3">
      {status === "draft" ? (
        <ConfirmButtonForm
          label="Publish…"
          question="Publish this event?"
          explain="It appears at once in the events list, on its page and in the calendar feeds. Its address will not change after this."
          button="Yes, publish it"
          action={publishEventAction}
          hidden={{ eventId }}
        />
      ) : (
        <ConfirmButtonForm
          label="Unpublish…"
          question="Take this event back to draft?"
          explain={`It disappears from the public pages and feeds until you publish it again.${applicants ? ` The ${applicants} application${applicants === 1 ? "" : "s"} already made are kept, and nobody is emailed.` : ""}`}
          button="Yes, unpublish it"
          action={unpublishEventAction}
          hidden={{ eventId }}
        />
      )}
      <ConfirmButtonForm
        label="Cancel the event…"
        question="Cancel this event?"
        explain={`This cannot be undone. The event page says it is cancelled, with your message${applicants ? `, and we email your message to the ${applicants} ${applicants === 1 ? "person" : "people"} with a live application` : ""}. No seat is offered any more.`}
        button="Cancel the event"
        action={cancelEventAction}
        hidden={{ eventId }}
        variant="danger"
      >
        {(state) => (
          <Field name="message" label="Message to the applicants and on the event page" hint="Why the event is cancelled, and what people can do instead." required multiline maxLength={4000} state={state} />
        )}
      </ConfirmButtonForm>
    </div>
  );
}
