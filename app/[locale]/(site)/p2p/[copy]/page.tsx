import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { linkTo } from "@/components/i18n/rich-text";
import { CALCULATOR_MESSAGES } from "@/components/p2p/public/calculator";
import { CurrentRound, RoundRules } from "@/components/p2p/public/current-round";
import { GrantCalculator } from "@/components/p2p/public/grant-calculator";
import { PastRounds } from "@/components/p2p/public/past-rounds";
import { RoundHosts } from "@/components/p2p/public/round-hosts";
import { P2PScheme } from "@/components/p2p/public/scheme";
import { P2PStoriesSection } from "@/components/p2p/stories/p2p-stories-section";
import { EmptyState, PageContainer, PageIntro, Section } from "@/components/site/page";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { roundRates } from "@/lib/p2p/applications/grant";
import { hostsOfRound } from "@/lib/p2p/hosts/queries";
import { currentPublicRound, pastRounds } from "@/lib/p2p/rounds/public-queries";
import { listPublishedStories } from "@/lib/p2p/stories/queries";

// The P2P page, cached for everyone: proxy.ts serves /p2p (and /de/p2p…) from here
// (lib/public-areas.ts), so it reads nothing from the request. Rendered on first visit, at once
// when a round, its hosts or a story change (revalidatePublicArea("p2p"), "stories"), and again at most every hour:
// a round's window opens and closes with the calendar, not with a change anyone makes, and a
// window is whole days, so the page says "open" or "closed" at most an hour late.
export const revalidate = 3600;
export const generateStaticParams = async (): Promise<{ copy: string }[]> => [];

type Props = { params: Promise<{ locale: string; copy: string }> };

export const generateMetadata = pageMetadata({ title: "p2p.meta.title", description: "p2p.meta.description", path: "/p2p" });

export default async function P2PPage({ params }: Props) {
  const { locale, copy } = await params;
  setRequestLocale(locale as Locale);
  if (copy !== "cached") notFound();
  const now = new Date();
  const round = await currentPublicRound(now);
  const [t, hosts, past, stories] = await Promise.all([getTranslations("p2p"), round ? hostsOfRound(round.id) : [], pastRounds(now, round?.id), listPublishedStories()]);
  const rates = round ? roundRates(round) : null;
  return (
    <PageContainer>
      <PageIntro title={t("intro.title")} eyebrow={t("intro.eyebrow")}>
        <p>{t("intro.lead")}</p>
      </PageIntro>

      <P2PScheme />

      {round ? (
        <>
          <CurrentRound round={round} now={now} />
          <RoundRules round={round} />
          {rates ? (
            <Section title={t("calculator.title")} id="calculator">
              <p className="mb-4 max-w-3xl text-stone-800">{t("calculator.intro")}</p>
              <ClientMessages only={CALCULATOR_MESSAGES}>
                <GrantCalculator rates={rates} maxStayDays={round.maxStayDays} peoplePerExchange={round.peoplePerExchange} />
              </ClientMessages>
            </Section>
          ) : null}
          <RoundHosts hosts={hosts} />
        </>
      ) : (
        <Section title={t("round.title")} id="round">
          <EmptyState title={t("round.none.title")}>
            <p>{t.rich("round.none.body", { signUp: linkTo("/sign-up"), contact: linkTo("/contact?topic=p2p") })}</p>
          </EmptyState>
        </Section>
      )}

      <P2PStoriesSection stories={stories} />

      <PastRounds rounds={past} />
    </PageContainer>
  );
}
