import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EventFilterForm } from "@/components/events/event-filters";
import { EventList } from "@/components/events/event-list";
import { EmptyState, PageContainer, PageIntro } from "@/components/site/page";
import { NoSuchPage, Pagination } from "@/components/ui/pagination";
import { IgnoredEventFilters } from "@/components/events/ignored-event-filters";
import { languageAlternates } from "@/i18n/alternates";
import { isLocale } from "@/i18n/languages";
import { eventsPageHref, isFiltered, type EventFilters, type IgnoredEventFilter } from "@/lib/events/schema";
import { listEventFilterOptions, listPublicEvents, type EventCard } from "@/lib/events/queries";
import { linkTo, strong } from "@/components/i18n/rich-text";

/** The events list's title and description in `locale`; /events and its cached twin share them. */
export async function eventsIndexMetadata(locale: string): Promise<Metadata> {
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "events.index" });
  return { title: t("metaTitle"), description: t("metaDescription"), alternates: languageAlternates(locale, "/events") };
}

// The feeds are files, in no language: plain links, the same address on every page.
async function Feeds() {
  const t = await getTranslations("events.feeds");
  return (
    <section aria-labelledby="feeds-heading" className="mt-12 rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="feeds-heading" className="text-lg font-semibold text-stone-950">
        {t("heading")}
      </h2>
      <p className="mt-2 text-stone-700">{t("body")}</p>
      <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <a href="/events/calendar.ics">{t("all")}</a>
        </li>
        <li>
          <a href="/events/calendar/forum.ics">{t("forum")}</a>
        </li>
        <li>
          <a href="/events/calendar/workshop.ics">{t("workshop")}</a>
        </li>
        <li>
          <a href="/events/calendar/other.ics">{t("other")}</a>
        </li>
      </ul>
    </section>
  );
}

/** One part of the list (upcoming or past) under its heading; nothing when it is empty. */
function EventSection({ id, title, events, now }: { id: string; title: string; events: EventCard[]; now: Date }) {
  if (!events.length) return null;
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-2xl font-bold tracking-tight text-stone-950">
        {title}
      </h2>
      <div className="mt-4">
        <EventList events={events} now={now} />
      </div>
    </section>
  );
}

/** The events list for a set of filters and a page: /events renders it, and so does its cached twin (with nothing `ignored`). */
export async function EventsIndex({ filters, page, ignored = [] }: { filters: EventFilters; page: number; ignored?: IgnoredEventFilter[] }) {
  const t = await getTranslations("events.index");
  const pageLink = (p: number) => eventsPageHref(filters, p);
  const now = new Date();
  const [{ upcoming, past, total, upcomingTotal, pages }, options] = await Promise.all([listPublicEvents(filters, { page }, now), listEventFilterOptions()]);
  const filtered = isFiltered(filters);

  return (
    <PageContainer>
      <PageIntro title={t("title")} eyebrow={t("eyebrow")}>
        <p>{t.rich("intro", { strong: strong })}</p>
      </PageIntro>

      <div className="mt-10">
        <EventFilterForm filters={filters} countries={options.countries} years={options.years} />
      </div>

      <div className="mt-10">
        <IgnoredEventFilters ignored={ignored} className="mb-6" />
        <p id="results-count" className="text-lg font-semibold text-stone-950">
          {t("results", { total, filtered: filtered ? "yes" : "no", upcoming: upcomingTotal })}
        </p>

        {total === 0 ? (
          <div className="mt-6">
            {filtered ? (
              <EmptyState title={t("noMatch")}>
                <p>{t.rich("noMatchBody", { link: linkTo("/events") })}</p>
              </EmptyState>
            ) : (
              <EmptyState title={t("noneYet")}>
                <p>
                  {t.rich("noneYetBody", {
                    signUp: linkTo("/sign-up"),
                    contact: linkTo("/contact?topic=events"),
                  })}
                </p>
              </EmptyState>
            )}
          </div>
        ) : upcoming.length + past.length === 0 ? (
          <NoSuchPage page={page} pages={pages} firstPage={pageLink(1)} />
        ) : (
          <>
            {page === 1 && upcomingTotal === 0 ? (
              <div className="mt-6">
                <EmptyState title={t(filtered ? "noUpcomingMatch" : "noneScheduled")}>
                  <p>{t("noUpcomingBody")}</p>
                </EmptyState>
              </div>
            ) : null}
            <EventSection id="upcoming-heading" title={t("upcoming")} events={upcoming} now={now} />
            <EventSection id="past-heading" title={t("past")} events={past} now={now} />
            <Pagination page={page} pages={pages} label={t("pages")} href={pageLink} />
          </>
        )}
      </div>

      <Feeds />
    </PageContainer>
  );
}
