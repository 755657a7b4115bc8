import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { AboutNetwork } from "@/components/site/about-network";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { listProgrammeOrganisations } from "@/lib/programme/queries";

// The about page, cached for everyone: proxy.ts serves /about (and /de/about…) from here
// (lib/public-areas.ts). Rendered on first visit (so `next build` needs no database) and again
// at most every hour: the programme's organisations change only with the seed (npm run
// db:seed), never in a request.
export const revalidate = 3600;
export const generateStaticParams = async (): Promise<{ copy: string }[]> => [];

type Props = { params: Promise<{ locale: string; copy: string }> };

export const generateMetadata = pageMetadata({ title: "about.meta.title", description: "about.meta.description", path: "/about" });

export default async function AboutPage({ params }: Props) {
  const { locale, copy } = await params;
  setRequestLocale(locale as Locale);
  if (copy !== "cached") notFound();
  return <AboutNetwork organisations={await listProgrammeOrganisations()} />;
}
