import Link from "next/link";
import { ActionButton } from "@/components/account/hubs/owner-forms";
import { countryName } from "@/lib/countries";
import { acceptOfferAction, declineOfferAction } from "@/lib/events/application-actions";
import type { OwnApplication } from "@/lib/events/application-queries";
import { applicationDateLine, applicationOutlook, type OutlookCode } from "@/lib/events/application-rules";
import { formatEventDates } from "@/lib/events/format";

const STATUS_STYLE: Record<OutlookCode, string> = {
  "event-cancelled": "border-red-700 bg-red-50 text-red-900",
  "event-over": "border-stone-500 bg-stone-100 text-stone-800",
  "event-unpublished": "border-stone-500 bg-stone-100 text-stone-800",
  pending: "border-amber-700 bg-amber-50 text-amber-900",
  seat: "border-green-700 bg-green-50 text-green-900",
  "offer-open": "border-brand-700 bg-brand-50 text-stone-900",
  "offer-expired": "border-stone-500 bg-stone-100 text-stone-800",
  waitlisted: "border-amber-700 bg-amber-50 text-amber-900",
  declined: "border-red-700 bg-red-50 text-red-900",
  withdrawn: "border-stone-500 bg-stone-100 text-stone-800",
  lapsed: "border-stone-500 bg-stone-100 text-stone-800",
};

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Europe/Brussels" });

/** One of the member's applications: the event, where it stands, what comes next, and what they can do. */
export function ApplicationCard({ application, now }: { application: OwnApplication; now: Date }) {
  const { event } = application;
  const h = (part: string) => `application-${application.id}-${part}`;
  const outlook = applicationOutlook(application, event, now);
  const { can } = outlook;
  const dateLine = applicationDateLine(application, event.participation);
  const isPublic = event.status !== "draft";
  return (
    <article aria-labelledby={h("title")} className="rounded-xl border border-stone-200 bg-white p-5 sm:p-6">
      <h3 id={h("title")} className="text-xl font-semibold break-words">
        {isPublic ? <Link href={`/events/${event.slug}`}>{event.title}</Link> : event.title}
      </h3>
      <p className="text-stone-700">
        {formatEventDates(event)} · {event.city}, {countryName(event.countryCode)}
      </p>
      <p className="mt-1 text-sm text-stone-700">
        {dateLine.label} {day.format(dateLine.date)}
      </p>
      <p className="mt-3">
        <span className={`inline-block rounded-md border px-3 py-1 font-semibold ${STATUS_STYLE[outlook.code]}`}>{outlook.status}</span>
      </p>
      <p className="mt-3">{outlook.next}</p>
      {event.status === "cancelled" ? (
        <p className="mt-3 rounded-md border-l-4 border-red-700 bg-red-50 px-4 py-3">
          <strong>This event has been cancelled.</strong> {event.cancelMessage}
        </p>
      ) : null}
      {application.decisionMessage ? (
        <div className="mt-3 rounded-md border-l-4 border-brand-700 bg-stone-50 px-4 py-3">
          <p className="font-semibold">Message from our team:</p>
          <p className="mt-1 whitespace-pre-wrap break-words">{application.decisionMessage}</p>
        </div>
      ) : null}
      {can.answerOffer ? (
        <div className="mt-4 flex flex-wrap items-start gap-4">
          <ActionButton action={acceptOfferAction} fields={{ applicationId: application.id }} variant="primary" pendingLabel="Taking the seat…">
            Take the seat<span className="sr-only"> at {event.title}</span>
          </ActionButton>
          <ActionButton action={declineOfferAction} fields={{ applicationId: application.id }}>
            Let it go<span className="sr-only"> (the seat at {event.title})</span>
          </ActionButton>
        </div>
      ) : null}
      {can.edit || can.withdraw ? (
        <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2 border-t border-stone-200 pt-4">
          {can.edit ? (
            <li>
              <Link href={`/account/applications/${application.id}/edit`}>Change your answers<span className="sr-only"> for {event.title}</span></Link>
            </li>
          ) : null}
          {can.withdraw ? (
            <li>
              <Link href={`/account/applications/${application.id}/withdraw`}>Withdraw<span className="sr-only"> from {event.title}</span></Link>
            </li>
          ) : null}
        </ul>
      ) : null}
    </article>
  );
}
