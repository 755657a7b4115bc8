import { useLocale, useTranslations } from "next-intl";
import { Text } from "@/components/ui/text";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/countries";
import { eventDates } from "@/lib/events/format";
import type { EventCard as EventCardData } from "@/lib/events/queries";
import { applyState, isEventOver } from "@/lib/events/rules";

function Detail({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-semibold text-stone-900">{term}:</dt>
      <dd className="text-stone-700">{children}</dd>
    </div>
  );
}

export function EventCard({ event, now }: { event: EventCardData; now: Date }) {
  const t = useTranslations("events");
  const locale = useLocale();
  const place = [event.venueName, event.city, countryName(event.countryCode, locale)].filter(Boolean).join(", ");
  const cancelled = event.status === "cancelled";
  const over = isEventOver(event, now);
  const apply = applyState(event, event._count.applications, now);
  return (
    <article className="flex h-full flex-col rounded-lg border border-stone-200 bg-white p-5 shadow-sm [overflow-wrap:anywhere]">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className={`rounded-full px-2.5 py-0.5 font-semibold ${event.kind === "forum" ? "bg-brand-100 text-brand-900" : "bg-amber-100 text-amber-900"}`}>
          {t(`kinds.${event.kind}`)}
        </span>
        {cancelled ? <span className="rounded-full bg-red-100 px-2.5 py-0.5 font-semibold text-red-900">{t("card.cancelled")}</span> : null}
        {apply.state === "open" && apply.full ? <span className="rounded-full bg-stone-200 px-2.5 py-0.5 font-semibold text-stone-900">{t("card.full")}</span> : null}
      </p>
      <h3 className="mt-3 text-lg font-semibold text-stone-950">
        <Link href={`/events/${event.slug}`}>
          {event.title}
        </Link>
      </h3>
      {event.theme ? <p className="mt-1 italic text-stone-700">{event.theme}</p> : null}
      <dl className="mt-3 space-y-1 text-sm">
        <Detail term={t("card.when")}>
          <Text msg={eventDates(event)} />
        </Detail>
        <Detail term={t("card.where")}>{event.venueName || over ? place : t("card.placeTbc", { place })}</Detail>
      </dl>
      {/* The reason names its subject: "Registration is open until …", "Applications closed on …". */}
      {apply.state === "open" || apply.state === "not-open" || (apply.state === "closed" && !over) ? (
        <p className="mt-2 text-sm font-medium text-brand-900">
          <Text msg={apply.reason} />
        </p>
      ) : null}
      <p className="mt-3 text-stone-700">{event.summary}</p>
    </article>
  );
}
