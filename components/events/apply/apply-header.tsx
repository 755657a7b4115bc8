import { useFormatter, useTranslations } from "next-intl";
import { PageIntro } from "@/components/site/page";
import { Text } from "@/components/ui/text";
import { Link } from "@/i18n/navigation";
import { eventDates } from "@/lib/events/format";
import { windowMessage } from "@/lib/events/applications/rules";
import type { ApplyState } from "@/lib/events/rules";
import type { DatePrecision } from "@/lib/generated/prisma/enums";

type PlacedEvent = { startsOn: Date; endsOn: Date; datePrecision: DatePrecision; city: string; countryCode: string };

type Props = {
  title: string;
  event: PlacedEvent & { slug: string; title: string; participation: "registration" | "application" | "information" };
  /** The window's state, with the reason the page shows and the form's refusal repeats. */
  state?: ApplyState;
};

/** "22–23 March 2027 · Lisbon, Portugal", in the page's language. */
export function EventPlace({ event }: { event: PlacedEvent }) {
  const t = useTranslations();
  const format = useFormatter();
  const dates = eventDates(event);
  return t("eventApplications.place", { dates: t(dates.key, dates.values as never), city: event.city, country: format.displayName(event.countryCode, { type: "region" }) });
}

/** Why the application cannot be changed or withdrawn now, and the way back to the applicant's list. */
export function ApplicationClosed({ children }: { children: React.ReactNode }) {
  const t = useTranslations("eventApplications.header");
  return (
    <>
      <p className="mt-6 rounded-md border border-amber-700 bg-amber-50 px-4 py-3 text-amber-950">{children}</p>
      <p className="mt-6">
        <Link href="/account/applications">{t("back")}</Link>
      </p>
    </>
  );
}

/** The top of the apply, edit and withdraw pages: which event, when, where, and where its window stands. */
export function ApplyHeader({ title, event, state }: Props) {
  const open = state?.state === "open";
  return (
    <>
      <p className="text-sm">
        <Link href={`/events/${event.slug}`} className="text-brand-800 underline">
          {event.title}
        </Link>
      </p>
      <PageIntro title={title}>
        <p>
          <EventPlace event={event} />
        </p>
      </PageIntro>
      {state ? (
        <p className={`mt-6 rounded-md border px-4 py-3 ${open ? "border-brand-700 bg-brand-50 text-stone-900" : "border-amber-700 bg-amber-50 text-amber-950"}`}>
          <Text msg={windowMessage(state, event.participation)} />
        </p>
      ) : null}
    </>
  );
}
