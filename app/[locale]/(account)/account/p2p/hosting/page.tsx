import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { linkTo } from "@/components/i18n/rich-text";
import { HostingCard } from "@/components/p2p/hosting/hosting-card";
import { HOSTING_FORM_MESSAGES } from "@/components/p2p/hosting/messages";
import { EmptyState, PageContainer, PageIntro } from "@/components/site/page";
import { PageNotice } from "@/components/site/page-notice";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { requireUser } from "@/lib/auth/session";
import { calendarDay } from "@/lib/calendar";
import { listOwnHosting } from "@/lib/p2p/hosts/queries";
import { HOSTING_LANGUAGES, languageOptions, PLACES_MAX, PLACES_MIN } from "@/lib/p2p/hosts/rules";
import { roundWindow } from "@/lib/p2p/rounds/rules";

type Params = Promise<{ locale: string }>;

export const generateMetadata = pageMetadata({ title: "p2pHosting.meta.title", path: "/account/p2p/hosting", personal: true });

const PLACES = Array.from({ length: PLACES_MAX - PLACES_MIN + 1 }, (_, i) => String(PLACES_MIN + i)).map((n) => ({ value: n, label: n }));

export default async function HostingPage({ params }: { params: Params }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const actor = await requireUser();
  const now = new Date();
  const [t, { hubs, rounds }] = await Promise.all([getTranslations("p2pHosting"), listOwnHosting(actor, now)]);
  const languages = languageOptions(HOSTING_LANGUAGES, locale);
  return (
    <PageContainer narrow>
      <PageIntro title={t("meta.title")} back={{ href: "/account/p2p", label: t("back") }}>
        <p>{t("intro")}</p>
      </PageIntro>
      <PageNotice page="accountP2PHosting" className="mt-6" />

      {!hubs.length ? (
        <div className="mt-10">
          <EmptyState title={t("noHubs.title")}>
            <p>{t.rich("noHubs.body", { add: linkTo("/hubs/new"), hubs: linkTo("/account/hubs") })}</p>
          </EmptyState>
        </div>
      ) : !rounds.length ? (
        <div className="mt-10">
          <EmptyState title={t("noRounds.title")}>
            <p>{t.rich("noRounds.body", { p2p: linkTo("/p2p") })}</p>
          </EmptyState>
        </div>
      ) : (
        <ClientMessages only={HOSTING_FORM_MESSAGES}>
          {rounds.map(({ round, hubs: entries }) => (
            <section key={round.id} aria-labelledby={`round-${round.id}`} className="mt-10">
              <h2 id={`round-${round.id}`} className="text-2xl font-bold">
                {round.name}
              </h2>
              <p className="mt-2 text-stone-700">
                {roundWindow(round, now).state === "open" ? t("round.open") : t("round.notOpen")}{" "}
                {round.opensOn && round.closesOn ? t("round.window", { opensOn: calendarDay(round.opensOn), closesOn: calendarDay(round.closesOn) }) : null}
              </p>
              <ul className="mt-4 space-y-6">
                {entries.map((entry) => (
                  <li key={entry.hub.id}>
                    <HostingCard entry={entry} round={round} languages={languages} places={PLACES} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </ClientMessages>
      )}
    </PageContainer>
  );
}
