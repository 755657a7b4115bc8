"use client";
// Publish, unpublish and cancel: each asks to be confirmed first, in place, and the page
// it leads to says what was done.
import { useActionState, useState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { cancelEventAction, publishEventAction, unpublishEventAction } from "@/lib/events/actions";
import { initialFormState, type FormState } from "@/lib/form-state";

type Props = { eventId: string; status: "draft" | "published" | "cancelled"; applicants: number };

const secondary = "rounded-md border border-stone-400 bg-white px-4 py-2 font-semibold text-stone-900 hover:bg-stone-100";

function Confirmed({ label, question, explain, button, action, eventId, variant, children }: {
  label: string;
  question: string;
  explain: string;
  button: string;
  action: typeof publishEventAction;
  eventId: string;
  variant?: "danger";
  children?: (state: FormState) => React.ReactNode;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const [asking, setAsking] = useState(false);
  if (!asking && !state.message) {
    return (
      <button type="button" className={secondary} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <form action={formAction} noValidate className="w-full space-y-3 rounded-xl border border-stone-300 bg-stone-50 p-4">
      <FormMessage state={state} />
      <h3 className="text-lg font-semibold">{question}</h3>
      <p className="text-stone-700">{explain}</p>
      <input type="hidden" name="eventId" value={eventId} />
      {children ? children(state) : null}
      <div className="flex flex-wrap gap-3">
        <SubmitButton pendingLabel="Saving…" variant={variant}>{button}</SubmitButton>
        <button type="button" className={secondary} onClick={() => setAsking(false)}>
          Not now
        </button>
      </div>
    </form>
  );
}

export function EventStatusActions({ eventId, status, applicants }: Props) {
  if (status === "cancelled") return <p className="text-stone-700">This event is cancelled. Its page stays public, with your message, so that people who planned to come know.</p>;
  return (
    <div className="flex flex-wrap items-start gap-3">
      {status === "draft" ? (
        <Confirmed
          label="Publish…"
          question="Publish this event?"
          explain="It appears at once in the events list, on its page and in the calendar feeds. Its address will not change after this."
          button="Yes, publish it"
          action={publishEventAction}
          eventId={eventId}
        />
      ) : (
        <Confirmed
          label="Unpublish…"
          question="Take this event back to draft?"
          explain={`It disappears from the public pages and feeds until you publish it again.${applicants ? ` The ${applicants} application${applicants === 1 ? "" : "s"} already made are kept, and nobody is emailed.` : ""}`}
          button="Yes, unpublish it"
          action={unpublishEventAction}
          eventId={eventId}
        />
      )}
      <Confirmed
        label="Cancel the event…"
        question="Cancel this event?"
        explain={`This cannot be undone. The event page says it is cancelled, with your message${applicants ? `, and we email your message to the ${applicants} ${applicants === 1 ? "person" : "people"} with a live application` : ""}. No seat is offered any more.`}
        button="Cancel the event"
        action={cancelEventAction}
        eventId={eventId}
        variant="danger"
      >
        {(state) => (
          <Field name="message" label="Message to the applicants and on the event page" hint="Why the event is cancelled, and what people can do instead." required multiline maxLength={4000} state={state} />
        )}
      </Confirmed>
    </div>
  );
}
