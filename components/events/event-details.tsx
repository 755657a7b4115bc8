import { useFormatter, useLocale, useTranslations } from "next-intl";
import { ApplyButton } from "@/components/events/apply-button";
import { HubLocation } from "@/components/hubs/hub-location";
import { PageIntro, Section } from "@/components/site/page";
import { Markdown } from "@/components/ui/markdown";
import { Link } from "@/i18n/navigation";
import type { MessageKey } from "@/lib/message";
import { countryName } from "@/lib/countries";
import { eventDates } from "@/lib/events/format";
import type { PublicEvent } from "@/lib/events/queries";
import { applyState, isEventOver } from "@/lib/events/rules";
import { eventTimes, timeZoneName } from "@/lib/events/times";
import { mediaUrl } from "@/lib/storage/urls";

function Detail({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="font-semibold text-stone-950">{term}</dt>
      <dd className="text-stone-800">{children}</dd>
    </div>
  );
}

/**
 * What the page says of an event's dates beyond the dates themselves: nothing ahead of an
 * event with known days; never "has taken place" of one whose dates were never published.
 */
function datesNotice(event: PublicEvent, over: boolean): MessageKey | null {
  if (event.datePrecision === "unknown") return "events.details.datesUnknown";
  if (event.datePrecision === "month" && over) return event.venueName ? "events.details.exactDatesUnknown" : "events.details.exactDatesAndVenueUnknown";
  return over ? "events.details.takenPlace" : null;
}

/** "14:00 to 18:00, Central European Summer Time (Europe/Berlin)": times in the event's own zone, and its name. */
function useEventTimes(event: PublicEvent): string | null {
  const t = useTranslations("events.time");
  const format = useFormatter();
  const locale = useLocale();
  const times = eventTimes(event);
  if (!times) return null;
  const clock = (instant: Date) => format.dateTime(instant, { hour: "2-digit", minute: "2-digit", timeZone: times.timeZone });
  const zone = t("zone", { name: timeZoneName(event, locale), id: times.timeZone });
  const start = clock(times.start);
  const end = times.end ? clock(times.end) : "";
  return t(times.form, { start, end, zone, day: times.startDay, startDay: times.startDay, endDay: times.endDay });
}

/**
 * An event as the public sees it, from its data alone: the event page renders it, and so
 * can a staff preview. `personal` wraps the application button with what depends on the
 * viewer (their own application); without it the button shows as a visitor sees it.
 */
export function EventDetails({
  event,
  now,
  personal,
  titleAs,
}: {
  event: PublicEvent;
  now: Date;
  personal?: (button: React.ReactNode) => React.ReactNode;
  /** "h2" inside the staff preview, whose page has its own h1. */
  titleAs?: "h1" | "h2";
}) {
  const t = useTranslations("events");
  const tAll = useTranslations();
  const locale = useLocale();
  const seatsTaken = event._count.applications;
  const apply = applyState(event, seatsTaken, now);
  const over = isEventOver(event, now);
  const cancelled = event.status === "cancelled";
  const country = countryName(event.countryCode, locale);
  const place = [event.venueName, event.venueAddress, `${event.city}, ${country}`].filter(Boolean);
  const times = useEventTimes(event);
  const button = <ApplyButton slug={event.slug} participation={event.participation} apply={apply} />;
  const showSeats = event.capacity !== null && event.participation !== "information" && !over && !cancelled;
  const notice = datesNotice(event, over);
  const dates = eventDates(event);
  const datesText = tAll(dates.key, dates.values as never);
  // Without a cover, a programme or curators the main column would stand empty beside "When and where".
  const hasMain = Boolean(event.coverImageKey || event.programme.trim() || event.curators.length);

  return (
    <>
      <PageIntro title={event.title} eyebrow={`${t(`kinds.${event.kind}`)} · ${datesText}`} {...(titleAs ? { as: titleAs } : {})}>
        {event.theme ? <p className="font-semibold text-stone-900">{event.theme}</p> : null}
        <p>{event.summary}</p>
      </PageIntro>

      {cancelled ? (
        <div className="mt-6 max-w-3xl rounded-md border-2 border-red-800 bg-red-50 px-4 py-3 text-red-950">
          <p className="font-bold">{t("details.cancelled")}</p>
          {event.cancelMessage ? <p className="mt-1 whitespace-pre-line">{event.cancelMessage}</p> : null}
        </div>
      ) : notice ? (
        <p className="mt-6 max-w-3xl rounded-md border border-stone-300 bg-stone-100 px-4 py-3 text-stone-900">{tAll(notice)}</p>
      ) : null}

      <div className={hasMain ? "grid gap-x-12 lg:grid-cols-[1fr_22rem]" : undefined}>
        {hasMain ? (
          <div>
            {event.coverImageKey ? (
              // Already resized when it was uploaded; nothing for the image optimiser to do.
              // eslint-disable-next-line @next/next/no-img-element
              <img src={mediaUrl(event.coverImageKey)} alt={event.coverImageAlt ?? ""} className="mt-10 max-h-96 w-full rounded-lg object-cover" />
            ) : null}
            {event.programme.trim() ? (
              <Section title={t("details.programme")} id="programme">
                <Markdown text={event.programme} />
              </Section>
            ) : null}
            {event.curators.length ? (
              <Section title={t(event.kind === "forum" ? "details.steeringGroup" : "details.curators")} id="curators">
                <ul className="list-disc space-y-1 pl-6 text-stone-800">
                  {event.curators.map((name) => (
                    <li key={name}>{name}</li>
                  ))}
                </ul>
              </Section>
            ) : null}
          </div>
        ) : null}

        <aside aria-label={t("details.aside")} className={hasMain ? undefined : "grid gap-x-12 lg:grid-cols-2"}>
          <Section title={t("details.whenWhere")} id="when-where">
            <dl className="space-y-3">
              <Detail term={t("details.dates")}>{datesText}</Detail>
              {times ? <Detail term={t("details.times")}>{times}</Detail> : null}
              <Detail term={t("details.place")}>
                {place.map((line) => (
                  <span key={line} className="block">
                    {line}
                  </span>
                ))}
                {event.venueName ? null : <span className="block">{t(over ? "details.venueNotPublished" : "details.venueTbc")}</span>}
              </Detail>
              {event.hub ? (
                <Detail term={t("details.hostedBy")}>
                  <Link href={`/hubs/${event.hub.slug}`}>{event.hub.name}</Link>
                </Detail>
              ) : null}
            </dl>
            {event.latitude !== null && event.longitude !== null ? (
              <div className="mt-4">
                <HubLocation name={event.venueName ?? event.title} latitude={event.latitude} longitude={event.longitude} place={`${event.city}, ${country}`} />
              </div>
            ) : null}
            {event.datePrecision === "unknown" ? null : (
              <p className="mt-4">
                <a href={`/events/${event.slug}/event.ics`} download>
                  {t("details.addToCalendar")}
                </a>
              </p>
            )}
          </Section>

          <Section title={t("details.takingPart")} id="taking-part">
            {showSeats ? <p className="mb-4 text-stone-800">{t("details.seats", { capacity: event.capacity!, left: Math.max(0, event.capacity! - seatsTaken) })}</p> : null}
            {/* A cancellation wins over whatever the viewer's application said. */}
            {personal && !cancelled ? personal(button) : button}
          </Section>
        </aside>
      </div>
    </>
  );
}
