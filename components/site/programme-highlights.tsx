import { getTranslations } from "next-intl/server";
import { EventList } from "@/components/events/event-list";
import { EmptyState } from "@/components/site/page";
import { Link } from "@/i18n/navigation";
import { listProgrammeHighlights } from "@/lib/events/queries";

/** The home page's look at the programme: what is coming, or else what happened last. */
export async function ProgrammeHighlights() {
  const now = new Date();
  const [{ when, events }, t] = await Promise.all([listProgrammeHighlights(3, now), getTranslations("home.programme")]);
  return (
    <section aria-labelledby="programme-heading" className="mt-16">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 id="programme-heading" className="text-2xl font-bold tracking-tight text-stone-950">
            {when === "upcoming" ? t("upcomingHeading") : t("recentHeading")}
          </h2>
          <p className="mt-2 text-stone-700">{when === "upcoming" ? t("upcomingLead") : t("recentLead")}</p>
        </div>
        <Link href="/events" className="font-semibold text-brand-800 underline hover:text-brand-900">
          {t("allEvents")}
        </Link>
      </div>
      <div className="mt-6">
        {events.length ? <EventList events={events} now={now} /> : <EmptyState title={t("empty")} />}
      </div>
    </section>
  );
}
