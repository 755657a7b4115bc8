import { setRequestLocale } from "next-intl/server";
import { AccessibilityStatement } from "@/components/site/accessibility-statement";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = pageMetadata({ title: "accessibility.meta.title", description: "accessibility.meta.description", path: "/accessibility" });

export default async function AccessibilityPage({ params }: Props) {
  setRequestLocale((await params).locale as Locale);
  return <AccessibilityStatement />;
}
