import { setRequestLocale } from "next-intl/server";
import { PrivacyNotice } from "@/components/privacy/privacy-notice";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = pageMetadata({ title: "privacy.meta.title", description: "privacy.meta.description", path: "/privacy" });

export default async function PrivacyPage({ params }: Props) {
  setRequestLocale((await params).locale as Locale);
  return <PrivacyNotice />;
}
