import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Document } from "@/components/layout/document";
import { isLocale, LOCALES } from "@/i18n/languages";
import { siteUrl } from "@/lib/site";

// Every page in every language is built from here. Listing the languages keeps pages static
// (cached) in each of them; setRequestLocale in every layout and page does the same for
// next-intl (without it, a page reads the request and renders per request).
export const generateStaticParams = () => LOCALES.map((locale) => ({ locale }));

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "common" });
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("siteDescription"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function LocaleLayout({ children, params }: { children: React.ReactNode; params: Params }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <Document locale={locale}>{children}</Document>;
}
