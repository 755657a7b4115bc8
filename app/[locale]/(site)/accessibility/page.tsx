import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AccessibilityStatement } from "@/components/site/accessibility-statement";
import { languageAlternates } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "accessibility.meta" });
  return { title: t("title"), description: t("description"), alternates: languageAlternates(locale, "/accessibility") };
}

export default async function AccessibilityPage({ params }: Props) {
  setRequestLocale((await params).locale as Locale);
  return <AccessibilityStatement />;
}
