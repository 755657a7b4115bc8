import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LatestNews } from "@/components/news/latest-news";
import { LatestResources } from "@/components/tools/latest-resources";
import { AreaLinks } from "@/components/site/area-links";
import { PageContainer } from "@/components/site/page";
import { NetworkNumbers } from "@/components/site/network-numbers";
import { PageNotice } from "@/components/site/page-notice";
import { ProgrammeHighlights } from "@/components/site/programme-highlights";
import { languageAlternates } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { Link } from "@/i18n/navigation";

// The home page, cached for everyone: proxy.ts serves / (and /de, /el…) from here
// (lib/public-areas.ts), so it reads nothing from the request; the notice an account action
// leaves in the address is read in the browser (PageNotice). Rendered on first visit, again at
// most every minute (the programme moves from "coming up" to "recent" with the clock), and at
// once when events, hubs, articles or resources change (revalidatePublicArea).
export const revalidate = 60;
export const generateStaticParams = async (): Promise<{ copy: string }[]> => [];

type Props = { params: Promise<{ locale: string; copy: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "home" });
  return { description: t("meta.description"), alternates: languageAlternates(locale, "/") };
}

export default async function HomePage({ params }: Props) {
  const { locale, copy } = await params;
  setRequestLocale(locale as Locale);
  if (copy !== "cached") notFound();
  const [t, common] = await Promise.all([getTranslations("home"), getTranslations("common")]);
  const area = (href: string, key: "map" | "events" | "p2p" | "tools" | "news" | "about") => ({
    href,
    title: t(`areas.${key}.title`),
    description: t(`areas.${key}.description`),
  });
  return (
    <>
      <PageNotice page="home" standalone />
      <div className="border-b border-stone-200 bg-brand-800 text-white">
        <div className="mx-auto max-w-6xl px-4 py-14 sm:py-20">
          <p className="text-sm font-semibold uppercase tracking-wider text-brand-100">{common("siteName")}</p>
          <h1 className="mt-2 max-w-3xl text-3xl font-bold tracking-tight break-words sm:text-5xl">{t("hero.title")}</h1>
          <p className="mt-5 max-w-2xl text-lg text-brand-50">{t("hero.lead")}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link href="/map" className="rounded-md bg-white px-5 py-3 font-semibold text-brand-900 no-underline hover:bg-brand-50">
              {t("hero.exploreMap")}
            </Link>
            <Link href="/about" className="rounded-md border border-white px-5 py-3 font-semibold text-white no-underline hover:bg-brand-900">
              {t("hero.aboutNetwork")}
            </Link>
          </div>
          <NetworkNumbers />
        </div>
      </div>
      <PageContainer>
        <section aria-labelledby="areas-heading">
          <h2 id="areas-heading" className="text-2xl font-bold tracking-tight text-stone-950">
            {t("areas.heading")}
          </h2>
          <div className="mt-6">
            <AreaLinks
              areas={[
                area("/map", "map"),
                area("/events", "events"),
                area("/p2p", "p2p"),
                area("/tools", "tools"),
                area("/news", "news"),
                area("/about", "about"),
              ]}
            />
          </div>
        </section>
        <LatestNews />
        <LatestResources />
        <ProgrammeHighlights />
      </PageContainer>
    </>
  );
}
