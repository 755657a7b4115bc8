import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ApplicationForm } from "@/components/events/apply/application-form";
import { ApplyHeader } from "@/components/events/apply/apply-header";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageContainer } from "@/components/site/page";
import { languageAlternates } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/session";
import { submitApplicationAction } from "@/lib/events/applications/actions";
import { withDeadline } from "@/lib/events/applications/dates";
import { getEventForApplying, getOwnApplicationForEvent, listOwnHubChoices } from "@/lib/events/applications/queries";
import { applicationFormValues, statusMessage } from "@/lib/events/applications/rules";
import { applyState, canEditApplication } from "@/lib/events/rules";
import { strong } from "@/components/i18n/rich-text";

type Params = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, slug } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "eventApplications.apply" });
  const event = await getEventForApplying(slug);
  return {
    title: event ? t("title", { participation: event.participation, title: event.title }) : t("titleUnknown"),
    robots: { index: false },
    alternates: languageAlternates(locale as Locale, `/events/${slug}/apply`),
  };
}

export default async function ApplyPage({ params }: Params) {
  const { locale, slug } = await params;
  setRequestLocale(locale as Locale);
  const event = await getEventForApplying(slug);
  if (!event) notFound();
  const user = await requireUser();
  const [t, say, format] = await Promise.all([getTranslations("eventApplications.apply"), getTranslations(), getFormatter()]);
  const now = new Date();
  const state = applyState(event, event.seatsTaken, now);
  const [existing, hubs] = await Promise.all([getOwnApplicationForEvent(user, event.id), listOwnHubChoices(user)]);
  const { participation } = event;
  const register = participation === "registration";
  const active = existing && existing.status !== "withdrawn" ? existing : null;
  const where = active ? withDeadline(statusMessage({ ...active, position: null }, now), format) : null;

  return (
    <PageContainer narrow>
      <ApplyHeader title={t("title", { participation, title: event.title })} event={event} state={state} />
      {active && where ? (
        <section aria-labelledby="already" className="mt-8 rounded-xl border border-stone-200 bg-white p-6">
          <h2 id="already" className="text-xl font-semibold">
            {t("already.heading", { participation, date: format.dateTime(active.createdAt, { dateStyle: "long" }) })}
          </h2>
          <p className="mt-2">
            {t.rich("already.status", { status: say(where.key, where.values as never), strong: strong })}
          </p>
          <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
            {canEditApplication(active.status) && state.state === "open" ? (
              <li>
                <Link href={`/account/applications/${active.id}/edit`}>{t("already.change")}</Link>
              </li>
            ) : null}
            <li>
              <Link href="/account/applications">{t("already.all")}</Link>
            </li>
          </ul>
        </section>
      ) : state.state === "open" ? (
        <div className="mt-8">
          <p className="mb-6 text-stone-700">{t("intro", { participation })}</p>
          <ClientMessages only={["eventApplications.form", "eventApplications.errors", "eventApplications.window"]}>
            <ApplicationForm
              action={submitApplicationAction}
              initial={{ ok: false, values: existing ? applicationFormValues(existing, hubs) : {} }}
              hubs={hubs}
              target={{ eventSlug: event.slug }}
              submitLabel={register ? (state.full ? t("submit.waitingList") : t("submit.register")) : t("submit.apply")}
              pendingLabel={t("submit.pending")}
            />
          </ClientMessages>
        </div>
      ) : (
        <p className="mt-8">
          <Link href={`/events/${event.slug}`}>{t("back")}</Link>
        </p>
      )}
    </PageContainer>
  );
}
