import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PrivacyNotice } from "@/components/privacy/privacy-notice";
import { languageAlternates } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "privacy.meta" });
  return { title: t("title"), description: t("description"), alternates: languageAlternates(locale, "/privacy") };
}

export default async function PrivacyPage({ params }: Props) {
  setRequestLocale((await params).locale as Locale);
  return <PrivacyNotice />;
}
